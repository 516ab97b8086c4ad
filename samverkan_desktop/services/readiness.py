"""Vad återstår: what is missing before the report can be made final.

One service computes the list that the report dialog, the report's place in the app
and the command line show: the report's texts not written, mandates not assessed,
improvement areas (those the report prints) without a proposal or an owner, sessions
whose minutes are not adjusted (written answers from a survey have none), and, for a
report without names, names in the entries that the secretary has not yet decided about
(``names_check``). Each item says where it is fixed (``Place``), so that the app can
take the user there in one click. A final report can still be built: the list informs,
it never blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import SessionKind
from samverkan_desktop.report.labels import swedish_date
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.names_check import find_names, undecided
from samverkan_desktop.services.tags import tag_tree
from samverkan_desktop.storage.library import Library

TEXTS = {
    "summary": LocalText("Sammanfattningen är inte skriven.", "The summary is not written."),
    "method": LocalText("Metoden är inte skriven (rapporten skriver då bara den genererade texten om underlaget).",
                        "The method is not written (the report then prints only the generated text on the material)."),
    "conclusions": LocalText("Slutsatser och förslag är inte skrivna.",
                             "The conclusions and proposals are not written."),
}


@dataclass(frozen=True)
class Place:
    """Where a missing thing is fixed: ``section`` is "report" (``field`` names the text or
    "names", ``name`` the name), "assessment" (a mandate), "tag" (an improvement area) or
    "session"; ``record_id`` the record."""

    section: str
    record_id: int | None = None
    field: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Missing:
    """One thing left to do: what, in the user's language, and where."""

    kind: str
    text: LocalText
    place: Place


def _texts(project: m.Project) -> list[Missing]:
    return [Missing("text", TEXTS[field], Place("report", field=field)) for field in TEXTS
            if not (getattr(project, field) or "").strip()]


def _mandates(project: m.Project) -> list[Missing]:
    found = []
    for mandate in project.mandates:
        if mandate.rating is None:
            name = f"{mandate.code} {mandate.title}".strip() if mandate.code else mandate.title
            found.append(Missing("mandate", LocalText(f"Uppdraget ”{name}” är inte bedömt.",
                                                      f"The mandate “{name}” is not assessed."),
                                 Place("assessment", mandate.id)))
    return found


def _improvements(library: Library, project_id: int) -> list[Missing]:
    tags = tag_tree(library, project_id)
    known = {t.id for t in tags}
    found = []
    for tag in tags:
        if tag.kind != "improvement" or (tag.parent_id is not None and tag.parent_id in known):
            continue
        proposal, owner = bool((tag.proposal or "").strip()), bool((tag.owner or "").strip())
        if proposal and owner:
            continue
        sv = "förslag och ansvarig" if not (proposal or owner) else "förslag" if not proposal else "ansvarig"
        en = "a proposal and an owner" if not (proposal or owner) else "a proposal" if not proposal else "an owner"
        found.append(Missing("improvement", LocalText(f"Förbättringsområdet ”{tag.name}” saknar {sv}.",
                                                      f"The improvement area “{tag.name}” has no {en}."),
                             Place("tag", tag.id)))
    return found


def _sessions(project: m.Project) -> list[Missing]:
    found = []
    for session in sorted(project.sessions, key=lambda s: (s.date, s.start or "", s.sort_order)):
        status = getattr(session.status, "value", session.status)
        if status != "adjusted" and session.kind != SessionKind.WRITTEN_ANSWERS:  # a survey's answers have no minutes
            when = swedish_date(session.date)
            found.append(Missing("session", LocalText(
                f"Protokollet från ”{session.title}” ({when}) är inte justerat.",
                f"The minutes of “{session.title}” ({session.date.isoformat()}) are not adjusted."),
                Place("session", session.id)))
    return found


def what_remains(library: Library, project_id: int, names: bool = False) -> list[Missing]:
    """Everything left before a final report, in the order of the report's work; ``names``:
    the report will name people, so names in the entries are no concern."""
    with library.sessions() as db:
        project = db.get(m.Project, project_id)
        if project is None:
            return []
        missing = _texts(project) + _mandates(project)
        sessions = _sessions(project)
    missing += _improvements(library, project_id) + sessions
    if not names:
        for finding in undecided(find_names(library, project_id)):
            count = len({o.entry_id for o in finding.occurrences})
            missing.append(Missing("name", LocalText(
                f"Namnet ”{finding.name}” står i {count} inlägg; välj vad rapporten skriver i stället, "
                "eller låt det stå.",
                f"The name “{finding.name}” is in {count} {'entry' if count == 1 else 'entries'}; choose what "
                "the report prints instead, or leave it."), Place("report", field="names", name=finding.name)))
    return missing
