"""The screenshots in docs/screenshots and the documents that show them agree (no Qt needed).

Every shot has a number of its own, and the numbers follow the user guide, which shows
them all; every picture a document names exists; and the folder holds exactly the shots
``docs/make_screenshots.py`` writes, so regenerating them neither leaves a stale file
behind nor writes one that no document shows.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

from tests.conftest import REPO

SHOTS = REPO / "docs" / "screenshots"
GUIDE = REPO / "docs" / "anvandarguide.md"
SCRIPT = REPO / "docs" / "make_screenshots.py"
#: a shot's file name without ``.png``: two digits, a dash, words
NAME = re.compile(r"(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*")
#: a picture a Markdown document shows, relative to the document
PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def documents() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def shown(document: Path) -> list[Path]:
    """The pictures ``document`` shows, in order, resolved against its folder."""
    text = document.read_text(encoding="utf-8")
    return [(document.parent / target).resolve() for target in PICTURE.findall(text)]


def files() -> list[str]:
    return sorted(path.stem for path in SHOTS.glob("*.png"))


def written() -> set[str]:
    """The shot names ``make_screenshots.py`` passes to ``shoot`` (read as text: no Qt)."""
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and NAME.fullmatch(node.value)}


def test_every_shot_has_a_number_of_its_own() -> None:
    by_number: dict[str, list[str]] = defaultdict(list)
    for name in files():
        match = NAME.fullmatch(name)
        assert match, f"{name}.png is not named NN-words.png"
        by_number[match.group(1)].append(name)
    shared = {number: names for number, names in by_number.items() if len(names) > 1}
    assert not shared, f"screenshots sharing a number: {shared}"


def test_every_picture_a_document_shows_exists() -> None:
    missing = [f"{document.relative_to(REPO)}: {picture.relative_to(REPO)}"
               for document in documents() for picture in shown(document) if not picture.is_file()]
    assert not missing, f"documents show pictures that do not exist: {missing}"


def test_the_shots_are_exactly_those_the_script_writes() -> None:
    on_disk, made = set(files()), written()
    assert made, "no shot names found in make_screenshots.py"
    assert not on_disk - made, f"in docs/screenshots but not written by make_screenshots.py: {sorted(on_disk - made)}"
    assert not made - on_disk, f"written by make_screenshots.py but not in docs/screenshots: {sorted(made - on_disk)}"


def test_every_shot_is_shown_and_the_numbers_follow_the_user_guide() -> None:
    everywhere = {picture for document in documents() for picture in shown(document)}
    unshown = sorted(name for name in written() if (SHOTS / f"{name}.png").resolve() not in everywhere)
    assert not unshown, f"make_screenshots.py writes shots no document shows: {unshown}"
    in_guide = list(dict.fromkeys(p.stem for p in shown(GUIDE) if p.parent == SHOTS.resolve()))
    assert in_guide == files(), "the user guide should show every shot, in the order of their numbers"
