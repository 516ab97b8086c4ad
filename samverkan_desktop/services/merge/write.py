"""Write a merge into the library as the changes it makes, not as a new copy of the project.

The merged document and the central one are taken apart into records (``records``);
what differs is written, inside the caller's transaction: rows removed (children first),
rows added and changed (parents first, with the importer's own row builders), the lists
without ids of their own (minute notes, taggings, mandate links, adjusters) written anew
where they changed, and ``sort_order`` set where a record moved. Unchanged rows keep
their ids, time stamps and search-index entries, and meeting mode's drafts stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.interchange import fields as f
from samverkan_desktop.services.interchange.importer import mandate_row, plain_row, session_row
from samverkan_desktop.services.merge.records import Flat, Key, flatten, kind_of

#: kinds written row by row, parents first
ORDER = ("party", "person", "mandate", "question", "tag", "session", "attendance", "agenda", "entry", "action")
MODELS: dict[str, type[m.Base]] = {
    "party": m.Party, "person": m.Person, "mandate": m.Mandate, "question": m.Question, "tag": m.Tag,
    "session": m.Session, "attendance": m.Attendance, "agenda": m.AgendaItem, "entry": m.Entry,
    "action": m.ActionItem,
}
IN_SESSION = frozenset({"attendance", "agenda", "entry"})
FIELDS: dict[str, Sequence[tuple[str, str | None]]] = {
    "party": f.PARTY, "person": f.PERSON, "question": f.QUESTION, "tag": f.TAG, "attendance": f.ATTENDANCE,
    "agenda": f.AGENDA, "entry": f.ENTRY, "action": f.ACTION,
}


class _Ids:
    """uid -> (id, sort_order) of the project's rows, kept up to date as rows are added."""

    def __init__(self, c: Connection, project_id: int) -> None:
        self.rows: dict[Key, tuple[int, int]] = {}
        session = table_of(m.Session)
        sessions = {r.id: r.uid for r in c.execute(select(session.c.id, session.c.uid)
                                                   .where(session.c.project_id == project_id))}
        person = table_of(m.Person)
        for kind, model in MODELS.items():
            t = table_of(model)
            if kind in IN_SESSION:
                ident = person.c.uid if kind == "attendance" else t.c.uid
                query = select(t.c.id, t.c.sort_order, t.c.session_id, ident.label("ident"))
                if kind == "attendance":
                    query = query.join(person, person.c.id == t.c.person_id)
                for r in c.execute(query.where(t.c.session_id.in_(list(sessions)))):
                    self.rows[(kind, sessions[r.session_id], r.ident)] = (r.id, r.sort_order)
            else:
                for own in c.execute(select(t.c.id, t.c.sort_order, t.c.uid).where(t.c.project_id == project_id)):
                    self.rows[(kind, own.uid)] = (own.id, own.sort_order)

    def id(self, key: Key) -> int:
        return self.rows[key][0]

    def ref(self, kind: str, uid: Any, *scope: Any) -> int | None:
        return None if uid is None else self.rows[(kind, *scope, uid)][0]


def _build(kind: str, key: Key, value: dict[str, Any], ids: _Ids, project_id: int) -> dict[str, Any]:
    """The row of a record, as the importer builds it, with its references resolved."""
    if kind == "mandate":
        row = mandate_row(value)
    elif kind == "session":
        row = session_row(value)
    else:
        row = plain_row(value, FIELDS[kind])
    if kind in IN_SESSION:
        row["session_id"] = ids.id(("session", key[1]))
    else:
        row["project_id"] = project_id
    if kind == "person":
        row["party_id"] = ids.ref("party", value.get("party"))
    elif kind == "attendance":
        row["person_id"] = ids.ref("person", value["person"])
    elif kind == "agenda":
        row["question_id"] = ids.ref("question", value.get("question"))
    elif kind == "entry":
        row.update(agenda_item_id=ids.ref("agenda", value.get("agenda_item"), key[1]),
                   question_id=ids.ref("question", value.get("question")),
                   party_id=ids.ref("party", value.get("party")), person_id=ids.ref("person", value.get("person")))
    elif kind == "action":
        row.update(session_id=ids.ref("session", value.get("session")),
                   improvement_id=ids.ref("tag", value.get("improvement")))
    return row


