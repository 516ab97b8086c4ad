"""Translations: the app's Qt Linguist catalogue plus Qt's own ``qtbase``.

Source strings in the code are English; ``resources/translations/samverkan_sv.ts``
holds the Swedish. The ``.qm`` files are built from the ``.ts`` sources with
``lrelease`` (at build time for a bundle; on first use in a checkout, into the
data folder's cache, rebuilt when a ``.ts`` changes). A pseudo-localisation mode
stretches every string so that clipped layouts show up in screenshots.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from samverkan_desktop.assets import resource

log = logging.getLogger(__name__)
LANGUAGES = ("sv", "en")


def lrelease_executable() -> str | None:
    import shutil  # here, not at the top: a start that finds its catalogue compiled needs neither

    import PySide6

    bundled = Path(PySide6.__file__).with_name("lrelease")
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(language: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` for ``language``: shipped (in a bundle, where there is no ``.ts`` and no
    ``lrelease``) or built from the ``.ts`` into the cache."""
    ts = resource("translations", f"samverkan_{language}.ts")
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    built = cache_dir / shipped.name
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    try:
        return release(ts, built)
    except RuntimeError as exc:
        log.warning("%s; %s stays untranslated", exc, language)
        return None


def release(ts: Path, qm: Path) -> Path:
    """Compile one ``.ts`` into ``qm`` with ``lrelease``; RuntimeError when that is impossible."""
    import subprocess

    tool = lrelease_executable()
    if tool is None:
        raise RuntimeError("lrelease not found")
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True,
                            text=True, check=False)
    if result.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed for {ts}: {result.stderr.strip()}")
    return qm


def build_catalogues(target: Path) -> list[Path]:
    """Compile every language's catalogue into ``target`` (the bundle ships these ``.qm``)."""
    return [release(resource("translations", f"samverkan_{language}.ts"), target / f"samverkan_{language}.qm")
            for language in LANGUAGES]


class PseudoTranslator(QTranslator):
    """Stretches each string by about 40% and brackets it: «Ŝpàràt ~~~~»."""

    _MAP = str.maketrans("aeiouAEIOUcsnyz", "àéîöûÀÉÎÖÛçšñýž")

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source or (source.startswith("&") and len(source) < 3):
            return source
        stretched = source.translate(self._MAP)
        return f"«{stretched}{'~' * max(2, len(source) * 2 // 5)}»"


_installed: list[QTranslator] = []


def install(language: str, cache_dir: Path, pseudo: bool = False) -> str:
    """Install the translators for ``language`` ("sv" or "en"); returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "sv"
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden))
    if pseudo:
        pseudo_translator = PseudoTranslator(app)
        app.installTranslator(pseudo_translator)
        _installed.append(pseudo_translator)
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"qt_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    catalogue = compiled_catalogue(language, cache_dir)
    if catalogue is not None:
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
