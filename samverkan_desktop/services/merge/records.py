"""A project document taken apart into records keyed by stable id, and put back together.

A merge compares records, never names: each party, person, mandate, question, tag,
session, attendance line, agenda item, minute note, entry, tagging and action becomes
one record under a key made of ids (an entry's key is its session's id and its own).
Records without an id of their own are keyed by what identifies them: an attendance line
by its person, a minute note by its party and text, a tagging by its tag and span (each
with a running number for exact repeats). A record's value is its object in the file
without its child lists; the children are records of their own, in ordered containers.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

Key = tuple[Any, ...]

#: the file's top-level lists and the kind of record each holds
TOP_LISTS = (("parties", "party"), ("people", "person"), ("mandates", "mandate"),
             ("questions", "question"), ("tags", "tag"), ("sessions", "session"), ("actions", "action"))
#: the kinds of record, in the order a preview lists them
KINDS = ("project", "party", "person", "mandate", "question", "tag", "session", "attendance",
         "agenda", "note", "entry", "tagging", "action")
#: kinds whose record can be kept twice (the other side's as a copy with an id of its own)
COPYABLE = frozenset({"party", "person", "mandate", "question", "tag", "agenda", "entry", "action"})
SESSION_CHILDREN = (("attendance", "attendance"), ("agenda", "agenda"), ("entries", "entry"))
#: keys that say where a record came from; two records differing only there are the same
ORIGIN = "origin"


@dataclass
class Flat:
    """A document as records: values, the container each sits in, and container order."""

    records: dict[Key, dict[str, Any]] = field(default_factory=dict)
    container: dict[Key, Key] = field(default_factory=dict)
    order: dict[Key, list[Key]] = field(default_factory=dict)

    def add(self, key: Key, value: dict[str, Any], container: Key) -> None:
        self.records[key] = value
        self.container[key] = container
        self.order.setdefault(container, []).append(key)


def kind_of(key: Key) -> str:
    return str(key[0])


def same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Two record values are the same when they differ at most in where they came from."""
    if a is None or b is None:
        return a is b
    if ORIGIN not in a and ORIGIN not in b:
        return a == b
    return {k: v for k, v in a.items() if k != ORIGIN} == {k: v for k, v in b.items() if k != ORIGIN}


def _without(item: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in keys}


def flatten(document: dict[str, Any]) -> Flat:
    """The records of a (validated) document."""
    flat = Flat()
    flat.add(("project",), dict(document["project"]), ("top",))
    for name, kind in TOP_LISTS:
        for item in document.get(name, []):
            if kind == "session":
                _flatten_session(flat, item)
            else:
                flat.add((kind, item["id"]), dict(item), ("list", name))
    return flat


def _flatten_session(flat: Flat, session: dict[str, Any]) -> None:
    s = session["id"]
    flat.add(("session", s), _without(session, "attendance", "agenda", "entries"), ("list", "sessions"))
    for line in session.get("attendance", []):
        flat.add(("attendance", s, line["person"]), dict(line), ("attendance", s))
    for item in session.get("agenda", []):
        a = item["id"]
        flat.add(("agenda", s, a), _without(item, "minute_notes"), ("agenda", s))
        seen: Counter[tuple[str, str]] = Counter()
        for note in item.get("minute_notes", []):
            ident = (note["party"], note["text"])
            flat.add(("note", s, a, *ident, seen[ident]), dict(note), ("notes", s, a))
            seen[ident] += 1
    for entry in session.get("entries", []):
        e = entry["id"]
        flat.add(("entry", s, e), _without(entry, "tags"), ("entries", s))
        spans: Counter[tuple[Any, ...]] = Counter()
        for tagging in entry.get("tags", []):
            span = (tagging["tag"], tagging.get("start"), tagging.get("end"))
            flat.add(("tagging", s, e, *span, spans[span]), dict(tagging), ("tags", s, e))
            spans[span] += 1


def owner_of(key: Key) -> Key | None:
    """The record a record lives in (its session, agenda item or entry); None at the top."""
    kind = kind_of(key)
    if kind in ("attendance", "agenda", "entry"):
        return ("session", key[1])
    if kind == "note":
        return ("agenda", key[1], key[2])
    if kind == "tagging":
        return ("entry", key[1], key[2])
    return None


def references(key: Key, value: dict[str, Any]) -> list[Key]:
    """The records a record points to (besides its owner)."""
    kind = kind_of(key)
    refs: list[Key] = []

    def one(ref_kind: str, uid: Any, *scope: Any) -> None:
        if uid is not None:
            refs.append((ref_kind, *scope, uid))

    if kind == "person":
        one("party", value.get("party"))
    elif kind == "question":
        for uid in value.get("mandates", []):
            one("mandate", uid)
    elif kind == "tag":
        one("tag", value.get("parent"))
        for uid in value.get("mandates", []):
            one("mandate", uid)
    elif kind == "session":
        for uid in (value.get("adjusted") or {}).get("by", []):
            one("person", uid)
    elif kind == "attendance":
        one("person", value["person"])
    elif kind == "agenda":
        one("question", value.get("question"))
    elif kind == "note":
        one("party", value["party"])
    elif kind == "entry":
        one("agenda", value.get("agenda_item"), key[1])
        one("question", value.get("question"))
        one("party", value.get("party"))
        one("person", value.get("person"))
    elif kind == "tagging":
        one("tag", value["tag"])
    elif kind == "action":
        one("session", value.get("session"))
        one("tag", value.get("improvement"))
    return refs


def rebuild(top: dict[str, Any], records: dict[Key, dict[str, Any]], order: dict[Key, list[Key]]) -> dict[str, Any]:
    """A document from records: ``top`` gives the keys around the lists (format, version ...)."""
    document = copy.copy(top)
    document["project"] = records[("project",)]

    def items(container: Key) -> list[dict[str, Any]]:
        return [records[k] for k in order.get(container, []) if k in records]

    for name, kind in TOP_LISTS:
        if kind != "session":
            document[name] = [dict(v) for v in items(("list", name))]
    sessions = []
    for key in order.get(("list", "sessions"), []):
        if key not in records:
            continue
        s = key[1]
        session = dict(records[key])
        attendance = [dict(v) for v in items(("attendance", s))]
        agenda = []
        for a_key in order.get(("agenda", s), []):
            if a_key in records:
                point = dict(records[a_key])
                notes = [dict(v) for v in items(("notes", s, a_key[2]))]
                if notes:
                    point["minute_notes"] = notes
                agenda.append(point)
        entries = []
        for e_key in order.get(("entries", s), []):
            if e_key in records:
                entry = dict(records[e_key])
                tags = [dict(v) for v in items(("tags", s, e_key[2]))]
                if tags:
                    entry["tags"] = tags
                entries.append(entry)
        for name, value in (("attendance", attendance), ("agenda", agenda), ("entries", entries)):
            if value:
                session[name] = value
        sessions.append(session)
    document["sessions"] = sessions
    return document
