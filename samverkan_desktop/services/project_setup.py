"""Setting up a new project in one step: details, mandates, question guide, parties and people.

The new-project wizard gathers a ``ProjectDraft`` and hands it to ``create_project``,
which writes everything in one transaction: either the whole project is there
afterwards, or (on bad input or a database failure) nothing is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import ProjectStatus
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.services.editing import UID_LENGTH, InvalidValue, run_write
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.parties_catalogue import CatalogueParty
from samverkan_desktop.services.uids import readable_uid
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class MandateDraft:
    title: str
    code: str = ""
    description: str = ""


@dataclass(frozen=True)
class QuestionDraft:
    text: str
    guidance: str = ""


@dataclass(frozen=True)
class PersonDraft:
    """A person taking part; ``party`` is the index of their party in the draft's parties."""

    name: str
    party: int | None = None
    role: str = ""


@dataclass(frozen=True)
class ProjectDraft:
    """What the wizard asks for; empty texts are stored as "not given"."""

    title: str
    organisation: str = ""
    body: str = ""
    case_number: str = ""
    budget_year: int | None = None
    commissioned_by: str = ""
    decision_date: dt.date | None = None
    commission: str = ""
    mandates: Sequence[MandateDraft] = field(default_factory=tuple)
    questions: Sequence[QuestionDraft] = field(default_factory=tuple)
    parties: Sequence[CatalogueParty] = field(default_factory=tuple)
    people: Sequence[PersonDraft] = field(default_factory=tuple)


def _text(value: str) -> str | None:
    value = value.strip()
    return value or None


def problems(draft: ProjectDraft) -> list[LocalText]:
    """What keeps the draft from becoming a project, in the words the user reads."""
    found: list[LocalText] = []
    if not draft.title.strip():
        found.append(LocalText("Projektet behöver en titel.", "The project needs a title."))
    if any(not mandate.title.strip() for mandate in draft.mandates):
        found.append(LocalText("Varje politiskt uppdrag behöver en rubrik.",
                               "Every political mandate needs a title."))
    if any(not question.text.strip() for question in draft.questions):
        found.append(LocalText("En fråga i samtalsguiden är tom.", "A question in the question guide is empty."))
    if any(not person.name.strip() for person in draft.people):
        found.append(LocalText("Varje person behöver ett namn.", "Every person needs a name."))
    if any(person.party is not None and not 0 <= person.party < len(draft.parties) for person in draft.people):
        found.append(LocalText("En person hör till en part som inte är med i projektet.",
                               "A person belongs to a party that is not in the project."))
    if draft.budget_year is not None and not 1900 <= draft.budget_year <= 2200:
        found.append(LocalText("Budgetåret ska vara ett årtal, till exempel 2026.",
                               "The budget year must be a year, for example 2026."))
    return found


def _random_uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def _free(c: Connection, wanted: str) -> str:
    """A project id not yet in the library: ``wanted``, ``wanted-2`` ..."""
    table = table_of(m.Project)
    stem = wanted[:UID_LENGTH - 4]
    taken = set(c.execute(select(table.c.uid).where(table.c.uid.startswith(stem, autoescape=True))).scalars())
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def create_project(library: Library, draft: ProjectDraft) -> int:
    """Create the project of ``draft`` with its mandates, questions, parties and people; returns its id.

    Raises ``InvalidValue`` (nothing written) when the draft has problems, and
    ``StorageFailed`` (nothing written) when the database refuses.
    """
    found = problems(draft)
    if found:
        raise InvalidValue(LocalText(" ".join(p.sv for p in found), " ".join(p.en for p in found)))

    def work(c: Connection) -> int:
        project: dict[str, Any] = {
            "uid": _free(c, readable_uid("project", draft.title)),
            "title": draft.title.strip(), "organisation": _text(draft.organisation), "body": _text(draft.body),
            "case_number": _text(draft.case_number), "budget_year": draft.budget_year,
            "commissioned_by": _text(draft.commissioned_by), "decision_date": draft.decision_date,
            "commission": _text(draft.commission), "status": ProjectStatus.DRAFT,
        }
        key = c.execute(insert(table_of(m.Project)).values(**project)).inserted_primary_key
        assert key is not None
        project_id = int(key[0])
        for order, mandate in enumerate(draft.mandates):
            c.execute(insert(table_of(m.Mandate)).values(
                project_id=project_id, uid=_random_uid("mandate"), sort_order=order, code=_text(mandate.code),
                title=mandate.title.strip(), description=_text(mandate.description)))
        for order, question in enumerate(draft.questions):
            c.execute(insert(table_of(m.Question)).values(
                project_id=project_id, uid=_random_uid("question"), sort_order=order, number=order + 1,
                text=question.text.strip(), guidance=_text(question.guidance)))
        used: set[str] = set()
        party_ids: list[int] = []
        for order, party in enumerate(draft.parties):
            uid = party.uid if party.uid not in used else _random_uid("party")
            used.add(uid)
            key = c.execute(insert(table_of(m.Party)).values(
                project_id=project_id, uid=uid, sort_order=order, name=party.name, side=party.side)
            ).inserted_primary_key
            assert key is not None
            party_ids.append(int(key[0]))
        for order, person in enumerate(draft.people):  # a random id: a name must not outlive its erasure
            c.execute(insert(table_of(m.Person)).values(
                project_id=project_id, uid=_random_uid("person"), sort_order=order, name=person.name.strip(),
                party_id=party_ids[person.party] if person.party is not None else None, role=_text(person.role)))
        return project_id

    result: int = run_write(library, work)
    return result
