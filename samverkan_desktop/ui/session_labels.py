"""What the user reads for the stored values of sessions: kinds, statuses, roles, item types.

One place for these words, so that the sessions table, the session form and the
attendance list say the same thing. Each function returns (stored value, label)
pairs in display order, translated when called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionLabels", text)


def session_kinds() -> list[tuple[str, str]]:
    return [("csg", _tr("CSG (central group)")), ("fsg", _tr("FSG (department group)")),
            ("focus_group", _tr("Focus group")), ("workplace", _tr("APT (workplace meeting)")),
            ("other", _tr("Other"))]


def session_kinds_short() -> dict[str, str]:
    """Kinds as a table column shows them."""
    return {"csg": _tr("CSG"), "fsg": _tr("FSG"), "focus_group": _tr("Focus group"),
            "workplace": _tr("APT"), "other": _tr("Other")}


def session_statuses() -> list[tuple[str, str]]:
    return [("planned", _tr("Planned")), ("held", _tr("Held")), ("adjusted", _tr("Adjusted"))]


def attendance_roles() -> list[tuple[str, str]]:
    return [("participant", _tr("Participant")), ("chair", _tr("Chair")), ("secretary", _tr("Secretary")),
            ("adjuster", _tr("Adjuster")), ("facilitator", _tr("Facilitator"))]


def item_types() -> list[tuple[str, str]]:
    return [("information", _tr("Information (MBL §19)")), ("consultation", _tr("Consultation before decision")),
            ("negotiation", _tr("Negotiation (MBL §11)")), ("dialogue", _tr("Dialogue")),
            ("formal", _tr("Formalities")), ("other", _tr("Other"))]


def outcomes() -> list[tuple[str, str]]:
    return [("none", _tr("No outcome")), ("agreement", _tr("Concluded in agreement")),
            ("disagreement", _tr("Concluded in disagreement"))]


def label_of(pairs: list[tuple[str, str]], value: object) -> str:
    """The label of a stored value ('' for None, the value itself when unknown)."""
    if value is None:
        return ""
    return next((label for key, label in pairs if key == value), str(value))


def fill_combo(combo: QComboBox, pairs: list[tuple[str, str]]) -> None:
    """Put (value, label) pairs into a combo box whose item data are the stored values."""
    for value, label in pairs:
        combo.addItem(label, value)
