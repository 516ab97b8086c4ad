"""What the user chooses about a dialogue report: sections, appendix, names, draft or final.

Shared by the report builder, the services that feed it, the report settings dialog and
the command line, so the choice is described once: ``ReportOptions`` holds a choice,
``REPORT_OPTIONS`` declares each option once (its field, its command-line flag and help,
the name of the dialog's widget for it); the CLI adds its arguments from it and a test
proves that the dialog has a widget for each, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal

from samverkan_desktop.progress import Cancelled, Progress


class Section:
    """Keys of the report's optional sections, in the order they are printed."""

    SUMMARY = "summary"  # Sammanfattning
    BACKGROUND = "background"  # Bakgrund och uppdrag
    METHOD = "method"  # Metod
    RESULTS = "results"  # Resultat per central fråga
    STRENGTHS = "strengths"  # Det som fungerar
    ASSESSMENT = "assessment"  # Bedömning per politiskt uppdrag
    DEVELOPMENT = "development"  # Utveckling sedan föregående uppföljning (only when linked to one)
    IMPROVEMENTS = "improvements"  # Förbättringsområden
    ACTIONS = "actions"  # Åtgärder
    CONCLUSIONS = "conclusions"  # Slutsatser och förslag
    APPENDICES = "appendices"  # Bilagor


ALL_SECTIONS: tuple[str, ...] = (
    Section.SUMMARY, Section.BACKGROUND, Section.METHOD, Section.RESULTS, Section.STRENGTHS,
    Section.ASSESSMENT, Section.DEVELOPMENT, Section.IMPROVEMENTS, Section.ACTIONS, Section.CONCLUSIONS,
    Section.APPENDICES,
)
#: the sections' titles as the report prints them (always Swedish: the report is a Swedish record)
SECTION_TITLES = {
    Section.SUMMARY: "Sammanfattning", Section.BACKGROUND: "Bakgrund och uppdrag", Section.METHOD: "Metod",
    Section.RESULTS: "Resultat per central fråga", Section.STRENGTHS: "Det som fungerar",
    Section.ASSESSMENT: "Bedömning per politiskt uppdrag",
    Section.DEVELOPMENT: "Utveckling sedan föregående uppföljning", Section.IMPROVEMENTS: "Förbättringsområden",
    Section.ACTIONS: "Åtgärder", Section.CONCLUSIONS: "Slutsatser och förslag", Section.APPENDICES: "Bilagor",
}


@dataclass(frozen=True)
class ReportOptions:
    """The choices behind one build of the dialogue report.

    By default the report names no person at all (statements are attributed to parties);
    ``names`` turns names on. ``final`` removes the "Utkast" watermark. ``template`` is
    used by the Word file only.
    """

    sections: frozenset[str] = field(default_factory=lambda: frozenset(ALL_SECTIONS))
    minutes_appendix: bool = False
    names: bool = False
    final: bool = False
    logo: bytes | None = None
    #: the municipality's Word template (.docx or .dotx bytes) for the Word file; the PDF ignores it
    template: bytes | None = None


@dataclass(frozen=True)
class OptionSpec:
    """One option of the report, declared once for the command line and the dialog.

    ``name`` is the field of ``ReportOptions`` it sets; ``flag`` the command-line option
    (``kind`` "flag": on or off; "value": takes ``metavar``); ``help`` its Swedish help
    line; ``widget`` the object name of the dialog's widget that chooses it.
    """

    name: str
    flag: str
    kind: Literal["flag", "value"]
    help: str
    widget: str
    metavar: str | None = None


def sections_help() -> str:
    """The section keys with their titles, for ``--help``."""
    return ", ".join(f"{key} ({SECTION_TITLES[key]})" for key in ALL_SECTIONS)


REPORT_OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec("final", "--final", "flag", "fastställd rapport, utan vattenstämpeln Utkast", "final"),
    OptionSpec("names", "--names", "flag", "ta med personers namn (annars bara parter)", "showNames"),
    OptionSpec("minutes_appendix", "--minutes-appendix", "flag", "protokollen från dialogtillfällena som bilaga",
               "minutesAppendix"),
    OptionSpec("sections", "--sections", "value",
               "rapportens delar, kommaseparerade (standard: alla): " + sections_help(), "sections", "DELAR"),
    OptionSpec("logo", "--logo", "value", "logotyp på titelsidan (PNG eller JPEG)", "chooseLogo", "BILD"),
    OptionSpec("template", "--template", "value", "kommunens Word-mall (.docx eller .dotx) för Word-filen",
               "chooseTemplate", "MALL"),
)


class BadSections(ValueError):
    """A list of section keys with an unknown key or none at all; the message is Swedish."""


def parse_sections(text: str) -> frozenset[str]:
    """``"summary,method"`` -> the section keys; BadSections (Swedish message) for an unknown or no key."""
    keys = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [key for key in keys if key not in ALL_SECTIONS]
    if unknown:
        raise BadSections(f"okänd del \"{unknown[0]}\" (välj bland {', '.join(ALL_SECTIONS)})")
    if not keys:
        raise BadSections(f"ange minst en del (välj bland {', '.join(ALL_SECTIONS)})")
    return frozenset(keys)


def option_fields() -> tuple[str, ...]:
    """The fields of ``ReportOptions``: every one of them must be declared in ``REPORT_OPTIONS``."""
    return tuple(f.name for f in fields(ReportOptions))


BuildCancelled = Cancelled
"""The report's name for ``progress.Cancelled``: raised from a progress callback to stop a build."""

__all__ = ["ALL_SECTIONS", "REPORT_OPTIONS", "SECTION_TITLES", "BadSections", "BuildCancelled", "OptionSpec",
           "Progress", "ReportOptions", "Section", "option_fields", "parse_sections", "sections_help"]
