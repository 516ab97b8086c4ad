"""The translations: the catalogues are complete and compile, every translation keeps
its source's placeholders and mnemonic, and with Swedish installed no English source
string shows anywhere in the main window, its editors, a session, meeting mode and
the small dialogs, and no two mnemonics of one screen share a letter.

The translators are process-global; the widget test removes the ones it installs, so
the other GUI tests keep seeing the English source strings.
"""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import i18n
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
SCRIPT = TRANSLATIONS / "update_translations.py"
CATALOGUES = {language: TRANSLATIONS / f"samverkan_{language}.ts" for language in ("sv", "en")}
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
#: a keyboard mnemonic: "&" before a character that is neither "&" nor a space
MNEMONIC = re.compile(r"&([^&\s])")


# -- reading the catalogues ---------------------------------------------------------------
def messages(path: Path) -> Iterator[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) for every message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            texts = [form.text or "" for form in translation.iter("numerusform")] if numerus \
                else [translation.text or ""]
            yield name, message.findtext("source") or "", texts, numerus


def mnemonics(text: str) -> list[str]:
    return [letter.lower() for letter in MNEMONIC.findall(text.replace("&&", ""))]


# -- (a) complete, (b) compiles -----------------------------------------------------------------
def test_catalogues_are_up_to_date_and_complete() -> None:
    """A new string in the code that is not translated fails here (run update_translations.py)."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                            cwd=REPO, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_catalogue_compiles_without_unfinished_messages(language: str, tmp_path: Path) -> None:
    tool = i18n.lrelease_executable()
    if tool is None:
        pytest.skip("lrelease is not installed")
    target = tmp_path / f"samverkan_{language}.qm"
    result = subprocess.run([tool, str(CATALOGUES[language]), "-qm", str(target)], capture_output=True,
                            text=True, timeout=120, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert target.exists() and target.stat().st_size > 0
    assert re.search(r"\(\d+ finished and 0 unfinished\)", output), output
    assert "untranslated" not in output.lower() and "warning" not in output.lower(), output


# -- (c) placeholders, mnemonics, typography ------------------------------------------------------
@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    problems = []
    for context, source, texts, numerus in messages(CATALOGUES[language]):
        wanted = Counter(PLACEHOLDER.findall(source))
        if numerus:
            wanted["%n"] = max(wanted["%n"], 1)
            if len(texts) != 2:
                problems.append(f"{context}: {source!r}: {len(texts)} plural forms, not 2")
        for text in texts:
            if Counter(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if len(mnemonics(text)) != len(mnemonics(source)) or len(mnemonics(text)) > 1:
                problems.append(f"{context}: {source!r} -> {text!r}: mnemonic (&) differs")
    assert problems == []


def test_swedish_typography() -> None:
    """Swedish quotes ”…” throughout, the ellipsis character where the source has one, no stray spaces."""
    problems = []
    for context, source, texts, _numerus in messages(CATALOGUES["sv"]):
        for text in texts:
            if any(mark in text for mark in "“‘") or ('"' in text and '"' not in source):
                problems.append(f"{context}: {text!r}: use ” for quotes")  # "…" only as search syntax
            if ("…" in source) != ("…" in text) or "..." in text:
                problems.append(f"{context}: {text!r}: the ellipsis does not match the source")
            if text != text.strip() or ("  " in text and "  " not in source):
                problems.append(f"{context}: {text!r}: stray spaces")
    assert problems == []


# -- (d) nothing English shows with Swedish installed ------------------------------------------------
def untranslated_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """The English source strings that must not show in Swedish: exact texts and, for those with
    placeholders, patterns."""
    def variants(text: str) -> set[str]:
        return {text, text.replace("&", ""), text.replace("&", "").rstrip(":")}

    exact: set[str] = set()
    swedish: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for _context, source, texts, numerus in messages(CATALOGUES["sv"]):
        for text in texts:
            swedish |= variants(text)
        if numerus or texts == [source]:
            continue
        if PLACEHOLDER.search(source):
            parts = [re.escape(part) for part in PLACEHOLDER.split(source.replace("&", ""))]
            patterns.append(re.compile(".+?".join(parts), re.DOTALL))
        else:
            exact |= variants(source)
    # a word that is the same in both languages somewhere ("Status") is Swedish too
    return exact - swedish - {""}, patterns


def rich_to_plain(text: str) -> list[str]:
    """A label's text as the user reads it; rich text is split at its non-breaking spaces too."""
    if "<" not in text:
        return [text]
    document = QTextDocument()
    document.setHtml(text)
    plain = document.toPlainText()
    return [plain, *plain.split("\u00a0")]


