"""Tagging entries (kodning): a tag on a whole entry or on a span of its text.

Spans are offsets in Unicode code points into the entry text (``start`` inclusive,
``end`` exclusive; both None = the whole entry). When an entry's text is edited,
``set_entry_text`` moves every span along with the words it covers
(``rebase_spans``). A span whose words were deleted or changed has lost its anchor:
it becomes a whole-entry tagging, and its memo gets a note quoting the words it
covered, so it is never silently wrong. ``restore_entry_text`` puts text and spans
back exactly (undo).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.editing import InvalidValue, run_write
from samverkan_desktop.services.errors import LocalText, NotFound, ServiceError
from samverkan_desktop.storage.library import Library

Span = tuple[int, int]
#: a tagging's place as stored: (start, end, memo)
Anchor = tuple[int | None, int | None, str | None]

LOST_NOTE = "[Markeringen tappade sitt textställe när anteckningen ändrades; den gällde: ”{words}”]"


class DuplicateTagging(ServiceError):
    code = "duplicate_tagging"


@dataclass(frozen=True)
class TagView:
    id: int
    name: str
    kind: str
    color: str | None
    parent_id: int | None


@dataclass(frozen=True)
class TaggingView:
    id: int
    entry_id: int
    tag_id: int
    tag_name: str
    color: str | None
    kind: str
    start: int | None
    end: int | None
    memo: str | None

    @property
    def whole_entry(self) -> bool:
        return self.start is None or self.end is None


@dataclass(frozen=True)
class EntryTextResult:
    """What an entry text edit did to the taggings: the ids that lost their anchor."""

    lost: list[int]
    lost_names: list[str]


def _value(value: object) -> str:
    return str(getattr(value, "value", value))


def tags_of_project(library: Library, project_id: int) -> list[TagView]:
    """The project's tags, parents before their children, each level in its order."""
    tag = table_of(m.Tag)
    with library.engine.connect() as c:
        rows = c.execute(select(tag.c.id, tag.c.name, tag.c.kind, tag.c.color, tag.c.parent_id)
                         .where(tag.c.project_id == project_id).order_by(tag.c.sort_order, tag.c.id)).all()
    views = [TagView(int(r.id), r.name, _value(r.kind), r.color, r.parent_id) for r in rows]
    known = {v.id for v in views}
    children: dict[int | None, list[TagView]] = {}
    for view in views:
        children.setdefault(view.parent_id if view.parent_id in known else None, []).append(view)
    ordered: list[TagView] = []

    def walk(parent: int | None) -> None:
        for child in children.get(parent, []):
            ordered.append(child)
            walk(child.id)

    walk(None)
    return ordered


def _views(c: Connection, where: object) -> list[TaggingView]:
    tagging, tag = table_of(m.Tagging), table_of(m.Tag)
    rows = c.execute(select(tagging.c.id, tagging.c.entry_id, tagging.c.tag_id, tag.c.name, tag.c.color,
                            tag.c.kind, tagging.c.start, tagging.c.end, tagging.c.memo)
                     .join(tag, tag.c.id == tagging.c.tag_id).where(where)  # type: ignore[arg-type]
                     .order_by(tagging.c.entry_id, tagging.c.sort_order, tagging.c.id)).all()
    return [TaggingView(int(r.id), int(r.entry_id), int(r.tag_id), r.name, r.color, _value(r.kind),
                        r.start, r.end, r.memo) for r in rows]


def taggings_of_session(library: Library, session_id: int) -> dict[int, list[TaggingView]]:
    """Every tagging of the session's entries, by entry id (entries without taggings are absent)."""
    entry = table_of(m.Entry)
    tagging = table_of(m.Tagging)
    with library.engine.connect() as c:
        views = _views(c, tagging.c.entry_id.in_(select(entry.c.id).where(entry.c.session_id == session_id)))
    result: dict[int, list[TaggingView]] = {}
    for view in views:
        result.setdefault(view.entry_id, []).append(view)
    return result


def taggings_of_entry(library: Library, entry_id: int) -> list[TaggingView]:
    with library.engine.connect() as c:
        return _views(c, table_of(m.Tagging).c.entry_id == entry_id)


def _entry_text(c: Connection, entry_id: int) -> str:
    entry = table_of(m.Entry)
    text = c.execute(select(entry.c.text).where(entry.c.id == entry_id)).scalar()
    if text is None:
        raise NotFound(LocalText("Anteckningen finns inte längre.", "The entry no longer exists."))
    return str(text)


def tag_entry(library: Library, entry_id: int, tag_id: int, start: int | None = None, end: int | None = None,
              memo: str | None = None) -> int:
    """Put a tag on an entry (start/end None) or on the span ``text[start:end]``; returns the tagging id."""
    if (start is None) != (end is None):
        raise InvalidValue(LocalText("Markeringen behöver både början och slut.",
                                     "The span needs both a start and an end."))
    tagging = table_of(m.Tagging)

    def work(c: Connection) -> int:
        text = _entry_text(c, entry_id)
        if start is not None and end is not None and not 0 <= start < end <= len(text):
            raise InvalidValue(LocalText("Markeringen ligger utanför anteckningens text.",
                                         "The span lies outside the entry's text."))
        same = c.execute(select(tagging.c.id).where(
            tagging.c.entry_id == entry_id, tagging.c.tag_id == tag_id,
            tagging.c.start.is_(None) if start is None else tagging.c.start == start,
            tagging.c.end.is_(None) if end is None else tagging.c.end == end)).first()
        if same is not None:
            raise DuplicateTagging(LocalText("Anteckningen har redan den markeringen.",
                                             "The entry already has that tagging."))
        order = c.execute(select(tagging.c.sort_order).where(tagging.c.entry_id == entry_id)
                          .order_by(tagging.c.sort_order.desc())).scalar()
        key = c.execute(insert(tagging).values(entry_id=entry_id, tag_id=tag_id, start=start, end=end, memo=memo,
                                               sort_order=0 if order is None else order + 1)).inserted_primary_key
        assert key is not None
        return int(key[0])

    return run_write(library, work)


