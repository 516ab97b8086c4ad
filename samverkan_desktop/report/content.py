"""The neutral content of a document: what it says, in which order, before any file format.

The dialogue report, the minutes and the notice are first built as a ``Document`` of the
nodes below (``dialogue``, ``minutes``, ``notice``), then rendered: ``pdf`` lays it out with
ReportLab, ``word`` writes it with python-docx. Both renderers read the same nodes, so the
two files have the same sections, numbering, tables, quotes and appendices.

The nodes say *what* a piece of text is (a heading of a level, a quoted statement with
its source, a table with a header row, a chart as data with its alt text), not how it
looks. A paragraph's ``role`` and a cell's ``role`` name its kind of text ("body",
"small", "quote", "cell_bold" ...); each renderer has its look for each role. Layout
hints that either format may honour (``Keep``: on one page; ``NeedSpace``: start a new
page unless this much room is left; ``Gap``: vertical room) are the only concession to
pages. All text is as the user typed it (the renderers escape and clean it); sizes are
millimetres.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, TypeAlias

from samverkan_desktop.report.blocks import parse_blocks
from samverkan_desktop.report.data import Chart

#: A4 with the margins every document uses (the PDF's frame; the Word file's page setup)
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
LEFT_MM, RIGHT_MM, TOP_MM, BOTTOM_MM = 25.0, 22.0, 24.0, 22.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM

ParaRole = Literal["body", "small", "quote", "statement", "label", "lead", "lead_right", "title_meta",
                   "subtitle"]
CellRole = Literal["cell", "cell_bold", "lead", "lead_right"]
TableLook = Literal["grid", "masthead", "signatures", "rating"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one emphasis; ``colour`` is ``#rrggbb`` or None for the text colour."""

    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None


Inline: TypeAlias = tuple[Span, ...]


def plain(text: str | None) -> Inline:
    return (Span(text or ""),)


def bold(text: str | None) -> Inline:
    return (Span(text or "", bold=True),)


def italic(text: str | None) -> Inline:
    return (Span(text or "", italic=True),)


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of ``spans`` (a ``\\n`` inside a span is a line break)."""

    spans: Inline
    role: ParaRole = "body"


@dataclass(frozen=True, slots=True)
class Led:
    """A paragraph led by a short bold ``lead`` (an entry's party: "Kommunal: what was said")."""

    lead: str
    text: str
    role: Literal["statement"] = "statement"


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading at outline ``level`` (0 = chapter); numbered in its text ("2.1 ...").

    ``key`` names its bookmark (None: a heading that is neither bookmarked nor in the
    contents, such as a table's caption); ``rank`` (1-3) is its visual size when it
    differs from its level (the minutes' § headings are small at any level).
    """

    text: str
    level: int
    key: str | None
    rank: int | None = None

    @property
    def size(self) -> int:
        return self.rank or min(self.level + 1, 3)


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bullet or numbered list of the report's own texts (``report.blocks``)."""

    kind: Literal["bullets", "numbered"]
    items: tuple[str, ...]
    start: int = 1
    role: ParaRole = "body"


@dataclass(frozen=True, slots=True)
class Cell:
    spans: Inline
    role: CellRole = "cell"


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells; with ``header`` the first row is the header row (repeated on every page).

    ``widths`` are millimetres, None sharing what is left of the text width. ``zebra``
    shades every other row; ``bands`` shades groups of rows instead (the number of rows of
    each group: a party's people). ``look``: a plain ``grid``, the minutes' ``masthead``,
    ``signatures`` without rules, or a ``rating`` box drawn in ``accent``.
    """

    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float | None, ...]
    header: bool = True
    zebra: bool = True
    bands: tuple[int, ...] = ()
    look: TableLook = "grid"
    accent: str | None = None

    def widths_mm(self, text_width: float = TEXT_WIDTH_MM) -> list[float]:
        fixed = sum(w for w in self.widths if w is not None)
        open_ = sum(1 for w in self.widths if w is None)
        rest = (text_width - fixed) / open_ if open_ else 0.0
        return [rest if w is None else w for w in self.widths]


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted statement and, below it, its source (party and date); kept on one page."""

    text: str
    source: str

    @property
    def quoted(self) -> str:
        return f"”{self.text}”"

    @property
    def source_line(self) -> str:
        return f"— {self.source}"


@dataclass(frozen=True, slots=True)
class Figure:
    """The statements chart as data, its alt text (said from the data) and its caption."""

    chart: Chart
    alt: str
    caption: str


@dataclass(frozen=True, slots=True)
class Keep:
    """Nodes kept on one page (a heading with its first paragraph). Nested groups are one group."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class NeedSpace:
    """A new page unless ``mm`` are left on this one."""

    mm: float


@dataclass(frozen=True, slots=True)
class Gap:
    mm: float


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class Contents:
    """The table of contents: the headings of levels 0 to ``depth`` that have a key."""

    title: str = "Innehåll"
    depth: int = 1


Node: TypeAlias = Para | Led | Heading | ListBlock | Table | Quote | Figure | Keep | NeedSpace | Gap | PageBreak \
    | Contents


@dataclass(frozen=True, slots=True)
class TitlePage:
    """The report's first page: logo, organisation, body, the kind of document, title, facts."""

    label: str
    title: str
    organisation: str | None
    body: str | None
    facts: tuple[tuple[str, str], ...]
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the file says about itself (document properties); ``created`` is never the clock."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    created: dt.date
    language: str = "sv-SE"


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page shows: the running header (not on a title page), the footer, the draft mark."""

    header: str
    footer: str
    draft: bool


@dataclass(frozen=True)
class Document:
    info: DocInfo
    furniture: Furniture
    nodes: tuple[Node, ...]
    title_page: TitlePage | None = None


def walk(nodes: tuple[Node, ...] | list[Node]) -> Iterator[Node]:
    """Every node in order, the contents of ``Keep`` groups included (the groups themselves too)."""
    for node in nodes:
        yield node
        if isinstance(node, Keep):
            yield from walk(node.nodes)


def headings(nodes: tuple[Node, ...] | list[Node]) -> list[Heading]:
    return [node for node in walk(nodes) if isinstance(node, Heading)]


def paragraphs(text: str | None, role: ParaRole = "body") -> list[Node]:
    """User text as paragraphs: a blank line starts a new paragraph, a single line break stays a break."""
    if not text or not text.strip():
        return []
    parts = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Para(plain(part), role) for part in parts if part.strip()]


def text_blocks(text: str | None, role: ParaRole = "body") -> list[Node]:
    """The report's own texts by the plain-text convention (``report.blocks``): paragraphs and lists."""
    nodes: list[Node] = []
    for block in parse_blocks(text):
        if block.kind == "paragraph":
            nodes.append(Para(plain(block.items[0]), role))
        else:
            nodes.append(ListBlock(block.kind, block.items, block.start, role))
    return nodes


def keep(head: list[Node], rest: list[Node]) -> list[Node]:
    """``head`` and the first node of ``rest`` on one page (no heading alone at a page's foot)."""
    return [Keep((*head, *rest[:1])), *rest[1:]]
