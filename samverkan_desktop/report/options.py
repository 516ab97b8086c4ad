"""What the user chooses about a dialogue report: sections, appendix, names, draft or final.

Shared by the report builder, the services that feed it, the report settings dialog and
the command line, so the choice is described once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samverkan_desktop.progress import Cancelled, Progress


class Section:
    """Keys of the report's optional sections, in the order they are printed."""

    SUMMARY = "summary"  # Sammanfattning
    BACKGROUND = "background"  # Bakgrund och uppdrag
    METHOD = "method"  # Metod
    RESULTS = "results"  # Resultat per central fråga
    STRENGTHS = "strengths"  # Det som fungerar
    ASSESSMENT = "assessment"  # Bedömning per politiskt uppdrag
    IMPROVEMENTS = "improvements"  # Förbättringsområden
    CONCLUSIONS = "conclusions"  # Slutsatser och förslag
    APPENDICES = "appendices"  # Bilagor


ALL_SECTIONS: tuple[str, ...] = (
    Section.SUMMARY, Section.BACKGROUND, Section.METHOD, Section.RESULTS, Section.STRENGTHS,
    Section.ASSESSMENT, Section.IMPROVEMENTS, Section.CONCLUSIONS, Section.APPENDICES,
)


@dataclass(frozen=True)
class ReportOptions:
    """The choices behind one build of the dialogue report.

    By default the report names no person at all (statements are attributed to parties);
    ``names`` turns names on. ``final`` removes the "Utkast" watermark.
    """

    sections: frozenset[str] = field(default_factory=lambda: frozenset(ALL_SECTIONS))
    minutes_appendix: bool = False
    names: bool = False
    final: bool = False
    logo: bytes | None = None


BuildCancelled = Cancelled
"""The report's name for ``progress.Cancelled``: raised from a progress callback to stop a build."""

__all__ = ["ALL_SECTIONS", "BuildCancelled", "Progress", "ReportOptions", "Section"]
