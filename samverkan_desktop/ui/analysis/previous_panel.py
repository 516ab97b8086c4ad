"""Beside a mandate's assessment: what the previous round said of it, and the direction since.

Shown only when the project is linked to a previous round. For the selected mandate it
gives the earlier round's mandate it is matched to, its rating then (with the rating's
coloured dot) and the motivation then, and the direction from then to the rating now:
strengthened further, unchanged or weakened (none when a rating is missing or "cannot
be assessed"). A mandate without a match says so, and where to match it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from samverkan_desktop.services.comparison import MandateChange, direction, mandate_changes
from samverkan_desktop.services.previous_round import previous_link
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.survey.labels import DIRECTION_COLOURS, directions

#: the colours of the ratings' dots (as the assessment's)
RATING_COLOURS = {"strengthened": "#2e7d32", "partly": "#c98a00", "not_strengthened": "#c62828",
                  "not_assessed": "#6d6d6d"}


class PreviousRatingPanel(QGroupBox):
    def __init__(self, library: Library, project_id: int, rating_labels: dict[str | None, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.project_id, self.rating_labels = library, project_id, rating_labels
        self.setObjectName("previousRating")
        self.then = QLabel()
        self.then.setObjectName("previousRatingThen")
        self.then.setWordWrap(True)
        self.motivation = QPlainTextEdit()
        self.motivation.setObjectName("previousMotivation")
        self.motivation.setReadOnly(True)
        self.motivation.setMaximumHeight(86)
        self.motivation.setAccessibleName(self.tr("The motivation in the previous round"))
        self.motivation.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.direction = QLabel()
        self.direction.setObjectName("previousDirection")
        self.direction.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.then)
        layout.addWidget(self.motivation)
        layout.addWidget(self.direction)
        self.changes: dict[int, MandateChange] = {}
        self.reload()

    def reload(self) -> None:
        """Read the link and the matches afresh (after linking, matching or an undo)."""
        link = previous_link(self.library, self.project_id)
        self.setVisible(link is not None)
        self.changes = {}
        if link is None:
            return
        self.setTitle(self.tr("Previous round: %1").replace("%1", link.title))
        self.changes = {c.mandate_id: c for c in mandate_changes(self.library, self.project_id)
                        if c.mandate_id is not None and c.previous_item_id is not None}

    def show_mandate(self, mandate_id: int | None, rating_now: str | None) -> None:
        change = self.changes.get(mandate_id) if mandate_id is not None else None
        if change is None:
            self.then.setTextFormat(Qt.TextFormat.PlainText)
            self.then.setText(self.tr("No mandate of the previous round is matched to this one. Match it under "
                                      "Project > Previous round…"))
            self.motivation.hide()
            self.direction.hide()
            return
        name = f"{change.code_then} {change.title_then}".strip() if change.code_then else change.title_then or ""
        colour = RATING_COLOURS.get(change.rating_then or "", "#d0d0d0")
        rating = self.rating_labels.get(change.rating_then, "")
        self.then.setTextFormat(Qt.TextFormat.RichText)
        self.then.setText(self.tr("Then: %1").replace("%1", f"<span style='color:{colour}'>●</span> <b>"
                                                             f"{_escape(rating)}</b> – {_escape(name)}"))
        self.motivation.setPlainText(change.motivation_then or self.tr("(no motivation)"))
        self.motivation.show()
        way = direction(change.rating_then, rating_now)
        self.direction.setTextFormat(Qt.TextFormat.RichText)
        self.direction.setText(self.tr("Since then: %1").replace(
            "%1", f"<b style='color:{DIRECTION_COLOURS.get(way or '', '#5d6670')}'>{_escape(directions()[way])}</b>"))
        self.direction.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
