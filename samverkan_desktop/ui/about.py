"""About Samverkan Desktop: version and licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop import __version__


def show_about(parent: QWidget | None) -> None:
    purpose = QCoreApplication.translate(
        "About", "Minutes, structured dialogues and the dialogue report for central collaboration.")
    offline = QCoreApplication.translate("About", "Works offline: nothing leaves this computer.")
    text = (
        f"<h3>Samverkan Desktop {__version__}</h3><p>{purpose}</p><p>{offline}</p>"
        f"<p>Qt {qVersion()} / PySide6 – LGPLv3. ReportLab – BSD. SQLAlchemy, Alembic – MIT.</p>"
    )
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Samverkan Desktop"), text)