def set_memo(library: Library, tagging_id: int, memo: str | None) -> None:
    tagging = table_of(m.Tagging)

    def work(c: Connection) -> None:
        found = c.execute(update(tagging).where(tagging.c.id == tagging_id)
                          .values(memo=memo or None, updated_at=utcnow())).rowcount
        if not found:
            raise NotFound(LocalText("Markeringen finns inte längre.", "The tagging no longer exists."))

    run_write(library, work)


# -- keeping spans on their words ---------------------------------------------------------
def _common_ends(old: str, new: str) -> tuple[int, int]:
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def _equal_blocks(old: str, new: str) -> list[tuple[int, int, int]]:
    """(old start, old end, new start) of the runs of text the edit left unchanged.

    The common beginning and end are taken first (one typed or deleted passage, the
    usual edit, is then exact), the middle is aligned with difflib's opcodes.
    """
    prefix, suffix = _common_ends(old, new)
    blocks: list[tuple[int, int, int]] = [(0, prefix, 0)] if prefix else []
    middle_old, middle_new = old[prefix:len(old) - suffix], new[prefix:len(new) - suffix]
    matcher = difflib.SequenceMatcher(None, middle_old, middle_new, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.append((prefix + i1, prefix + i2, prefix + j1))
    if suffix:
        blocks.append((len(old) - suffix, len(old), len(new) - suffix))
    merged: list[tuple[int, int, int]] = []
    for block in blocks:
        if merged and merged[-1][1] == block[0] and merged[-1][2] + merged[-1][1] - merged[-1][0] == block[2]:
            merged[-1] = (merged[-1][0], block[1], merged[-1][2])
        else:
            merged.append(block)
    return merged


def rebase_spans(old_text: str, new_text: str, spans: Sequence[Span]) -> list[Span | None]:
    """Where each span of ``old_text`` lies in ``new_text``; None when its words did not survive.

    A span survives when every character it covers is unchanged and nothing was
    inserted inside it; text inserted right before or after it only shifts it.
    """
    if old_text == new_text:
        return list(spans)
    blocks = _equal_blocks(old_text, new_text)
    result: list[Span | None] = []
    for start, end in spans:
        found: Span | None = None
        for i1, i2, j1 in blocks:
            if i1 <= start and end <= i2 and start < end:
                found = (j1 + start - i1, j1 + end - i1)
                break
        result.append(found)
    return result


def anchors_of_entry(library: Library, entry_id: int) -> tuple[str, dict[int, Anchor]]:
    """The entry's text and every tagging's (start, end, memo): what undo puts back."""
    tagging = table_of(m.Tagging)
    with library.engine.connect() as c:
        text = _entry_text(c, entry_id)
        rows = c.execute(select(tagging.c.id, tagging.c.start, tagging.c.end, tagging.c.memo)
                         .where(tagging.c.entry_id == entry_id)).all()
    return text, {int(r.id): (r.start, r.end, r.memo) for r in rows}


def set_entry_text(library: Library, entry_id: int, text: str) -> EntryTextResult:
    """Change an entry's text and move its spans along, in one transaction."""
    if not text.strip():
        raise InvalidValue(LocalText(
            "Fältet får inte vara tomt; det gamla värdet står kvar tills du skriver något.",
            "The field must not be empty; the old value stays until you type something."))
    entry, tagging, tag = table_of(m.Entry), table_of(m.Tagging), table_of(m.Tag)

    def work(c: Connection) -> EntryTextResult:
        old = _entry_text(c, entry_id)
        rows = c.execute(select(tagging.c.id, tagging.c.start, tagging.c.end, tagging.c.memo, tag.c.name)
                         .join(tag, tag.c.id == tagging.c.tag_id)
                         .where(tagging.c.entry_id == entry_id, tagging.c.start.is_not(None),
                                tagging.c.end.is_not(None)).order_by(tagging.c.sort_order, tagging.c.id)).all()
        moved = rebase_spans(old, text, [(int(r.start), int(r.end)) for r in rows])
        lost: list[int] = []
        names: list[str] = []
        for row, span in zip(rows, moved, strict=True):
            if span is not None:
                if span != (row.start, row.end):
                    c.execute(update(tagging).where(tagging.c.id == row.id).values(start=span[0], end=span[1]))
                continue
            note = LOST_NOTE.format(words=old[row.start:row.end])
            memo = f"{row.memo}\n{note}" if row.memo else note
            c.execute(update(tagging).where(tagging.c.id == row.id).values(start=None, end=None, memo=memo))
            lost.append(int(row.id))
            names.append(str(row.name))
        c.execute(update(entry).where(entry.c.id == entry_id).values(text=text, updated_at=utcnow()))
        return EntryTextResult(lost, names)

    return run_write(library, work)


def restore_entry_text(library: Library, entry_id: int, text: str, anchors: Mapping[int, Anchor]) -> None:
    """Put an entry's text and its taggings' spans and memos back as ``anchors_of_entry`` read them."""
    entry, tagging = table_of(m.Entry), table_of(m.Tagging)

    def work(c: Connection) -> None:
        c.execute(update(entry).where(entry.c.id == entry_id).values(text=text, updated_at=utcnow()))
        for tagging_id, (start, end, memo) in anchors.items():
            c.execute(update(tagging).where(tagging.c.id == tagging_id, tagging.c.entry_id == entry_id)
                      .values(start=start, end=end, memo=memo))

    run_write(library, work)
