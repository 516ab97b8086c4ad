"""The three-way merge of two project documents against the starting point they share.

Pure: documents in, a ``MergePlan`` out (the merged document, the counts of a preview,
the conflicts and what each resolution does). Nothing is matched by name:

- a record only one side changed (added, edited or removed) takes that side's version;
- a record both changed, differently, is a ``Conflict``; it is resolved by a choice
  per conflict: ``mine`` (the central version), ``theirs``, or ``both`` (the central
  version stays and the other side's is added beside it as a copy with an id of its
  own, its ``origin.conflict_copy_of`` naming the original). Where a record cannot be
  kept twice (the project's own texts, a session's heading, an attendance line), ``both``
  keeps the central version and the other side's stays in the stored received copy;
- an entry whose text one side changed while the other marked spans of the old text
  is a conflict too (the spans would point at the wrong words);
- a session adjusted (justerat) on the central side is never changed: any change the
  other side made in it is one conflict that only ``mine`` resolves (reopen the session
  and merge again to take the changes);
- a tag the other side created under a name the central side already has is offered
  for combining (``combine``), never combined silently;
- a deletion never breaks a reference: a record still pointed to is kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from samverkan_desktop.domain.rules import is_read_only
from samverkan_desktop.services.merge.records import (
    COPYABLE,
    KINDS,
    ORIGIN,
    Flat,
    Key,
    flatten,
    kind_of,
    owner_of,
    rebuild,
    references,
    same,
)

Choice = Literal["mine", "theirs", "both"]
CHOICES: tuple[Choice, ...] = ("mine", "theirs", "both")
#: kinds of record that a merge marks with where they came from
MARKED = COPYABLE | {"session"}
COUNTS = ("added", "changed", "removed", "conflicts", "unchanged")
MAX_UID = 64


@dataclass(frozen=True)
class Conflict:
    """One record (or one adjusted session) both sides changed."""

    key: Key
    base: dict[str, Any] | None
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    #: "changed" (both changed it), "spans" (text on one side, marked spans on the other),
    #: "adjusted" (a change to a session adjusted on the central side), "locked" (a session
    #: adjusted on the other side that the central side changed too: taken whole or not)
    reason: str = "changed"
    #: for "spans" and "adjusted": the keys of the records the conflict covers
    covers: tuple[Key, ...] = ()

    @property
    def kind(self) -> str:
        return kind_of(self.key)

    @property
    def ident(self) -> str:
        """A stable name for the conflict, for choices given per conflict."""
        return "/".join(str(part) for part in self.key)

    @property
    def choices(self) -> tuple[Choice, ...]:
        if self.reason == "adjusted":
            return ("mine",)
        if self.reason == "locked":
            return ("mine", "theirs")
        return CHOICES


@dataclass(frozen=True)
class TagPair:
    """A tag the other side created under the name of a central tag: offered for combining."""

    theirs: str
    mine: str
    name: str


@dataclass
class MergePlan:
    document: dict[str, Any]
    counts: dict[str, Counter[str]]
    conflicts: list[Conflict]
    unresolved: list[Conflict]
    tag_pairs: list[TagPair]
    #: the other side's document with what was not taken (adjusted sessions) set back to
    #: the starting point: the base of the next merge
    next_base: dict[str, Any]

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counter in self.counts.values():
            total.update(counter)
        return total

    @property
    def changes_anything(self) -> bool:
        t = self.totals()
        return bool(t["added"] or t["changed"] or t["removed"])


def tag_pairs(base: Flat, mine: Flat, theirs: Flat) -> list[TagPair]:
    """Tags only the other side has whose kind and name a central tag has too."""
    names = {(v["kind"], v["name"].casefold().strip()): k[1] for k, v in mine.records.items()
             if kind_of(k) == "tag"}
    pairs = []
    for key, value in theirs.records.items():
        if kind_of(key) == "tag" and key not in base.records and key not in mine.records:
            found = names.get((value["kind"], value["name"].casefold().strip()))
            if found is not None:
                pairs.append(TagPair(key[1], found, value["name"]))
    return pairs


def combine_tags(document: dict[str, Any], pairs: Mapping[str, str]) -> dict[str, Any]:
    """The document with each tag ``theirs`` of ``pairs`` folded into ``mine``."""
    if not pairs:
        return document
    doc = dict(document)
    doc["tags"] = [dict(t, parent=pairs.get(t.get("parent"), t.get("parent"))) if "parent" in t else t
                   for t in document.get("tags", []) if t["id"] not in pairs]
    doc["actions"] = [dict(a, improvement=pairs[a["improvement"]]) if a.get("improvement") in pairs else a
                      for a in document.get("actions", [])]
    sessions = []
    for session in document.get("sessions", []):
        entries = []
        for entry in session.get("entries", []):
            if any(t["tag"] in pairs for t in entry.get("tags", [])):
                seen: set[tuple[Any, ...]] = set()
                tags = []
                for t in entry["tags"]:
                    t = dict(t, tag=pairs.get(t["tag"], t["tag"]))
                    span = (t["tag"], t.get("start"), t.get("end"))
                    if span not in seen:
                        seen.add(span)
                        tags.append(t)
                entry = dict(entry, tags=tags)
            entries.append(entry)
        sessions.append(dict(session, entries=entries) if "entries" in session else session)
    doc["sessions"] = sessions
    return doc


class _Merge:
    def __init__(self, base: Flat, mine: Flat, theirs: Flat, provenance: dict[str, str]) -> None:
        self.base, self.mine, self.theirs = base, mine, theirs
        self.provenance = provenance
        self.records: dict[Key, dict[str, Any]] = {}
        self.source: dict[Key, str] = {}
        self.status: dict[Key, str] = {}
        self.conflicts: list[Conflict] = []
        self.copies: dict[Key, list[Key]] = defaultdict(list)
        self.container: dict[Key, Key] = {}

    def take(self, key: Key, side: str) -> None:
        flat = self.mine if side == "mine" else self.theirs
        value = flat.records.get(key)
        if value is None:
            self.records.pop(key, None)
            return
        if side == "theirs" and kind_of(key) in MARKED and ORIGIN not in value:
            value = dict(value, origin=dict(self.provenance))
        self.records[key] = value
        self.source[key] = side
        self.container[key] = flat.container[key]

    def run(self) -> None:
        keys = list(self.mine.records) + [k for k in self.theirs.records if k not in self.mine.records]
        keys += [k for k in self.base.records if k not in self.mine.records and k not in self.theirs.records]
        for key in keys:
            b, mn, th = (f.records.get(key) for f in (self.base, self.mine, self.theirs))
            if same(mn, th) or same(th, b):
                self.take(key, "mine")
                self.status[key] = "unchanged"
            elif same(mn, b):
                self.take(key, "theirs")
                self.status[key] = "added" if mn is None else "removed" if th is None else "changed"
            else:
                self.take(key, "mine")
                self.status[key] = "conflict"
                self.conflicts.append(Conflict(key, b, mn, th))


_IN_SESSION = frozenset({"attendance", "agenda", "note", "entry", "tagging"})


def _by_session(*flats: Flat) -> dict[str, list[Key]]:
    """The keys of the records inside each session (of all the flats, once each)."""
    found: dict[str, dict[Key, None]] = defaultdict(dict)
    for flat in flats:
        for key in flat.records:
            if kind_of(key) in _IN_SESSION:
                found[key[1]][key] = None
    return {s: list(keys) for s, keys in found.items()}


def _span_conflicts(merge: _Merge) -> None:
    """Entries whose text one side changed while the other changed marked spans of it."""
    spans: dict[Key, dict[Key, None]] = defaultdict(dict)
    for flat in (merge.base, merge.mine, merge.theirs):
        for key in flat.records:
            if kind_of(key) == "tagging" and key[4] is not None:
                spans[owner_of(key) or key][key] = None
    for entry, keys in spans.items():
        base, mine, theirs = (f.records.get(entry) for f in (merge.base, merge.mine, merge.theirs))
        text = (base or {}).get("text")
        mine_text = mine is not None and base is not None and mine.get("text") != text
        theirs_text = theirs is not None and base is not None and theirs.get("text") != text
        if not (mine_text or theirs_text):
            continue
        mine_spans = any(not same(merge.mine.records.get(k), merge.base.records.get(k)) for k in keys)
        theirs_spans = any(not same(merge.theirs.records.get(k), merge.base.records.get(k)) for k in keys)
        if (mine_text and theirs_spans) or (theirs_text and mine_spans):
            reason = "changed" if merge.status.get(entry) == "conflict" else "spans"
            covered = (entry, *[k for k in merge.status if kind_of(k) == "tagging" and owner_of(k) == entry])
            _collapse(merge, Conflict(entry, base, mine, theirs, reason, covered))


def _collapse(merge: _Merge, conflict: Conflict) -> None:
    """Replace the conflicts and takings of ``conflict.covers`` by the one conflict."""
    covered = set(conflict.covers)
    merge.conflicts = [c for c in merge.conflicts if c.key not in covered]
    for key in covered:
        merge.take(key, "mine")
        merge.status[key] = "conflict" if key == conflict.key else "unchanged"
    merge.status[conflict.key] = "conflict"
    merge.conflicts.append(conflict)


def _adjusted_conflicts(merge: _Merge) -> None:
    """Sessions adjusted on either side that the merge would change: one conflict each."""
    inside = _by_session(merge.mine, merge.theirs, merge.base)
    for key, value in list(merge.mine.records.items()):
        if kind_of(key) != "session":
            continue
        s = key[1]
        theirs = merge.theirs.records.get(key)
        subtree = [key, *inside.get(s, [])]
        touched = any(merge.status.get(k) not in (None, "unchanged") for k in subtree)
        mine_locked = is_read_only(value.get("status"))
        theirs_locked = (theirs is not None and is_read_only(theirs.get("status"))
                         and not same(theirs, merge.base.records.get(key)))
        if not touched or not (mine_locked or theirs_locked):
            continue
        if not mine_locked:  # adjusted on the other side only: take it whole, or not at all
            mine_changed = any(not same(merge.mine.records.get(k), merge.base.records.get(k)) for k in subtree)
            if not mine_changed:
                continue
        _collapse(merge, Conflict(key, merge.base.records.get(key), value, theirs,
                                  "adjusted" if mine_locked else "locked", tuple(subtree)))


def _free_uid(wanted: str, taken: set[str]) -> str:
    stem = wanted[:MAX_UID - 10]
    n = 1
    while True:
        uid = f"{stem}-kopia{'' if n == 1 else n}"
        if uid not in taken:
            return uid
        n += 1


def _resolve(merge: _Merge, choices: Mapping[str, Choice], default: Choice | None) -> list[Conflict]:
    unresolved = []
    for conflict in merge.conflicts:
        choice = choices.get(conflict.ident, default)
        if choice is None or choice not in conflict.choices:
            unresolved.append(conflict)
            continue
        keys = conflict.covers or (conflict.key,)
        if choice == "theirs":
            for key in keys:
                merge.take(key, "theirs")
        elif choice == "both":
            _keep_both(merge, conflict)
    return unresolved


def _keep_both(merge: _Merge, conflict: Conflict) -> None:
    key = conflict.key
    kind = kind_of(key)
    if conflict.theirs is None or kind not in COPYABLE | {"tagging"}:
        return  # nothing of theirs to add, or kept in the stored received copy
    if conflict.mine is None:  # removed here, changed there: bring theirs back
        for k in conflict.covers or (key,):
            merge.take(k, "theirs")
        return
    if kind == "tagging":  # the same span marked twice, each with its own memo
        scope = key[:-1]
        new_key = (*scope, 1 + max(k[-1] for k in (*merge.records, *merge.theirs.records) if k[:-1] == scope))
        merge.records[new_key] = dict(conflict.theirs)
        merge.source[new_key], merge.status[new_key] = "theirs", "added"
        merge.container[new_key] = merge.theirs.container[key]
        merge.copies[key].append(new_key)
        return
    scope = key[:-1]
    taken = {k[-1] for k in (*merge.records, *merge.theirs.records, *merge.base.records)
             if kind_of(k) == kind and k[:-1] == scope}
    uid = _free_uid(str(key[-1]), taken)
    new_key = (*scope, uid)
    origin = dict(conflict.theirs.get(ORIGIN) or merge.provenance, conflict_copy_of=key[-1])
    merge.records[new_key] = dict(conflict.theirs, id=uid, origin=origin)
    merge.source[new_key] = "theirs"
    merge.status[new_key] = "added"
    merge.container[new_key] = merge.theirs.container[key]
    merge.copies[key].append(new_key)
    if kind == "entry":  # the copy keeps the other side's markings of its own text
        s, e = key[1], key[2]
        for t_key, t_value in merge.theirs.records.items():
            if kind_of(t_key) == "tagging" and t_key[1] == s and t_key[2] == e:
                copy_key = ("tagging", s, uid, *t_key[3:])
                merge.records[copy_key] = dict(t_value)
                merge.source[copy_key] = "theirs"
                merge.container[copy_key] = ("tags", s, uid)
                merge.status[copy_key] = "added"


def _keep_references(merge: _Merge) -> None:
    """Bring back every record that a merged record still points to."""
    pending = list(merge.records)
    while pending:
        key = pending.pop()
        value = merge.records.get(key)
        if value is None:
            continue
        owner = owner_of(key)
        needed = ([owner] if owner is not None else []) + references(key, value)
        for ref in needed:
            if ref in merge.records:
                continue
            side = merge.source.get(key, "mine")
            other = "theirs" if side == "mine" else "mine"
            for candidate in (side, other):
                flat = merge.mine if candidate == "mine" else merge.theirs
                if ref in flat.records:
                    merge.take(ref, candidate)
                    was = merge.status.get(ref, "added")
                    merge.status[ref] = "changed" if was == "removed" else was
                    pending.append(ref)
                    break


def _keep_quoted(merge: _Merge, report: Any) -> None:
    """Keep the entries (and marked spans), mandates and tags that the central report quotes."""
    if not isinstance(report, dict):
        return
    entries = {k[2]: k for k in merge.mine.records if kind_of(k) == "entry"}
    for quote in report.get("quotes", []):
        key = entries.get(quote.get("entry"))
        if key is None:
            continue
        spans = [k for k in merge.mine.records if kind_of(k) == "tagging" and k[1:3] == key[1:]
                 and (k[4], k[5]) == (quote.get("start"), quote.get("end")) and k[4] is not None]
        wanted = [key, *spans[:1], *[(kind, quote[kind]) for kind in ("mandate", "tag") if quote.get(kind)]]
        for k in wanted:
            if k not in merge.records:
                merge.take(k, "mine")
                merge.status[k] = "unchanged"


def _order(merge: _Merge) -> dict[Key, list[Key]]:
    """Each container's records: the central order, the other side's new ones after the
    record they followed there (before the first shared one, or at the end when there is
    none), copies right after their original."""
    containers = set(merge.mine.order) | set(merge.theirs.order) | set(merge.container.values())
    order: dict[Key, list[Key]] = {}
    for container in containers:
        mine_keys = [k for k in merge.mine.order.get(container, []) if k in merge.records]
        mine_set = set(mine_keys)
        followers: dict[Key | None, list[Key]] = defaultdict(list)
        leading: list[Key] = []  # new ones before anything both have: before the first shared one
        anchor: Key | None = None
        for key in merge.theirs.order.get(container, []):
            if key in mine_set:
                anchor = key
            elif key in merge.records:
                (followers[anchor] if anchor is not None else leading).append(key)
        first = next((k for k in merge.theirs.order.get(container, []) if k in mine_set), None)
        result = []
        for key in mine_keys:
            if key == first:
                result.extend(leading)
            result.append(key)
            result.extend(followers[key])
        if first is None:
            result.extend(leading)
        final = []
        for key in result:
            final.append(key)
            final.extend(merge.copies.get(key, []))
        order[container] = final
    placed = {key for keys in order.values() for key in keys}
    for key, container in merge.container.items():  # e.g. the markings of an entry's copy
        if key in merge.records and key not in placed:
            order.setdefault(container, []).append(key)
    return order


def _counts(merge: _Merge) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for key, status in merge.status.items():
        counts[kind_of(key)]["conflicts" if status == "conflict" else status] += 1
    return counts


def _next_base(theirs: dict[str, Any], base: dict[str, Any], blocked: set[str]) -> dict[str, Any]:
    doc = {k: v for k, v in theirs.items() if k != "collaboration"}
    if blocked:
        kept = {s["id"]: s for s in base.get("sessions", []) if s["id"] in blocked}
        doc["sessions"] = [kept.get(s["id"], s) if s["id"] in blocked else s for s in theirs.get("sessions", [])
                           if s["id"] not in blocked or s["id"] in kept]
    return doc


def plan_merge(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any],
               provenance: dict[str, str], choices: Mapping[str, Choice] | None = None,
               default: Choice | None = None, combine: Mapping[str, str] | None = None) -> MergePlan:
    """Merge ``theirs`` into ``mine`` against ``base``; see the module docstring.

    ``choices`` resolves conflicts by ``Conflict.ident``, ``default`` the rest (None
    leaves them unresolved); ``combine`` maps tags of theirs to the central tags they fold
    into. ``provenance`` (recorder, laptop) marks what is taken from ``theirs``.
    """
    theirs_doc = combine_tags(theirs, combine or {})
    flats = (flatten(base), flatten(mine), flatten(theirs_doc))
    merge = _Merge(flats[0], flats[1], flats[2], provenance)
    merge.run()
    _span_conflicts(merge)
    _adjusted_conflicts(merge)
    pairs = tag_pairs(*flats)
    conflicts = list(merge.conflicts)
    unresolved = _resolve(merge, choices or {}, default)
    blocked = {c.key[1] for c in conflicts if c.reason == "adjusted"}
    _keep_quoted(merge, mine.get("report"))
    _keep_references(merge)
    top = {k: v for k, v in mine.items() if k not in ("project", "parties", "people", "mandates", "questions",
                                                      "tags", "sessions", "actions")}
    document = rebuild(top, merge.records, _order(merge))
    return MergePlan(document, _counts(merge), conflicts, unresolved, pairs, _next_base(theirs, base, blocked))
