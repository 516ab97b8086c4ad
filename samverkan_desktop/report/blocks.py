"""The plain-text convention of the report's own texts: paragraphs and lists, no markup.

The secretary writes the summary, the method and the conclusions as plain text. Both
outputs (the ReportLab PDF and the Word file) render it the same way, from the blocks
this module finds, and nothing else in the text is interpreted:

- a blank line (or lines of only spaces) ends a paragraph; single line breaks inside a
  paragraph are kept as line breaks;
- lines starting with ``- `` (or ``• ``) form a bullet list, one item per such line;
- lines starting with a number, a full stop and a space (``1. ``) form a numbered list;
  the list counts on from its first item's number, whatever the later items say;
- a line that follows a list item without a blank line and has no marker continues that
  item (a line break inside it).

So ``<b>``, ``&``, ``*stars*`` or ``# heading`` print as typed. The parser is total: any
string gives blocks, it drops nothing but the list markers and blank space, and writing
the blocks back with ``plain_text`` and parsing again gives the same blocks (tests check
both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_BULLET = re.compile(r"^[ \t]*[-•][ \t]+(?=\S)")
_NUMBER = re.compile(r"^[ \t]*(\d{1,4})\.[ \t]+(?=\S)")
_LINE_BREAKS = re.compile("\r\n|\r|\u2028|\u2029|\x85")

BlockKind = Literal["paragraph", "bullets", "numbered"]


@dataclass(frozen=True)
class Block:
    """A paragraph (``items`` holds its one text) or a list (one text per item).

    ``start`` is the first number of a numbered list (1 for the other kinds). Texts keep
    their inner line breaks as ``\\n``.
    """

    kind: BlockKind
    items: tuple[str, ...]
    start: int = 1


def _marker(line: str) -> tuple[BlockKind, str, int] | None:
    bullet = _BULLET.match(line)
    if bullet:
        return "bullets", line[bullet.end():], 1
    number = _NUMBER.match(line)
    if number:
        return "numbered", line[number.end():], int(number.group(1))
    return None


def parse_blocks(text: str | None) -> tuple[Block, ...]:
    """The blocks of ``text`` by the convention above; an empty or blank text has none."""
    if not text:
        return ()
    blocks: list[Block] = []
    kind: BlockKind | None = None
    items: list[list[str]] = []
    start = 1

    def close() -> None:
        nonlocal kind, items, start
        if kind is not None and items:
            blocks.append(Block(kind, tuple("\n".join(lines).strip() for lines in items), start))
        kind, items, start = None, [], 1

    for raw in _LINE_BREAKS.sub("\n", text).split("\n"):
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        marked = _marker(line)
        if marked is not None:
            new_kind, rest, number = marked
            if kind != new_kind:
                close()
                kind, start = new_kind, number
            items.append([rest])
        elif kind in ("bullets", "numbered"):
            items[-1].append(line.strip())
        else:
            if kind is None:
                kind = "paragraph"
                items = [[]]
            items[0].append(line.strip())
    close()
    return tuple(blocks)


def plain_text(blocks: tuple[Block, ...]) -> str:
    """The blocks written back in the convention: what a draft inserts, what a test compares."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "paragraph":
            parts.append(block.items[0])
        elif block.kind == "bullets":
            parts.append("\n".join(f"- {item}" for item in block.items))
        else:
            parts.append("\n".join(f"{block.start + i}. {item}" for i, item in enumerate(block.items)))
    return "\n\n".join(parts)
