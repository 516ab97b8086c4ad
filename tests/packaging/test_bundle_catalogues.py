"""The bundle ships compiled catalogues: built at build time, used without lrelease at run time."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 workaround first
from samverkan_desktop.ui import i18n
from tests.conftest import REPO


def test_build_catalogues_compiles_every_language(tmp_path: Path) -> None:
    if i18n.lrelease_executable() is None:
        pytest.skip("lrelease is not installed")
    built = i18n.build_catalogues(tmp_path / "qm")
    assert [path.name for path in built] == [f"samverkan_{language}.qm" for language in i18n.LANGUAGES]
    for path in built:
        translator = QTranslator()
        assert translator.load(str(path)) and not translator.isEmpty()


def test_a_bundle_uses_its_shipped_catalogue_without_lrelease(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             qapp: object) -> None:
    if i18n.lrelease_executable() is None:
        pytest.skip("lrelease is not installed")
    bundle = tmp_path / "_internal"
    i18n.build_catalogues(bundle / "resources" / "translations")  # what the spec does
    # the frozen layout: resources under sys._MEIPASS, no .ts beside the .qm, no lrelease
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(i18n, "lrelease_executable", lambda: None)
    cache = tmp_path / "cache"
    shipped = i18n.compiled_catalogue("sv", cache)
    assert shipped == bundle / "resources" / "translations" / "samverkan_sv.qm"
    assert not cache.exists()  # nothing was compiled at run time
    assert i18n.install("sv", cache) == "sv"
    try:
        context, source, swedish = first_translated_message()
        assert QCoreApplication.translate(context, source) == swedish
    finally:
        for translator in i18n._installed:
            QCoreApplication.removeTranslator(translator)
        i18n._installed.clear()


def first_translated_message() -> tuple[str, str, str]:
    tree = ET.parse(REPO / "resources" / "translations" / "samverkan_sv.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if message.get("numerus") is None and source and translation and translation != source:
                return context.findtext("name") or "", source, translation
    raise AssertionError("no translated message in samverkan_sv.ts")
