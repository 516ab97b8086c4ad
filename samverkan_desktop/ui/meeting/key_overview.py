"""F1 in meeting mode: every key and what it does, from the one declaration in ``keys``."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from samverkan_desktop.ui.meeting.keys import overview_rows


class KeyOverview(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyOverview")
        self.setWindowTitle(self.tr("Keys in meeting mode"))
        rows = "".join(f"<tr><td style='padding:2px 16px 2px 0'><b>{html.escape(keys)}</b></td>"
                       f"<td>{html.escape(label)}</td></tr>" for keys, label in overview_rows())
        self.table = QLabel(f"<table>{rows}</table>")
        self.table.setObjectName("keyTable")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def show_key_overview(parent: QWidget) -> None:
    KeyOverview(parent).exec()
