"""What the report dialog shows beside its settings: what remains, and names in the entries.

"Vad återstår" lists what is missing before the report can be final (a final report can
still be built); with names off, "Namn i inläggen" lists the names typed into entries and
lets the secretary decide, right there, what the report prints instead. Choosing an item
that is fixed elsewhere (a mandate to assess, an entry) closes the dialog and goes there:
``place_chosen`` and ``entry_chosen`` say where.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from samverkan_desktop.services.readiness import Place
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.report_writing.names_panel import NamesPanel
from samverkan_desktop.ui.report_writing.readiness_list import ReadinessList


class BeforeReportPanel(QWidget):
    place_chosen = Signal(object)
    entry_chosen = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beforeReport")
        self.remains = ReadinessList(ctx, project_id)
        self.remains.setMinimumWidth(380)
        remains_box = QGroupBox(self.tr("What remains before the report is final"))
        QVBoxLayout(remains_box).addWidget(self.remains)
        self.names = NamesPanel(ctx, project_id, compact=True)
        self.names_box = QGroupBox(self.tr("Names in the entries (the report names no one)"))
        QVBoxLayout(self.names_box).addWidget(self.names)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(remains_box, 2)
        layout.addWidget(self.names_box, 3)
        self.remains.place_chosen.connect(self._place)
        self.names.jump_to_entry.connect(self.entry_chosen)

    def set_names(self, names: bool) -> None:
        """The report names people (the names are no concern then) or not."""
        self.names_box.setVisible(not names)
        self.remains.reload(names)

    def _place(self, place: object) -> None:
        if isinstance(place, Place) and place.field == "names" and place.name:
            self.names.select_name(place.name)  # decided right here
        else:
            self.place_chosen.emit(place)
