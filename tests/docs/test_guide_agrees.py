"""The user guide (docs/anvandarguide.md) says what the app does: its table of menus and keys
is the main window's menu bar as a Swedish user sees it, every **Menu > Command** it names
elsewhere exists (with the keys it gives), and its table of meeting-mode keys holds every key
meeting mode declares (``ui/meeting/keys.py``), with no key the app does not have. The
README's table of meeting-mode keys, in English, names every declared key too."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from tests.conftest import REPO

GUIDE = REPO / "docs" / "anvandarguide.md"
README = REPO / "README.md"
#: a menu path in bold, perhaps broken over two lines, and the keys in brackets after it
MENU_PATH = re.compile(r"\*\*([A-ZÅÄÖ][a-zåäö]+)\s+>\s+([^*]+?)\*\*(?:\s+\(([^)]*)\))?")
#: a key sequence as the guide writes one (the last part a key, not a word like "siffra")
KEYS = re.compile(r"(?:(?:Ctrl|Alt|Skift)\+)*(?:[A-Z][A-Za-z]*|F\d+|\d|,)")


def section(heading: str) -> str:
    """The text under ``### heading`` up to the next heading."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"### {heading}\n")
    end = text.find("\n#", start + 1)
    return text[start:end if end != -1 else None]


def table(text: str) -> list[list[str]]:
    """The body rows of the first Markdown table in ``text``, as cells."""
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def menus(ctx: EditContext, qtbot: QtBot, root: Path) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every command in the main window's menus, in order, as shown
    in Swedish; several keys joined by " eller ", Shift named Skift."""
    from samverkan_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    found = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            keys = " eller ".join(k.toString().replace("Shift", "Skift") for k in action.shortcuts())
            found.append((menu_action.text().replace("&", ""), action.text().replace("&", ""), keys))
    return found


def test_the_guide_lists_the_menus_as_the_app_has_them(swedish: None, ctx: EditContext, qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    shown = menus(ctx, qtbot, tmp_path)
    assert ("Arkiv", "Nytt projekt…", "Ctrl+Skift+N") in shown  # Swedish, as the user sees it
    assert [tuple(row) for row in table(section("Menyer och kortkommandon"))] == shown


def test_every_menu_command_the_guide_names_exists(swedish: None, ctx: EditContext, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    shown = {(menu, command): keys for menu, command, keys in menus(ctx, qtbot, tmp_path)}
    text = GUIDE.read_text(encoding="utf-8")
    named = MENU_PATH.findall(text)
    assert len([path for path in named if path[0] in ("Arkiv", "Projekt", "Hjälp")]) > 10
    titles = {menu for menu, _command in shown}
    wrong = []
    for menu, command, keys in named:
        command = " ".join(command.split())
        if menu not in titles:  # a section and its tab (Analys > Underlag), or Word's menus
            continue
        if (menu, command) not in shown:
            wrong.append(f"{menu} > {command}: no such command")
        elif KEYS.fullmatch(keys.split(" eller ")[0]) and keys != shown[menu, command]:
            wrong.append(f"{menu} > {command} ({keys}): the app's keys are {shown[menu, command]}")
    assert not wrong, wrong


def test_the_guide_has_every_key_of_meeting_mode(swedish: None) -> None:
    from samverkan_desktop.ui.meeting.keys import declarations, key_text

    declared = {key_text(keys) for key in declarations() for keys in key.keys}
    assert "Skift+Enter" in declared  # the Swedish key names
    written: set[str] = set()
    for cells in table(section("Alla tangenter")):
        for part in re.split(r" / | eller | … ", re.sub(r"\s*\(.*?\)", "", cells[0])):
            written.add(part.strip())
    missing = declared - written - {f"Alt+{n}" for n in range(2, 9)}  # a row says Alt+1 … Alt+9
    assert not missing, f"keys of meeting mode the guide does not list: {sorted(missing)}"
    unknown = {keys for keys in written if KEYS.fullmatch(keys)} - declared
    assert not unknown, f"keys the guide lists that meeting mode does not have: {sorted(unknown)}"


def test_the_readme_has_every_key_of_meeting_mode(qapp: object) -> None:
    from samverkan_desktop.ui.meeting.keys import declarations, key_text

    declared = {key_text(keys) for key in declarations() for keys in key.keys}  # no translator: English
    assert "Shift+Enter" in declared
    text = README.read_text(encoding="utf-8")
    rows = text[text.index("## Meeting mode"):text.index("Every key is declared once")]
    rows = re.sub(r"(\w+)\+(\d) … \1\+(\d)", lambda m: " ".join(  # "Ctrl+1 … Ctrl+4": each of them
        f"{m.group(1)}+{n}" for n in range(int(m.group(2)), int(m.group(3)) + 1)), rows)
    rows = re.sub(r"(\w+)\+(\w+)/(\w+)", r"\1+\2 \1+\3", rows)  # "Alt+Up/Down": both
    written = set(re.findall(r"(?:(?:Ctrl|Alt|Shift)\+)*(?:F\d+|Pg(?:Up|Down)|Enter|Esc|Delete|Up|Down|[A-Z0-9])\b",
                             rows))
    missing = declared - written
    assert not missing, f"keys of meeting mode the README's table does not name: {sorted(missing)}"
