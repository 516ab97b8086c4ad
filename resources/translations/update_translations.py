"""Refresh the Qt Linguist catalogues from the source code.

    uv run python resources/translations/update_translations.py

Runs ``lupdate`` over every module of ``samverkan_desktop`` into
``samverkan_sv.ts`` (Swedish: translated by hand, in Qt Linguist or an editor) and
``samverkan_en.ts`` (English: the source strings are English, so each new message is
filled with its source text; plural messages get a singular and a plural form by
hand, e.g. "%n person" / "%n people", which later runs keep). Locations are left out
so that moving code does not churn the files; obsolete messages are dropped.
``--check`` changes nothing and exits 1 when the catalogues are out of date, Swedish
has unfinished messages or an English plural still reads "(s)" or "(ies)".
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PACKAGE = REPO / "samverkan_desktop"
LANGUAGES = ("sv", "en")


def lupdate() -> str:
    import PySide6

    for candidate in (Path(PySide6.__file__).with_name("lupdate"), Path(PySide6.__file__).with_name("lupdate.exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if found is None:
        raise SystemExit("lupdate not found (it ships with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def run_lupdate(target: Path, language: str) -> None:
    result = subprocess.run(
        [lupdate(), *sources(), "-ts", str(target), "-source-language", "en", "-target-language", language,
         "-locations", "none", "-no-obsolete", "-silent"],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stderr)


def fill_english(path: Path) -> None:
    """Fill the new English messages with their source; finished ones (hand-written plurals) are kept.

    A message lupdate marks unfinished is new, or its source changed and lupdate guessed the
    old text of a similar message: either way its English is the source text now.
    """
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        fresh = translation.get("type") == "unfinished"
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or []
            for form in forms:
                form.text = source if fresh or not form.text else form.text
        elif fresh or not translation.text:
            translation.text = source
        translation.attrib.pop("type", None)
    write(tree, path)


#: the source's way of writing a plural it leaves to the catalogue: "person(s)", "entry(ies)"
PLURAL_MARK = re.compile(r"\((?:s|es|ies)\)")


def english_plurals_missing(path: Path) -> list[str]:
    """English plural messages still showing the source's "(s)" form instead of a singular and a plural."""
    tree = ET.parse(path)
    return [f"{context.findtext('name')}: {message.findtext('source')}"
            for context in tree.iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes" and PLURAL_MARK.search(message.findtext("source") or "")
            and any(PLURAL_MARK.search(form.text or "") for form in message.iter("numerusform"))]


def write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = translation is None or (not (translation.text or "").strip()
                                            and not translation.findall("numerusform"))
            if empty or (translation is not None and translation.get("type") in ("unfinished", "vanished")):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def messages(path: Path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in tree.iter("context")
            for m in c.iter("message")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; fail when out of date")
    args = parser.parse_args()
    if args.check:
        problems = []
        with tempfile.TemporaryDirectory() as temp:
            for language in LANGUAGES:
                committed = HERE / f"samverkan_{language}.ts"
                fresh = Path(temp) / committed.name
                shutil.copy(committed, fresh)
                run_lupdate(fresh, language)
                new = messages(fresh) - messages(committed)
                problems += [f"{language}: not in the catalogue: {c}: {s}" for c, s in sorted(new)]
            problems += [f"sv: unfinished: {m}" for m in unfinished(HERE / "samverkan_sv.ts")]
            problems += [f"en: plural forms not written: {m}"
                         for m in english_plurals_missing(HERE / "samverkan_en.ts")]
        print("\n".join(problems) or "translations are complete")
        return 1 if problems else 0
    for language in LANGUAGES:
        path = HERE / f"samverkan_{language}.ts"
        run_lupdate(path, language)
        if language == "en":
            fill_english(path)
    missing = unfinished(HERE / "samverkan_sv.ts")
    plurals = english_plurals_missing(HERE / "samverkan_en.ts")
    print(f"{len(messages(HERE / 'samverkan_sv.ts'))} messages; {len(missing)} unfinished in Swedish; "
          f"{len(plurals)} English plurals to write")
    return 0


if __name__ == "__main__":
    sys.exit(main())