def _positions(flat: Flat) -> dict[Key, int]:
    return {key: index for keys in flat.order.values() for index, key in enumerate(keys)}


def _children(flat: Flat, container: Key) -> list[dict[str, Any]]:
    return [flat.records[k] for k in flat.order.get(container, [])]


def _replace_links(c: Connection, table: Table, owner: str, owner_id: int, target: str,
                   targets: list[int | None]) -> None:
    c.execute(delete(table).where(table.c[owner] == owner_id))
    rows = [{owner: owner_id, target: t, "sort_order": i} for i, t in enumerate(targets) if t is not None]
    if rows:
        c.execute(insert(table), rows)


def write_changes(c: Connection, project_id: int, old_document: dict[str, Any], new_document: dict[str, Any]) -> None:
    """Make the project ``project_id`` (now ``old_document``) hold ``new_document``."""
    old, new = flatten(old_document), flatten(new_document)
    ids, now = _Ids(c, project_id), utcnow()
    position = _positions(new)
    changed_sets = {container for container in set(old.order) | set(new.order)
                    if container[0] in ("notes", "tags") and _children(old, container) != _children(new, container)}
    note = table_of(m.MinuteNote)
    kept_taggings: dict[Key, int] = {}
    for container in changed_sets:  # notes written anew below, once their owners exist
        if container[0] == "notes":
            owner = ("agenda", container[1], container[2])
            if owner in ids.rows:
                c.execute(delete(note).where(note.c.agenda_item_id == ids.id(owner)))
        elif ("entry", *container[1:]) in ids.rows:  # taggings: the unchanged keep their ids (quotes)
            kept_taggings |= _keep_taggings(c, container, old, new, ids.id(("entry", *container[1:])))
    by_kind: dict[str, list[Key]] = {kind: [] for kind in ORDER}
    for key in new.records:
        if kind_of(key) in by_kind:
            by_kind[kind_of(key)].append(key)
    for kind in reversed(ORDER):  # removed rows, children first
        gone = [ids.rows.pop(k)[0] for k in old.records if kind_of(k) == kind and k not in new.records
                and k in ids.rows]
        if gone:
            table = table_of(MODELS[kind])
            for start in range(0, len(gone), 500):
                c.execute(delete(table).where(table.c.id.in_(gone[start:start + 500])))
    for kind in ORDER:  # added and changed rows, parents first
        table = table_of(MODELS[kind])
        added = []
        for key in by_kind[kind]:
            value = new.records[key]
            if key in old.records and old.records[key] == value and ids.rows[key][1] == position[key]:
                continue
            row = _build(kind, key, value, ids, project_id)
            row.update(sort_order=position[key], updated_at=now)
            if key in ids.rows:
                c.execute(update(table).where(table.c.id == ids.id(key)).values(row))
                ids.rows[key] = (ids.id(key), position[key])
            else:
                row["created_at"] = now
                added.append((key, row))
        if added:  # ids handed out here, as the importer does, so that one executemany writes them
            top = int(c.execute(select(func.max(table.c.id))).scalar() or 0)
            for offset, (key, row) in enumerate(added, start=1):
                row["id"] = top + offset
                ids.rows[key] = (top + offset, position[key])
            rows = [row for _key, row in added]
            for start in range(0, len(rows), 5000):
                c.execute(insert(table), rows[start:start + 5000])
        _links(c, kind, by_kind[kind], old, new, ids)
    for container in changed_sets:
        _write_set(c, container, new, ids, now, kept_taggings)
    if old.records[("project",)] != new.records[("project",)]:
        project = table_of(m.Project)
        c.execute(update(project).where(project.c.id == project_id)
                  .values(plain_row(new.records[("project",)], f.PROJECT) | {"updated_at": now}))


