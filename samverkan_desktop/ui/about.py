"""Om Samverkan Desktop: version, the app's licence and the licences of what it bundles.

The licence texts live in ``resources/licenses/`` and are read through ``assets``,
so they are found in a checkout, a wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import __version__
from samverkan_desktop.assets import resource


@dataclass(frozen=True)
class Component:
    """A bundled component: its name, its licence's name, the text's file, a note to show above it."""

    name: str
    licence: str
    file: str
    note: str = ""


def components() -> list[Component]:
    """The app first, then what it bundles; translated when called."""
    app_note = QCoreApplication.translate(
        "About", "Samverkan Desktop is free software: you may use, share and change it under the GNU General "
                 "Public License, version 3 or (at your option) any later version. It comes with no warranty.")
    qt_note = QCoreApplication.translate(
        "About", "Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (the GPL text it "
                 "builds on is listed under Samverkan Desktop). You may replace the Qt and PySide6 libraries in "
                 "the program folder (the Qt6*.dll files and the PySide6 and shiboken6 folders) with your own "
                 "compatible build of the same version; their source code is at https://code.qt.io.")
    font_note = QCoreApplication.translate("About", "The DejaVu Sans font is used in the reports and the minutes.")
    others_note = QCoreApplication.translate(
        "About", "platformdirs, jsonschema, fastjsonschema, attrs, referencing, rpds-py, jsonschema-specifications, "
                 "Mako, MarkupSafe, typing_extensions, Pillow and charset-normalizer.")
    return [
        Component("Samverkan Desktop " + __version__, "GPL-3.0-or-later", "GPL-3.0.txt", app_note),
        Component(f"Qt {qVersion()} / PySide6 {pyside_version}", "LGPL-3.0", "Qt-PySide6-LGPL-3.0.txt", qt_note),
        Component("ReportLab", "BSD", "ReportLab-BSD.txt"),
        Component("SQLAlchemy", "MIT", "SQLAlchemy-MIT.txt"),
        Component("Alembic", "MIT", "Alembic-MIT.txt"),
        Component(QCoreApplication.translate("About", "DejaVu fonts"), "Bitstream Vera", "DejaVu-fonts.txt",
                  font_note),
        Component("Python", "PSF-2.0", "Python-PSF.txt"),
        Component(QCoreApplication.translate("About", "Other Python components"), "MIT, BSD, PSF",
                  "Other-Python-components.txt", others_note),
    ]


def licence_text(component: Component) -> str:
    path = resource("licenses", component.file)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("About", "The licence text is missing from this installation: %1") \
            .replace("%1", str(path))


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Samverkan Desktop"))
        heading = QLabel(f"<h2>Samverkan Desktop {__version__}</h2>")
        heading.setObjectName("aboutHeading")
        purpose = QLabel(self.tr("Minutes, structured dialogues and the dialogue report for central collaboration."))
        offline = QLabel(self.tr("Works offline: nothing leaves this computer."))
        for label in (purpose, offline):
            label.setWordWrap(True)
        listed = QLabel(self.tr("&Licences:"))
        self.components = components()
        self.list = QListWidget()
        self.list.setObjectName("aboutLicences")
        self.list.setAccessibleName(self.tr("Licences"))
        for component in self.components:
            self.list.addItem(f"{component.name}\n{component.licence}")
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(300)
        listed.setBuddy(self.list)
        self.note = QLabel()
        self.note.setObjectName("aboutNote")
        self.note.setWordWrap(True)
        # a long word (a path, an address) wraps instead of widening the dialog
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text = QPlainTextEdit()
        self.text.setObjectName("aboutLicenceText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setStyleHint(QFont.StyleHint.TypeWriter)
        self.text.setFont(fixed)
        self.list.currentRowChanged.connect(self.show_licence)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addWidget(self.text, 1)
        left = QVBoxLayout()
        left.addWidget(listed)
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addWidget(offline)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def show_licence(self, row: int) -> None:
        """Show the licence of the component in ``row`` of the list."""
        if not 0 <= row < len(self.components):
            return
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)  # comes back here through currentRowChanged
            return
        component = self.components[row]
        self.note.setText(component.note)
        self.note.setVisible(bool(component.note))
        self.text.setPlainText(licence_text(component))


def show_about(parent: QWidget | None) -> None:
    AboutDialog(parent).exec()
