""""Utkast från underlaget": the drafts of the report's texts, read from the project.

The templates are pure (``report.drafts``); this module reads what they need: the
mandates and their ratings, the improvement areas (root tags of kind improvement, as
the report prints them) with priority, proposal and owner, and for the method the
sessions, parties and question guide (``report_data.method_inputs``, the same the
report prints from when no method is written).
"""

from __future__ import annotations

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.drafts import MandateRating, Proposal, conclusions_draft, method_draft, summary_draft
from samverkan_desktop.services.library_service import sessions_of_project
from samverkan_desktop.services.report_data import method_inputs
from samverkan_desktop.services.tags import tag_tree
from samverkan_desktop.storage.library import Library

#: the texts a draft can be made for (the project's fields)
FIELDS = ("summary", "method", "conclusions")


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def improvement_areas(library: Library, project_id: int) -> list[Proposal]:
    """The improvement areas the report prints (root tags of kind improvement), in the tag manager's order."""
    tags = tag_tree(library, project_id)
    known = {t.id for t in tags}
    return [Proposal(t.name, t.priority, t.proposal, t.owner) for t in tags
            if t.kind == "improvement" and (t.parent_id is None or t.parent_id not in known)]


def draft(library: Library, project_id: int, field: str) -> str:
    """The draft of ``field`` ("summary", "method" or "conclusions") for the project."""
    if field == "summary":
        with library.sessions() as db:
            mandates = [MandateRating(f"{code} {title}".strip() if code else title, _value(rating))
                        for code, title, rating in db.execute(
                            select(m.Mandate.code, m.Mandate.title, m.Mandate.rating)
                            .where(m.Mandate.project_id == project_id).order_by(m.Mandate.sort_order))]
        return summary_draft(mandates, improvement_areas(library, project_id),
                             len(sessions_of_project(library, project_id)))
    if field == "method":
        return method_draft(*method_inputs(library, project_id))
    if field == "conclusions":
        return conclusions_draft(improvement_areas(library, project_id))
    raise ValueError(f"no draft for {field!r}")
