"""The tags of a project as a tree: themes, strengths and improvement areas.

Reading gives frozen ``TagNode`` snapshots with their tagging counts. The structural
changes (merge two tags, delete a tag keeping its children, re-parent) each return a
``TagChange``: a snapshot of every row the change touched, taken before it, so that
``undo_change`` puts the library back exactly (ids, order, memos, links included).
Creating and editing single fields goes through the generic ``Editor``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.editing import InvalidValue, run_write
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.storage.library import Library

#: calm default colours for new tags, per kind (blues, greens, warm earth tones)
PALETTES: dict[str, tuple[str, ...]] = {
    "theme": ("#1f5f8b", "#3d85c6", "#4a7c8c", "#5b6fa8", "#6d8fb3", "#2e6f95"),
    "strength": ("#2e7d5b", "#4f9a6e", "#138d75", "#6b8e4e", "#3f7f6f", "#7aa37a"),
    "improvement": ("#c0703a", "#b5563b", "#a0522d", "#c48a2c", "#9c6644", "#b86b77"),
}


class TagRefused(InvalidValue):
    """A tag change that would break the tree (a cycle, mixed kinds, another project)."""

    code = "tag_refused"


@dataclass(frozen=True)
class TagNode:
    """One tag with its place in the tree and how much it is used."""

    id: int
    uid: str
    kind: str
    name: str
    parent_id: int | None
    color: str | None
    description: str | None
    proposal: str | None
    priority: str | None
    owner: str | None
    mandate_ids: tuple[int, ...]
    #: taggings of this tag itself, and the distinct entries they are on
    taggings: int
    entries: int
    sort_order: int


@dataclass(frozen=True)
class TagChange:
    """What a structural change overwrote: rows as they were, and link lists to put back."""

    project_id: int
    rows: tuple[tuple[str, dict[str, Any]], ...]
    links: tuple[tuple[str, str, int], ...]
    #: entries whose taggings changed (views of those entries reload)
    entry_ids: tuple[int, ...] = ()


TAG, TAGGING, TAG_MANDATE, ACTION = (table_of(m.Tag), table_of(m.Tagging), table_of(m.TagMandate),
                                     table_of(m.ActionItem))
QUOTE = table_of(m.ReportQuote)
#: the previous round's items: an earlier improvement area may be matched to a tag
PREVIOUS = table_of(m.PreviousItem)


def default_color(kind: str, index: int) -> str:
    """A colour for the ``index``-th tag of ``kind`` (cycles through the kind's palette)."""
    palette = PALETTES.get(str(kind), PALETTES["theme"])
    return palette[index % len(palette)]


def tag_tree(library: Library, project_id: int) -> list[TagNode]:
    """Every tag of the project, depth first, siblings in their stored order."""
    with library.engine.connect() as c:
        rows = c.execute(select(TAG).where(TAG.c.project_id == project_id)
                         .order_by(TAG.c.sort_order, TAG.c.id)).all()
        ids = [r.id for r in rows]
        counts = {tag_id: (n, e) for tag_id, n, e in c.execute(
            select(TAGGING.c.tag_id, func.count(), func.count(TAGGING.c.entry_id.distinct()))
            .where(TAGGING.c.tag_id.in_(ids)).group_by(TAGGING.c.tag_id)).all()}
        mandates: dict[int, list[int]] = {}
        for tag_id, mandate_id in c.execute(select(TAG_MANDATE.c.tag_id, TAG_MANDATE.c.mandate_id)
                                            .where(TAG_MANDATE.c.tag_id.in_(ids))
                                            .order_by(TAG_MANDATE.c.sort_order)).all():
            mandates.setdefault(tag_id, []).append(mandate_id)
    nodes = [TagNode(r.id, r.uid, str(r.kind), r.name, r.parent_id, r.color, r.description, r.proposal,
                     None if r.priority is None else str(r.priority), r.owner, tuple(mandates.get(r.id, ())),
                     *counts.get(r.id, (0, 0)), r.sort_order) for r in rows]
    children: dict[int | None, list[TagNode]] = {}
    known = set(ids)
    for node in nodes:
        children.setdefault(node.parent_id if node.parent_id in known else None, []).append(node)
    ordered: list[TagNode] = []

    def walk(parent: int | None) -> None:
        for node in children.get(parent, []):
            ordered.append(node)
            walk(node.id)

    walk(None)
    return ordered


def descendant_ids(nodes: Iterable[TagNode], tag_id: int) -> set[int]:
    """The ids below ``tag_id`` (not itself)."""
    return _below(((node.id, node.parent_id) for node in nodes), tag_id)


def tagging_count(library: Library, tag_id: int, include_descendants: bool = False) -> tuple[int, int]:
    """(taggings, distinct entries) of a tag, optionally with every tag below it."""
    with library.engine.connect() as c:
        project_id = c.execute(select(TAG.c.project_id).where(TAG.c.id == tag_id)).scalar()
        if project_id is None:
            raise NotFound(LocalText("Taggen finns inte längre.", "The tag no longer exists."))
        ids = {tag_id}
        if include_descendants:
            pairs = c.execute(select(TAG.c.id, TAG.c.parent_id).where(TAG.c.project_id == project_id)).all()
            ids |= _below(pairs, tag_id)
        n, e = c.execute(select(func.count(), func.count(TAGGING.c.entry_id.distinct()))
                         .where(TAGGING.c.tag_id.in_(ids))).one()
    return int(n), int(e)


def _below(pairs: Iterable[Any], tag_id: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for child, parent in pairs:
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[int] = set()
    stack = list(children.get(tag_id, []))
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


# -- snapshots -------------------------------------------------------------------------
def _tag(c: Connection, tag_id: int) -> Any:
    row = c.execute(select(TAG).where(TAG.c.id == tag_id)).mappings().first()
    if row is None:
        raise NotFound(LocalText("Taggen finns inte längre.", "The tag no longer exists."))
    return row


def _snapshot(c: Connection, project_id: int, tag_ids: list[int], entry_ids: Iterable[int] = ()) -> TagChange:
    """Every tag of the project, and the taggings, links, actions and report quotes of ``tag_ids``."""
    rows: list[tuple[str, dict[str, Any]]] = []
    taggings = select(TAGGING.c.id).where(TAGGING.c.tag_id.in_(tag_ids))
    for table, where in ((TAG, TAG.c.project_id == project_id), (TAGGING, TAGGING.c.tag_id.in_(tag_ids)),
                         (ACTION, ACTION.c.improvement_id.in_(tag_ids)),
                         (TAG_MANDATE, TAG_MANDATE.c.tag_id.in_(tag_ids)),
                         (QUOTE, QUOTE.c.tag_id.in_(tag_ids) | QUOTE.c.tagging_id.in_(taggings)),
                         (PREVIOUS, PREVIOUS.c.match_tag_id.in_(tag_ids))):
        rows += [(table.name, dict(r)) for r in c.execute(select(table).where(where)).mappings()]
    entries = {data["entry_id"] for name, data in rows if name == TAGGING.name} | set(entry_ids)
    return TagChange(project_id, tuple(rows), tuple((TAG_MANDATE.name, "tag_id", t) for t in tag_ids),
                     tuple(sorted(entries)))


def undo_change(library: Library, change: TagChange) -> None:
    """Put back every row as ``change`` recorded it (rows that are gone are inserted again)."""

    def work(c: Connection) -> None:
        tables = m.Base.metadata.tables
        for table_name, column, owner in change.links:
            table = tables[table_name]
            c.execute(delete(table).where(table.c[column] == owner))
        tags = [data for name, data in change.rows if name == TAG.name]
        existing = set(c.execute(select(TAG.c.id).where(TAG.c.project_id == change.project_id)).scalars())
        # a restored tag first without its parent link: its parent may come later in the list
        for data in tags:
            if data["id"] not in existing:
                c.execute(insert(TAG).values({**data, "parent_id": None}))
        for data in tags:
            c.execute(update(TAG).where(TAG.c.id == data["id"]).values(**data))
        for table_name, data in change.rows:
            table = tables[table_name]
            if table is TAG:
                continue
            updated = "id" in table.c and c.execute(
                update(table).where(table.c.id == data["id"]).values(**data)).rowcount > 0
            if not updated:
                c.execute(insert(table).values(**data))

    run_write(library, work)


# -- the changes -----------------------------------------------------------------------
def _same_project_and_kind(source: Any, target: Any) -> None:
    if source["project_id"] != target["project_id"]:
        raise TagRefused(LocalText("Taggarna hör till olika projekt.", "The tags belong to different projects."))
    if source["kind"] != target["kind"]:
        raise TagRefused(LocalText(
            "Ett tema, något som fungerar och ett förbättringsområde kan inte blandas i samma träd.",
            "A theme, a strength and an improvement area cannot be mixed in one tree."))


def _pairs(c: Connection, project_id: int) -> list[Any]:
    return list(c.execute(select(TAG.c.id, TAG.c.parent_id).where(TAG.c.project_id == project_id)).all())


def _touch(c: Connection, project_id: int) -> None:
    project = table_of(m.Project)
    c.execute(update(project).where(project.c.id == project_id).values(updated_at=utcnow()))


def _place(c: Connection, project_id: int, tag_id: int, parent_id: int | None, index: int | None) -> None:
    """Make ``tag_id`` the ``index``-th child of ``parent_id`` (default: last); renumber the project's list."""
    order = list(c.execute(select(TAG.c.id, TAG.c.parent_id).where(TAG.c.project_id == project_id)
                           .order_by(TAG.c.sort_order, TAG.c.id)).all())
    ids = [tid for tid, _ in order if tid != tag_id]
    siblings = [tid for tid, parent in order if parent == parent_id and tid != tag_id]
    if index is not None and 0 <= index < len(siblings):
        ids.insert(ids.index(siblings[index]), tag_id)
    elif siblings:
        ids.insert(ids.index(siblings[-1]) + 1, tag_id)
    else:
        ids.append(tag_id)
    c.execute(update(TAG).where(TAG.c.id == tag_id).values(parent_id=parent_id, updated_at=utcnow()))
    for position, tid in enumerate(ids):
        c.execute(update(TAG).where(TAG.c.id == tid, TAG.c.sort_order != position).values(sort_order=position))


def reparent(library: Library, tag_id: int, new_parent_id: int | None, index: int | None = None) -> TagChange:
    """Nest a tag under another of its kind (None: top level), at ``index`` among its new siblings."""

    def work(c: Connection) -> TagChange:
        tag = _tag(c, tag_id)
        if new_parent_id is not None:
            parent = _tag(c, new_parent_id)
            _same_project_and_kind(tag, parent)
            if new_parent_id == tag_id or new_parent_id in _below(_pairs(c, tag["project_id"]), tag_id):
                raise TagRefused(LocalText(
                    "En tagg kan inte placeras under sig själv eller under en av sina undertaggar.",
                    "A tag cannot be placed under itself or under one of its own sub-tags."))
        change = _snapshot(c, tag["project_id"], [])
        _place(c, tag["project_id"], tag_id, new_parent_id, index)
        _touch(c, tag["project_id"])
        return change

    return run_write(library, work)


def delete_tag(library: Library, tag_id: int) -> TagChange:
    """Delete a tag and its taggings; its children move up one level, into its place."""

    def work(c: Connection) -> TagChange:
        tag = _tag(c, tag_id)
        change = _snapshot(c, tag["project_id"], [tag_id])
        children = list(c.execute(select(TAG.c.id).where(TAG.c.parent_id == tag_id)
                                  .order_by(TAG.c.sort_order, TAG.c.id)).scalars())
        c.execute(update(TAG).where(TAG.c.id.in_(children)).values(parent_id=tag["parent_id"]))
        c.execute(delete(TAG).where(TAG.c.id == tag_id))
        _compact(c, tag["project_id"])
        _touch(c, tag["project_id"])
        return change

    return run_write(library, work)


def merge_tags(library: Library, source_id: int, target_id: int) -> TagChange:
    """Move every tagging, child, mandate link, action, report quote and earlier round's match of
    ``source`` to ``target``; delete ``source``.

    A tagging that ``target`` already has on the same entry and span collapses into
    the existing one (a memo it carried is kept, appended to the target's; a quote of its
    words now quotes the existing one's).
    """

    def work(c: Connection) -> TagChange:
        source, target = _tag(c, source_id), _tag(c, target_id)
        if source_id == target_id:
            raise TagRefused(LocalText("En tagg kan inte slås ihop med sig själv.",
                                       "A tag cannot be merged with itself."))
        _same_project_and_kind(source, target)
        project_id = source["project_id"]
        change = _snapshot(c, project_id, [source_id, target_id])
        if target_id in _below(_pairs(c, project_id), source_id):
            _place(c, project_id, target_id, source["parent_id"], None)  # lift it out first: no cycle
        kept = {(g.entry_id, g.start, g.end): g for g in c.execute(
            select(TAGGING).where(TAGGING.c.tag_id == target_id)).all()}
        for g in c.execute(select(TAGGING).where(TAGGING.c.tag_id == source_id)).all():
            twin = kept.get((g.entry_id, g.start, g.end))
            if twin is None:
                c.execute(update(TAGGING).where(TAGGING.c.id == g.id).values(tag_id=target_id))
                continue
            if g.memo and g.memo != twin.memo:
                memo = f"{twin.memo}\n{g.memo}" if twin.memo else g.memo
                c.execute(update(TAGGING).where(TAGGING.c.id == twin.id).values(memo=memo))
            c.execute(update(QUOTE).where(QUOTE.c.tagging_id == g.id).values(tagging_id=twin.id))
            c.execute(delete(TAGGING).where(TAGGING.c.id == g.id))
        linked = list(c.execute(select(TAG_MANDATE.c.mandate_id).where(TAG_MANDATE.c.tag_id == target_id)
                                .order_by(TAG_MANDATE.c.sort_order)).scalars())
        for mandate_id in c.execute(select(TAG_MANDATE.c.mandate_id).where(TAG_MANDATE.c.tag_id == source_id)
                                    .order_by(TAG_MANDATE.c.sort_order)).scalars().all():
            if mandate_id not in linked:
                c.execute(insert(TAG_MANDATE).values(tag_id=target_id, mandate_id=mandate_id,
                                                     sort_order=len(linked)))
                linked.append(mandate_id)
        c.execute(update(ACTION).where(ACTION.c.improvement_id == source_id).values(improvement_id=target_id))
        c.execute(update(QUOTE).where(QUOTE.c.tag_id == source_id).values(tag_id=target_id))
        c.execute(update(PREVIOUS).where(PREVIOUS.c.match_tag_id == source_id).values(match_tag_id=target_id))
        c.execute(update(TAG).where(TAG.c.parent_id == source_id).values(parent_id=target_id))
        c.execute(delete(TAG).where(TAG.c.id == source_id))
        _compact(c, project_id)
        _touch(c, project_id)
        return change

    return run_write(library, work)


def _compact(c: Connection, project_id: int) -> None:
    ids = c.execute(select(TAG.c.id).where(TAG.c.project_id == project_id)
                    .order_by(TAG.c.sort_order, TAG.c.id)).scalars().all()
    for position, tid in enumerate(ids):
        c.execute(update(TAG).where(TAG.c.id == tid, TAG.c.sort_order != position).values(sort_order=position))

