"""Tagging entries: listing, tagging a span or a whole entry (validated, no duplicates), memos,
removal with restore, and spans that stay on their words when the entry's text is edited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import tagging as T
from samverkan_desktop.services.editing import Editor, InvalidValue
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def lib(tmp_path: Path, demo_document: dict[str, Any]) -> Iterator[tuple[Library, int, int]]:
    library = open_library(DataPaths(tmp_path / "data"))
    project_id = import_document(library, demo_document).project_id
    editor = Editor(library)
    session = editor.children("session", project_id)[0]
    yield library, project_id, session.id
    library.close()


def new_entry(library: Library, session_id: int, text: str) -> int:
    return Editor(library).create("entry", session_id, {"text": text}).id


def test_demo_taggings_are_listed_per_entry_with_tag_name_and_colour(lib: tuple[Library, int, int]) -> None:
    library, project_id, _ = lib
    editor = Editor(library)
    found = {}
    for session in editor.children("session", project_id):
        found.update(T.taggings_of_session(library, session.id))
    assert found, "the demo project has taggings"
    views = [v for views in found.values() for v in views]
    assert all(v.tag_name and v.kind in ("theme", "strength", "improvement") for v in views)
    assert any(v.start is not None for v in views)
    tags = T.tags_of_project(library, project_id)
    position = {t.id: n for n, t in enumerate(tags)}
    assert all(position[t.parent_id] < position[t.id] for t in tags if t.parent_id)


def test_tag_entry_validates_spans_and_refuses_duplicates(lib: tuple[Library, int, int]) -> None:
    library, project_id, session_id = lib
    entry_id = new_entry(library, session_id, "Vi vill ha tidig dialog om budgeten.")
    tag = T.tags_of_project(library, project_id)[0]
    tagging_id = T.tag_entry(library, entry_id, tag.id, 11, 23)
    (view,) = T.taggings_of_entry(library, entry_id)
    assert (view.id, view.start, view.end, view.tag_name) == (tagging_id, 11, 23, tag.name)
    with pytest.raises(T.DuplicateTagging):
        T.tag_entry(library, entry_id, tag.id, 11, 23)
    for start, end in ((5, 5), (-1, 3), (10, 99), (3, None)):
        with pytest.raises(InvalidValue):
            T.tag_entry(library, entry_id, tag.id, start, end)
    whole = T.tag_entry(library, entry_id, tag.id, memo="Hela inlägget")
    with pytest.raises(T.DuplicateTagging):
        T.tag_entry(library, entry_id, tag.id)
    T.set_memo(library, whole, "Viktigt för rapportens slutsats")
    assert Editor(library).get("tagging", whole)["memo"] == "Viktigt för rapportens slutsats"
    tombstone = Editor(library).delete("tagging", tagging_id)
    assert [v.id for v in T.taggings_of_entry(library, entry_id)] == [whole]
    Editor(library).restore(tombstone)
    assert [v.id for v in T.taggings_of_entry(library, entry_id)] == [tagging_id, whole]


def test_editing_the_text_moves_spans_and_reports_lost_anchors(lib: tuple[Library, int, int]) -> None:
    library, project_id, session_id = lib
    text = "Facket kom in sent. Vi vill ha tidig dialog om budgeten."
    entry_id = new_entry(library, session_id, text)
    first, second = T.tags_of_project(library, project_id)[:2]
    keep = T.tag_entry(library, entry_id, first.id, text.index("tidig"), text.index(" om"))
    lose = T.tag_entry(library, entry_id, second.id, 0, text.index("."), memo="Se § 4")
    before = T.anchors_of_entry(library, entry_id)

    new = "Arbetsgivaren informerade. Vi vill verkligen ha tidig dialog om budgeten."
    result = T.set_entry_text(library, entry_id, new)
    assert result.lost == [lose] and result.lost_names == [second.name]
    views = {v.id: v for v in T.taggings_of_entry(library, entry_id)}
    assert new[views[keep].start:views[keep].end] == "tidig dialog"  # type: ignore[misc]
    assert views[lose].start is None and views[lose].end is None
    assert views[lose].memo and views[lose].memo.startswith("Se § 4\n") and "Facket kom in sent" in views[lose].memo

    T.restore_entry_text(library, entry_id, *before)
    assert T.anchors_of_entry(library, entry_id) == before
    with pytest.raises(InvalidValue):
        T.set_entry_text(library, entry_id, "   ")


def test_rebase_spans_examples() -> None:
    assert T.rebase_spans("abc def ghi", "abc XX def ghi", [(4, 7), (0, 3)]) == [(7, 10), (0, 3)]
    assert T.rebase_spans("abc def ghi", "abc dXf ghi", [(4, 7), (8, 11)]) == [None, (8, 11)]
    assert T.rebase_spans("abc def ghi", "abc ghi", [(4, 7), (8, 11)]) == [None, (4, 7)]
    assert T.rebase_spans("abc def", "abc de-f", [(4, 7)]) == [None]  # cut through
    assert T.rebase_spans("möte om å", "Ett möte om å", [(0, 4), (8, 9)]) == [(4, 8), (12, 13)]


texts = st.text(alphabet="abcåäö .,", max_size=30)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet="abcåäö .,", min_size=1, max_size=40))
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        spans.append((start, draw(st.integers(start + 1, len(text)))))
    return text, spans


@given(text_and_spans())
def test_spans_on_unchanged_text_stay_identical(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    assert T.rebase_spans(text, text, spans) == spans


@given(text_and_spans(), st.text(alphabet="XYZ€🙂", min_size=1, max_size=10), st.data())
def test_inserting_before_a_span_shifts_it(case: tuple[str, list[tuple[int, int]]], inserted: str,
                                           data: st.DataObject) -> None:
    text, spans = case
    at = data.draw(st.integers(0, len(text)))
    new = text[:at] + inserted + text[at:]
    for (start, end), moved in zip(spans, T.rebase_spans(text, new, spans), strict=True):
        if at <= start:
            assert moved == (start + len(inserted), end + len(inserted))
        elif at >= end:
            assert moved == (start, end)
        else:
            assert moved is None  # inserted inside the span: cut through


@given(text_and_spans(), texts)
def test_a_surviving_span_covers_the_same_text(case: tuple[str, list[tuple[int, int]]], new: str) -> None:
    text, spans = case
    for (start, end), moved in zip(spans, T.rebase_spans(text, new, spans), strict=True):
        if moved is not None:
            assert 0 <= moved[0] < moved[1] <= len(new)
            assert new[moved[0]:moved[1]] == text[start:end]
