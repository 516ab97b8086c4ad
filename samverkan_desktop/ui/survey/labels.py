"""What the user reads for the survey's and the previous round's stored values, translated when called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samverkan_desktop.services.survey.results import Figures
from samverkan_desktop.ui.locale_format import number_text

FOLLOW_UP_STATUSES = ("done", "in_progress", "not_started", "not_relevant")
#: the colours of the follow-up statuses (green, amber, red, grey), as the ratings' dots
STATUS_COLOURS = {"done": "#2e7d32", "in_progress": "#c98a00", "not_started": "#c62828", "not_relevant": "#6d6d6d",
                  None: "#d0d0d0"}
DIRECTION_COLOURS = {"stronger": "#2e7d32", "unchanged": "#5d6670", "weaker": "#c62828"}


def follow_up_statuses() -> dict[str | None, str]:
    return {
        "done": QCoreApplication.translate("SurveyLabels", "Done"),
        "in_progress": QCoreApplication.translate("SurveyLabels", "In progress"),
        "not_started": QCoreApplication.translate("SurveyLabels", "Not started"),
        "not_relevant": QCoreApplication.translate("SurveyLabels", "No longer relevant"),
        None: QCoreApplication.translate("SurveyLabels", "Not yet followed up"),
    }


def directions() -> dict[str | None, str]:
    return {
        "stronger": QCoreApplication.translate("SurveyLabels", "Strengthened further"),
        "unchanged": QCoreApplication.translate("SurveyLabels", "Unchanged"),
        "weaker": QCoreApplication.translate("SurveyLabels", "Weakened"),
        None: QCoreApplication.translate("SurveyLabels", "Cannot be compared"),
    }


def import_counts(answers: int, respondents: int, rating_items: int) -> tuple[str, str, str]:
    """"6 written answers", "1 respondent", "1 rating item": each in its own number (a sentence of
    an import puts them together; "1 skattningar" was wrong), large numbers grouped ("10 000")."""
    translate = QCoreApplication.translate
    texts = (translate("SurveyLabels", "%n written answer(s)", "", answers),
             translate("SurveyLabels", "%n respondent(s)", "", respondents),
             translate("SurveyLabels", "%n rating item(s)", "", rating_items))
    first, second, third = (text.replace(str(n), number_text(n), 1)
                            for text, n in zip(texts, (answers, respondents, rating_items), strict=True))
    return first, second, third


def written_source(group: str | None) -> str:
    """How a written answer is attributed: to its group, never to a person."""
    return QCoreApplication.translate("SurveyLabels", "Written answer · %1").replace("%1", group or "")


def mean_text(figures: Figures) -> str:
    return "–" if figures.mean is None else number_text(figures.mean, 1)


def index_text(figures: Figures) -> str:
    """The 0–100 index in whole numbers, a half rounded up (62,5 is 63)."""
    return "–" if figures.index is None else number_text(int(figures.index + 0.5))


def change_text(change: float | None) -> str:
    """``+0,4`` / ``−0,2`` / ``±0,0``."""
    if change is None:
        return "–"
    shown = number_text(abs(change), 1)
    if shown.strip("0,.") == "":
        return "±" + shown
    return ("+" if change > 0 else "−") + shown


def distribution_text(figures: Figures) -> str:
    """The answers per step 1–5, e.g. ``2 · 5 · 8 · 3 · 1``."""
    return " · ".join(number_text(count) for count in figures.counts)