def columns(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
    """A list model has one column (QAbstractListModel keeps columnCount private)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(), depth: int = 0) -> list[str]:  # noqa: B008
    """Display texts of a model's rows (three levels deep, at most 200 rows a level) and headers."""
    texts = []
    if depth == 0:
        for column in range(columns(model)):
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                texts.append(header)
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
            if column == 0 and depth < 2:
                texts += model_texts(model, index, depth + 1)
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible text in ``root`` and its children."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts: list[str] = [widget.toolTip(), widget.statusTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            texts += rich_to_plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
        if widget.windowTitle() and widget.isWindow():
            texts.append(widget.windowTitle())
        for action in widget.actions():
            texts += [action.text(), action.toolTip(), action.statusTip()]
            menu = action.menu()
            if isinstance(menu, QMenu):
                for item in menu.actions():
                    texts += [item.text(), item.statusTip()]
        found += [(where, text) for text in texts if text]
    return found


def mnemonic_clashes(root: QWidget, screen: str) -> list[str]:
    """Letters used by more than one mnemonic among the visible widgets of ``root`` (menu bar,
    buddied labels, buttons, tabs), and within each menu."""
    owners: dict[str, list[str]] = {}

    def add(text: str) -> None:
        for letter in mnemonics(text):
            owners.setdefault(letter, []).append(text)

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
    menu_bar = root.menuWidget() if isinstance(root, QMainWindow) else None
    clashes = []
    if isinstance(menu_bar, QMenuBar):
        for action in menu_bar.actions():
            add(action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                inside: dict[str, list[str]] = {}
                for item in menu.actions():
                    if item.isVisible() and not item.isSeparator():
                        for letter in mnemonics(item.text()):
                            inside.setdefault(letter, []).append(item.text())
                clashes += [f"{screen}: menu {action.text()!r}: {texts}" for texts in inside.values()
                            if len(texts) > 1]
    clashes += [f"{screen}: {texts}" for texts in owners.values() if len(texts) > 1]
    return clashes


@pytest.fixture
def swedish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The Swedish translators for one test; removed afterwards, so that other tests see the source."""
    locale = QLocale()
    language = i18n.install("sv", tmp_path / "cache")
    assert language == "sv"
    assert any(not isinstance(t, i18n.PseudoTranslator) for t in i18n._installed)
    try:
        yield
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)


def test_no_english_source_text_shows_in_swedish(swedish: None, qtbot: QtBot, ctx: EditContext,
                                                 library: Library, demo_project: int, tmp_path: Path) -> None:
    from samverkan_desktop.services.minutes import load_meeting
    from samverkan_desktop.ui.analysis.labels import entry_kind_labels
    from samverkan_desktop.ui.editors.party_catalogue_dialog import PartyCatalogueDialog
    from samverkan_desktop.ui.editors.registry import create_editor
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.meeting.adjust_dialog import AdjustDialog
    from samverkan_desktop.ui.meeting.keys import overview_rows
    from samverkan_desktop.ui.models.navigator import Node, NodeRole, Section, section_labels
    from samverkan_desktop.ui.session_labels import (
        attendance_roles,
        item_types,
        outcomes,
        session_kinds,
        session_kinds_short,
        session_statuses,
    )
    from samverkan_desktop.ui.settings_dialog import SettingsDialog

    exact, patterns = untranslated_sources()
    assert "&New project…" in exact  # the Swedish catalogue is the one read

    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text() == "&Arkiv"  # the translators are in place

    shown: list[tuple[str, str]] = []
    clashes: list[str] = []

    def look(screen: str, root: QWidget) -> None:
        QApplication.processEvents()
        shown.extend((f"{screen}: {where}", text) for where, text in visible_texts(root))
        clashes.extend(mnemonic_clashes(root, screen))

    look("welcome", window)
    window.show_welcome()  # with the demo project in the list
    look("welcome with projects", window)
    project = library_service.list_projects(library)[0]
    sessions = library_service.list_sessions(library, project.uid)
    assert sessions, "the demo project has sessions"
    top = window.navigator_model.find(Node(Section.PROJECT, demo_project))
    assert top is not None
    sections = [Section.PROJECT, *(top.child(row).data(NodeRole).section for row in range(top.rowCount()))]
    unbuilt = []
    for section in sections:
        node = Node(section, demo_project)
        try:  # a section whose editor is still being written is reported, not failed
            create_editor(ctx, node).deleteLater()
        except ModuleNotFoundError as exc:
            unbuilt.append(f"{section.value}: {exc}")
            continue
        assert window.select_node(node)
        look(section.value, window)
    for session in sessions:
        assert window.select_node(Node(Section.SESSION, demo_project, session.id))
        editor = window.stack.currentWidget()
        tabs = editor.findChild(QTabWidget, "sessionTabs")
        assert tabs is not None
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            look(f"session {session.title} / {tabs.tabText(tab)}", window)

    held = next(s for s in sessions if s.status != "adjusted")
    meeting = window.open_meeting(held.id)
    qtbot.waitExposed(meeting)
    look("meeting mode", meeting)
    meeting.attendance.toggle()
    look("meeting mode with attendance", meeting)
    from samverkan_desktop.ui.about import AboutDialog
    from samverkan_desktop.ui.project_wizard import ProjectWizard

    wizard = ProjectWizard(library, "sv", window)
    wizard.show()
    look("wizard: details", wizard)
    wizard.details.title_edit.setText("Samverkan 2027")
    for page in ("mandates", "questions", "parties"):
        wizard.next()
        look(f"wizard: {page}", wizard)
    wizard.reject()
    about = AboutDialog(window)
    about.show()
    look("about", about)
    about.list.setCurrentRow(1)
    look("about: Qt", about)
    about.close()
    from samverkan_desktop.services.survey.columns import describe
    from samverkan_desktop.services.survey.importing import guide_questions
    from samverkan_desktop.services.survey.reading import read_survey_bytes
    from samverkan_desktop.ui.survey.import_dialog import ResponsesImportDialog
    from samverkan_desktop.ui.survey.previous_dialog import PreviousRoundDialog
    from tests import survey_files

    survey = read_survey_bytes(survey_files.forms_workbook(), "svar.xlsx")
    guide = guide_questions(library, demo_project)
    for name, dialog in (
            ("party list", PartyCatalogueDialog([], [], window)),
            ("settings", SettingsDialog(window.settings, window)),
            ("adjustment", AdjustDialog(load_meeting(library, held.id), meeting)),
            ("import answers", ResponsesImportDialog(survey, describe(survey, guide), guide, "svar.xlsx", window)),
            ("previous round", PreviousRoundDialog(ctx, demo_project, window))):
        dialog.show()
        look(name, dialog)
        dialog.close()
    meeting.close()
    meeting.session.writer.close(5)

    # labels made by functions, shown in combo boxes, legends and the F1 overview
    from samverkan_desktop.ui.survey.labels import directions, follow_up_statuses

    labelled = [*section_labels().values(), *entry_kind_labels().values(), *session_kinds_short().values(),
                *(text for row in overview_rows() for text in row), *follow_up_statuses().values(),
                *directions().values()]
    for pairs in (session_kinds(), session_statuses(), attendance_roles(), item_types(), outcomes()):
        labelled += [label for _value, label in pairs]
    shown += [("label function", text) for text in labelled]

    english = sorted({f"{where}: {text!r}" for where, text in shown
                      if text.strip() in exact or any(p.fullmatch(text.strip()) for p in patterns)})
    assert english == [], "English source text shows in Swedish:\n" + "\n".join(english)
    assert clashes == [], "mnemonics that share a letter:\n" + "\n".join(clashes)
    if unbuilt:
        warnings.warn("navigator sections not checked, their editors are missing: " + "; ".join(unbuilt),
                      stacklevel=1)