def _links(c: Connection, kind: str, keys: list[Key], old: Flat, new: Flat, ids: _Ids) -> None:
    """Tag parents, the mandate links of questions and tags, and the adjusters of sessions."""
    def differs(key: Key, read: Callable[[dict[str, Any]], Any]) -> bool:
        return key not in old.records or read(old.records[key]) != read(new.records[key])

    if kind == "tag":
        tags = table_of(m.Tag)
        for key in keys:
            if differs(key, lambda v: v.get("parent")):
                c.execute(update(tags).where(tags.c.id == ids.id(key))
                          .values(parent_id=ids.ref("tag", new.records[key].get("parent"))))
    if kind in ("question", "tag"):
        table = table_of(m.QuestionMandate if kind == "question" else m.TagMandate)
        for key in keys:
            if differs(key, lambda v: v.get("mandates")):
                _replace_links(c, table, f"{kind}_id", ids.id(key), "mandate_id",
                               [ids.ref("mandate", uid) for uid in new.records[key].get("mandates", [])])
    if kind == "session":
        for key in keys:
            if differs(key, lambda v: (v.get("adjusted") or {}).get("by")):
                by = (new.records[key].get("adjusted") or {}).get("by", [])
                _replace_links(c, table_of(m.SessionAdjuster), "session_id", ids.id(key), "person_id",
                               [ids.ref("person", uid) for uid in by])


def _keep_taggings(c: Connection, container: Key, old: Flat, new: Flat, entry_id: int) -> dict[Key, int]:
    """Remove an entry's taggings that the merge removes or changes; the ids of those it keeps."""
    tagging, tag = table_of(m.Tagging), table_of(m.Tag)
    rows = c.execute(select(tagging.c.id, tag.c.uid, tagging.c.start, tagging.c.end)
                     .join(tag, tag.c.id == tagging.c.tag_id).where(tagging.c.entry_id == entry_id)
                     .order_by(tagging.c.sort_order, tagging.c.id)).all()
    seen: dict[tuple[Any, ...], int] = {}
    kept: dict[Key, int] = {}
    gone = []
    for row in rows:
        span = (row.uid, row.start, row.end)
        key = ("tagging", *container[1:], *span, seen.get(span, 0))
        seen[span] = seen.get(span, 0) + 1
        if key in new.records and old.records.get(key) == new.records[key]:
            kept[key] = row.id
        else:
            gone.append(row.id)
    if gone:
        c.execute(delete(tagging).where(tagging.c.id.in_(gone)))
    return kept


def _write_set(c: Connection, container: Key, new: Flat, ids: _Ids, now: Any,
               kept: dict[Key, int] | None = None) -> None:
    """The minute notes of an agenda item, or the taggings of an entry, in the merged order."""
    rows = []
    if container[0] == "notes":
        owner = ("agenda", container[1], container[2])
        if owner not in ids.rows:
            return
        for order, value in enumerate(_children(new, container)):
            rows.append(plain_row(value, f.MINUTE_NOTE) | {
                "agenda_item_id": ids.id(owner), "party_id": ids.ref("party", value["party"]), "sort_order": order,
                "created_at": now, "updated_at": now})
        table = table_of(m.MinuteNote)
    else:
        owner = ("entry", container[1], container[2])
        if owner not in ids.rows:
            return
        table = table_of(m.Tagging)
        for order, key in enumerate(new.order.get(container, [])):
            if key in (kept or {}):
                c.execute(update(table).where(table.c.id == (kept or {})[key]).values(sort_order=order))
                continue
            value = new.records[key]
            rows.append(plain_row(value, f.TAGGING) | {
                "entry_id": ids.id(owner), "tag_id": ids.ref("tag", value["tag"]), "sort_order": order,
                "created_at": now, "updated_at": now})
    if rows:
        c.execute(insert(table), rows)
