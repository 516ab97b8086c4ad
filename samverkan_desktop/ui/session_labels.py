"""What the user reads for stored values: session kinds, statuses, roles, item types, project statuses.

One place for these words, so that the sessions table, the session form and the
attendance list say the same thing. Each function returns (stored value, label)
pairs in display order, translated when called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def session_kinds() -> list[tuple[str, str]]:
    return [
        ("csg", QCoreApplication.translate("SessionLabels", "CSG (central group)")),
        ("fsg", QCoreApplication.translate("SessionLabels", "FSG (department group)")),
        ("focus_group", QCoreApplication.translate("SessionLabels", "Focus group")),
        ("workplace", QCoreApplication.translate("SessionLabels", "APT (workplace meeting)")),
        ("other", QCoreApplication.translate("SessionLabels", "Other")),
        ("written_answers", QCoreApplication.translate("SessionLabels", "Written answers (survey)")),
    ]


def session_kinds_short() -> dict[str, str]:
    """Kinds as a table column shows them."""
    return {
        "csg": QCoreApplication.translate("SessionLabels", "CSG"),
        "fsg": QCoreApplication.translate("SessionLabels", "FSG"),
        "focus_group": QCoreApplication.translate("SessionLabels", "Focus group"),
        "workplace": QCoreApplication.translate("SessionLabels", "APT"),
        "other": QCoreApplication.translate("SessionLabels", "Other"),
        "written_answers": QCoreApplication.translate("SessionLabels", "Written answers"),
    }


def session_statuses() -> list[tuple[str, str]]:
    return [
        ("planned", QCoreApplication.translate("SessionLabels", "Planned")),
        ("held", QCoreApplication.translate("SessionLabels", "Held")),
        ("adjusted", QCoreApplication.translate("SessionLabels", "Adjusted")),
    ]


def project_statuses() -> list[tuple[str, str]]:
    return [
        ("draft", QCoreApplication.translate("SessionLabels", "Draft (work in progress)")),
        ("final", QCoreApplication.translate("SessionLabels", "Final (report delivered)")),
    ]


def attendance_roles() -> list[tuple[str, str]]:
    return [
        ("participant", QCoreApplication.translate("SessionLabels", "Participant")),
        ("chair", QCoreApplication.translate("SessionLabels", "Chair")),
        ("secretary", QCoreApplication.translate("SessionLabels", "Secretary")),
        ("adjuster", QCoreApplication.translate("SessionLabels", "Adjuster")),
        ("facilitator", QCoreApplication.translate("SessionLabels", "Facilitator")),
    ]


def item_types() -> list[tuple[str, str]]:
    return [
        ("information", QCoreApplication.translate("SessionLabels", "Information (MBL §19)")),
        ("consultation", QCoreApplication.translate("SessionLabels", "Consultation before decision")),
        ("negotiation", QCoreApplication.translate("SessionLabels", "Negotiation (MBL §11)")),
        ("dialogue", QCoreApplication.translate("SessionLabels", "Dialogue")),
        ("formal", QCoreApplication.translate("SessionLabels", "Formalities")),
        ("other", QCoreApplication.translate("SessionLabels", "Other")),
    ]


def outcomes() -> list[tuple[str, str]]:
    return [
        ("none", QCoreApplication.translate("SessionLabels", "No outcome")),
        ("agreement", QCoreApplication.translate("SessionLabels", "Concluded in agreement")),
        ("disagreement", QCoreApplication.translate("SessionLabels", "Concluded in disagreement")),
    ]


def label_of(pairs: list[tuple[str, str]], value: object) -> str:
    """The label of a stored value ('' for None, the value itself when unknown)."""
    if value is None:
        return ""
    return next((label for key, label in pairs if key == value), str(value))


def fill_combo(combo: QComboBox, pairs: list[tuple[str, str]]) -> None:
    """Put (value, label) pairs into a combo box whose item data are the stored values."""
    for value, label in pairs:
        combo.addItem(label, value)


def refill_combo(combo: QComboBox, pairs: list[tuple[object, str]], current: object) -> None:
    """Replace a bound combo box's items without storing anything, keeping ``current`` chosen."""
    combo.blockSignals(True)
    try:
        combo.clear()
        for value, label in pairs:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
    finally:
        combo.blockSignals(False)
