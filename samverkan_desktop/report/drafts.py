"""Drafts of the report's own texts, in plain Swedish sentences from templates.

"Utkast från underlaget" inserts these for the secretary to edit: the summary (each
mandate's rating, the improvement areas with their priority), the method (how many
dialogues of which kinds, when, how many entries, which parties, the question guide:
the paragraph the report prints when no method is written) and the conclusions (each
improvement area's proposal with its owner). Deterministic: the same project gives the
same text. Written in the plain-text convention of ``blocks`` (paragraphs, "- " and
"1. " lists), so what is inserted prints as it reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samverkan_desktop.report.blocks import Block, plain_text
from samverkan_desktop.report.data import GuideQuestion, PartyInfo, SessionInfo
from samverkan_desktop.report.labels import SESSION_KINDS_PROSE, count_phrase, swedish_date

#: how a rating reads after "Uppdraget ”…”"
RATING_PHRASES = {"strengthened": "har stärkts", "partly": "har delvis stärkts",
                  "not_strengthened": "har inte stärkts", "not_assessed": "kan inte bedömas"}
PRIORITY_PHRASES = {"high": "hög prioritet", "medium": "medelhög prioritet", "low": "låg prioritet"}
PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class MandateRating:
    name: str
    rating: str | None


@dataclass(frozen=True)
class Proposal:
    """An improvement area as the drafts use it."""

    name: str
    priority: str | None
    proposal: str | None
    owner: str | None


def _line(text: str | None) -> str:
    return " ".join((text or "").split())


def _sentence(text: str) -> str:
    text = _line(text)
    return text if not text or text[-1] in ".!?…" else text + "."


def _by_priority(areas: Sequence[Proposal]) -> list[Proposal]:
    return sorted(areas, key=lambda a: PRIORITY_ORDER.get(a.priority or "", len(PRIORITY_ORDER)))


def summary_draft(mandates: Sequence[MandateRating], areas: Sequence[Proposal], sessions: int) -> str:
    """Each mandate's rating, then the improvement areas with their priority (highest first)."""
    blocks: list[Block] = []
    if mandates:
        dialogues = f" utifrån {count_phrase(sessions, 'dialogtillfälle', 'dialogtillfällen')}" if sessions else ""
        blocks.append(Block("paragraph", (
            f"Rapporten bedömer {count_phrase(len(mandates), 'politiskt uppdrag', 'politiska uppdrag')}"
            f"{dialogues}:",)))
        blocks.append(Block("bullets", tuple(
            f"Uppdraget ”{_line(m.name)}” {RATING_PHRASES.get(m.rating or '', 'är ännu inte bedömt')}."
            for m in mandates)))
    if areas:
        blocks.append(Block("paragraph", (
            f"Dialogerna pekar ut {count_phrase(len(areas), 'förbättringsområde', 'förbättringsområden')}:",)))
        blocks.append(Block("bullets", tuple(
            f"{_line(a.name)} ({PRIORITY_PHRASES.get(a.priority or '', 'prioritet inte angiven')})."
            for a in _by_priority(areas))))
    if not blocks:
        blocks.append(Block("paragraph", ("Projektet har ännu inga politiska uppdrag och inga förbättringsområden "
                                          "att sammanfatta.",)))
    return plain_text(tuple(blocks))


def conclusions_draft(areas: Sequence[Proposal]) -> str:
    """The improvement areas' proposals with their owners, highest priority first."""
    if not areas:
        return "Inga förbättringsområden är kodade ännu, så det finns inga förslag att redovisa."
    items = []
    for area in _by_priority(areas):
        proposal = _sentence(area.proposal or "") if _line(area.proposal) else "Förslag saknas ännu."
        owner = f"Ansvarig: {_sentence(area.owner or '')}" if _line(area.owner) else "Ansvarig är inte utsedd."
        items.append(f"{_line(area.name)}: {proposal} {owner}")
    return plain_text((Block("paragraph", ("Utifrån dialogerna föreslås följande:",)),
                       Block("numbered", tuple(items))))


def method_draft(sessions: Sequence[SessionInfo], parties: Sequence[PartyInfo],
                 guide: Sequence[GuideQuestion]) -> str:
    """How the material was gathered: the paragraph the report prints when no method is written."""
    paragraphs: list[str] = []
    sessions = [s for s in sessions if s.kind != "written_answers"]  # a survey's answers are no dialogue
    if sessions:
        kinds: dict[str, int] = {}
        for s in sessions:
            kinds[s.kind or "other"] = kinds.get(s.kind or "other", 0) + 1
        kinds_text = ", ".join(count_phrase(n, *SESSION_KINDS_PROSE.get(k, SESSION_KINDS_PROSE["other"]))
                               for k, n in kinds.items())
        first, last = sessions[0].date, sessions[-1].date
        period = f"den {swedish_date(first)}" if first == last else \
            f"mellan {swedish_date(first)} och {swedish_date(last)}"
        entries = sum(s.entries for s in sessions)
        dialogues = count_phrase(len(sessions), "strukturerad dialog", "strukturerade dialoger")
        paragraphs.append(f"Underlaget bygger på {dialogues} ({kinds_text}) som hölls {period}. Sammanlagt "
                          f"antecknades {count_phrase(entries, 'inlägg', 'inlägg')}. Inläggen redovisas per part, "
                          "aldrig per person.")
    if parties:
        paragraphs.append(f"Följande parter deltog: {', '.join(_line(p.name) for p in parties)}.")
    if guide:
        questions = count_phrase(len(guide), "central fråga", "centrala frågor")
        paragraphs.append(f"Dialogerna följde en samtalsguide med {questions} (se bilaga). Inläggen har kodats "
                          "efter tema, det som fungerar och förbättringsområden.")
    return plain_text(tuple(Block("paragraph", (p,)) for p in paragraphs))
