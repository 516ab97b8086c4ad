"""Each closed vocabulary is declared once, as an enum in domain/enums.py, and everything that
names its values covers exactly those values: the record kinds of the editing service, the
UI's labels of entry kinds, the printed documents' words for them."""

from __future__ import annotations

from samverkan_desktop.domain.enums import EntryKind, RecordKind
from samverkan_desktop.report.labels import ENTRY_KINDS as PRINTED_ENTRY_KINDS
from samverkan_desktop.services.editing import KINDS
from samverkan_desktop.services.links import LINKS


def test_every_record_kind_is_editable_or_a_link() -> None:
    assert set(KINDS) | {link.kind for link in LINKS.values()} == set(RecordKind)


def test_entry_kinds_are_named_once_in_the_ui_and_once_in_print(qapp: object) -> None:
    from samverkan_desktop.ui.analysis.labels import entry_kind_labels

    assert list(entry_kind_labels()) == list(EntryKind)  # in meeting mode's order, Ctrl+1 … Ctrl+4
    assert set(PRINTED_ENTRY_KINDS) == set(EntryKind)
