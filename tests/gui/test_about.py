"""The about dialog: the version, the app's licence, and every bundled component's
licence readable from resources/licenses (found through assets, as in a bundle)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import __version__
from samverkan_desktop.assets import resource
from samverkan_desktop.ui.about import AboutDialog, components, licence_text


def test_every_listed_licence_ships_with_the_app(qapp: object) -> None:
    listed = components()
    assert {c.licence for c in listed} >= {"GPL-3.0-or-later", "LGPL-3.0", "BSD", "MIT", "Bitstream Vera"}
    for component in listed:
        path = resource("licenses", component.file)
        assert path.is_file(), path
        assert len(path.read_text(encoding="utf-8")) > 500, path


def test_about_shows_version_and_licence_texts(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.findChild(type(dialog.note), "aboutHeading").text()
    names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert names[0].startswith(f"Samverkan Desktop {__version__}\nGPL-3.0-or-later")
    assert any(name.startswith("Qt ") and "PySide6" in name and name.endswith("LGPL-3.0") for name in names)
    assert any(name.startswith("ReportLab") for name in names)
    assert any("DejaVu" in name for name in names)
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    qt_row = next(row for row, name in enumerate(names) if name.startswith("Qt "))
    dialog.list.setCurrentRow(qt_row)  # as a click or the arrow keys would
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    assert dialog.note.isVisible() and "replace the Qt and PySide6 libraries" in dialog.note.text()
    dialog.show_licence(names.index(next(n for n in names if n.startswith("ReportLab"))))
    assert "ReportLab" in dialog.text.toPlainText() and not dialog.note.isVisible()
    assert licence_text(components()[3]).startswith("Copyright")  # SQLAlchemy's MIT text
