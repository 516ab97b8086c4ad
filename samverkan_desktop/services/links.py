"""Ordered many-to-many links between records: which mandates a question or a tag serves.

The link tables (``question_mandate``, ``tag_mandate``) have the same shape: an owner
column, a target column and a ``sort_order``. One ``Link`` describes each, so that
reading and replacing links is written once. A link list is always replaced as a
whole, in the order given; that keeps undo trivial (store the old list, put it back)
and an imported file's order intact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, insert, select, update

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.editing import InvalidValue, run_write
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class Link:
    """A link table: ``owner`` records point, in order, at ``target`` records of the same project."""

    model: type[m.Base]
    owner_model: type[m.Base]
    owner_column: str
    target_model: type[m.Base]
    target_column: str

    @property
    def table(self) -> Table:
        return table_of(self.model)

    @property
    def kind(self) -> RecordKind:
        """The kind under which a change of the links is announced (the table's name)."""
        return RecordKind(self.table.name)


QUESTION_MANDATE = Link(m.QuestionMandate, m.Question, "question_id", m.Mandate, "mandate_id")
TAG_MANDATE = Link(m.TagMandate, m.Tag, "tag_id", m.Mandate, "mandate_id")

#: every link by the name of its table (``ctx.changed`` announces link changes under it)
LINKS: dict[str, Link] = {link.table.name: link for link in (QUESTION_MANDATE, TAG_MANDATE)}


def _linked(c: Connection, link: Link, owner_id: int) -> list[int]:
    table = link.table
    return [int(target) for target in c.execute(
        select(table.c[link.target_column]).where(table.c[link.owner_column] == owner_id)
        .order_by(table.c.sort_order, table.c[link.target_column])).scalars()]


def linked_ids(library: Library, link: Link, owner_id: int) -> list[int]:
    """The ids the owner links to, in their order."""
    with library.engine.connect() as c:
        return _linked(c, link, owner_id)


def linking_owners(library: Library, link: Link, target_id: int) -> list[int]:
    """The owners that link to ``target_id`` (e.g. the questions serving a mandate), by id."""
    table = link.table
    with library.engine.connect() as c:
        return [int(owner) for owner in c.execute(
            select(table.c[link.owner_column]).where(table.c[link.target_column] == target_id)
            .order_by(table.c[link.owner_column])).scalars()]


def set_links(library: Library, link: Link, owner_id: int, target_ids: Iterable[int]) -> list[int]:
    """Replace the owner's links by ``target_ids`` (in that order, duplicates dropped).

    Every target must belong to the owner's project; returns the ids now stored.
    """
    wanted = list(dict.fromkeys(int(target) for target in target_ids))
    owner, target, table = table_of(link.owner_model), table_of(link.target_model), link.table

    def work(c: Connection) -> list[int]:
        project_id = c.execute(select(owner.c.project_id).where(owner.c.id == owner_id)).scalar()
        if project_id is None:
            raise NotFound(LocalText("Posten finns inte längre.", "The record no longer exists."))
        if wanted:
            found = set(c.execute(select(target.c.id).where(target.c.id.in_(wanted),
                                                            target.c.project_id == project_id)).scalars())
            if found != set(wanted):
                raise InvalidValue(LocalText(
                    "Kopplingen kan inte göras: posten finns inte i det här projektet.",
                    "The link cannot be made: the record is not in this project."))
        if _linked(c, link, owner_id) == wanted:
            return wanted
        c.execute(delete(table).where(table.c[link.owner_column] == owner_id))
        if wanted:
            c.execute(insert(table), [{link.owner_column: owner_id, link.target_column: target_id,
                                       "sort_order": order} for order, target_id in enumerate(wanted)])
        now = utcnow()
        c.execute(update(owner).where(owner.c.id == owner_id).values(updated_at=now))
        project = table_of(m.Project)
        c.execute(update(project).where(project.c.id == project_id).values(updated_at=now))
        return wanted

    return run_write(library, work)


def with_link(ids: Iterable[int], target_id: int, linked: bool) -> list[int]:
    """``ids`` with ``target_id`` added at the end (``linked``) or removed; the rest keeps its order."""
    current = list(ids)
    if linked:
        return current if target_id in current else [*current, target_id]
    return [i for i in current if i != target_id]


# -- the named use-cases ---------------------------------------------------------------
def mandates_of_question(library: Library, question_id: int) -> list[int]:
    """The mandates a question of the guide helps evaluate, in their order."""
    return linked_ids(library, QUESTION_MANDATE, question_id)


def questions_of_mandate(library: Library, mandate_id: int) -> list[int]:
    """The questions of the guide linked to a mandate (the same links, seen from the mandate)."""
    return linking_owners(library, QUESTION_MANDATE, mandate_id)


def set_question_mandates(library: Library, question_id: int, mandate_ids: Iterable[int]) -> list[int]:
    return set_links(library, QUESTION_MANDATE, question_id, mandate_ids)


def mandates_of_tag(library: Library, tag_id: int) -> list[int]:
    """The mandates a theme, strength or improvement area bears on, in their order."""
    return linked_ids(library, TAG_MANDATE, tag_id)


def set_tag_mandates(library: Library, tag_id: int, mandate_ids: Iterable[int]) -> list[int]:
    return set_links(library, TAG_MANDATE, tag_id, mandate_ids)
