"""The PDF renderer: a ``content.Document`` laid out with ReportLab (``document.render``).

Each content node becomes the flowables it always was: headings that bookmark and enter
the contents, plain paragraphs on ReportLab's fast path (``document.para``), entries led
by their party as ``lead.LeadParagraph``, tables in the house look, quotes and a heading
kept with what follows (``KeepTogether``, never nested: a group inside a group measures
itself as endless and would always start a new page), the chart drawn with
reportlab.graphics. The result keeps the PDF's guarantees: /Lang sv-SE, bookmarks, the
PDF/A-2b parts, the bundled font embedded, the same bytes for the same content.
"""

from __future__ import annotations

import functools
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Image, KeepTogether, NextPageTemplate, Spacer
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus.tables import Table as PdfTable

from samverkan_desktop.report import content as c
from samverkan_desktop.report.charts import statements_chart
from samverkan_desktop.report.document import (
    ACCENT,
    SHADE,
    TEXT_WIDTH,
    Metadata,
    PageDecor,
    TocLine,
    heading,
    markup,
    para,
    render,
    styles,
    table,
)
from samverkan_desktop.report.fonts import REGULAR, draws_all
from samverkan_desktop.report.lead import lead_paragraph
from samverkan_desktop.report.options import Progress
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.report.text import escape


@collector_paused
def render_pdf(document: c.Document, progress: Progress | None = None) -> bytes:
    """The document as PDF bytes; ``progress(done, total)`` may raise BuildCancelled."""
    info = document.info
    story: list[Any] = []
    if document.title_page is not None:
        story += _title_page(document.title_page)
    for node in document.nodes:
        story += _contents(node, document.nodes) if isinstance(node, c.Contents) else _flowables(node)
    metadata = Metadata(info.title, info.author, info.subject, info.keywords, info.created)
    furniture = document.furniture
    return render(story, PageDecor(furniture.header, furniture.footer, furniture.draft), metadata, progress,
                  title_page=document.title_page is not None)


def inline(spans: c.Inline) -> str:
    """Spans as Paragraph markup, every text escaped."""
    parts = []
    for span in spans:
        text = escape(span.text)
        if span.bold:
            text = f"<b>{text}</b>"
        if span.italic:
            text = f"<i>{text}</i>"
        if span.colour:
            text = f"<font color='{span.colour}'>{text}</font>"
        parts.append(text)
    return "".join(parts)


def _is_plain(spans: c.Inline) -> bool:
    return len(spans) == 1 and not (spans[0].bold or spans[0].italic or spans[0].colour)


def _paragraph(spans: c.Inline, style: str) -> Any:
    """Plain text on the fast path (``document.para``), anything with emphasis through the markup parser."""
    if _is_plain(spans):
        return para(spans[0].text, style)
    return markup(inline(spans) or "&nbsp;", style)


def _led(node: c.Led) -> Any:
    """An entry led by its party in bold, the lead drawn as the paragraph's bullet.

    So the entry's text stays one plain fragment: ReportLab lays out a paragraph with
    inline bold markup about three times slower, and the entries are most of a long
    report's pages. A lead too wide for that (a very long party name), or one with a
    letter the bold face lacks, is written inline instead, where such a letter prints in
    the regular face (``fonts.with_fallback``).
    """
    style = styles()["statement_lead"]
    if stringWidth(node.lead, style.bulletFontName, style.bulletFontSize) > TEXT_WIDTH / 2 \
            or not draws_all(style.bulletFontName, node.lead):
        return markup(f"<b>{escape(node.lead)}:</b> {escape(node.text)}", node.role)
    return lead_paragraph(node.text, "statement_lead", f"{node.lead}:")


def _flowables(node: c.Node, grouped: bool = False) -> list[Any]:
    """The flowables of ``node``; inside a kept group (``grouped``) groups are spliced, never nested."""
    if isinstance(node, c.Para):
        return [_paragraph(node.spans, node.role)]
    if isinstance(node, c.Led):
        return [_led(node)]
    if isinstance(node, c.Heading):
        return [heading(node.text, node.level, node.key, style=f"h{node.size}")]
    if isinstance(node, c.Quote):
        parts = [para(node.quoted, "quote_text"), para(node.source_line, "quote_source")]
        return parts if grouped else [KeepTogether(parts)]
    if isinstance(node, c.Keep):
        inner = [f for child in node.nodes for f in _flowables(child, grouped=True)]
        return inner if grouped else [KeepTogether(inner)]
    if isinstance(node, c.Table):
        return [_table(node)]
    if isinstance(node, c.ListBlock):
        return _list(node)
    if isinstance(node, c.Figure):
        drawing = statements_chart(node.chart, TEXT_WIDTH)
        if drawing is None:
            return []
        parts = [drawing, para(node.caption, "small")]
        return parts if grouped else [KeepTogether(parts)]
    if isinstance(node, c.NeedSpace):
        return [CondPageBreak(node.mm * mm)]
    if isinstance(node, c.Gap):
        return [Spacer(1, node.mm * mm)]
    if isinstance(node, c.PageBreak):
        return [PdfPageBreak()]
    raise TypeError(f"no PDF for {node!r}")  # Contents is placed by render_pdf


def _list(node: c.ListBlock) -> list[Any]:
    """One paragraph per item, led by a bullet or its number, hanging under its text."""
    widest = max(len(str(node.start + len(node.items) - 1)) + 1, 2) if node.kind == "numbered" else 1
    style = _list_style(node.role, widest)
    return [para(item, style, "•" if node.kind == "bullets" else f"{node.start + index}.")
            for index, item in enumerate(node.items)]


@functools.cache
def _list_style(role: str, marker_chars: int) -> ParagraphStyle:
    """``role``'s style with room on the left for a marker of ``marker_chars`` characters."""
    look = styles()[role]
    return ParagraphStyle(f"{role}-list-{marker_chars}", parent=look,
                          leftIndent=look.leftIndent + (3.5 + 1.9 * marker_chars) * mm,
                          bulletIndent=look.leftIndent + 1.5 * mm, bulletFontName=REGULAR,
                          bulletFontSize=look.fontSize, spaceAfter=2)


def _contents(node: c.Contents, nodes: tuple[c.Node, ...]) -> list[Any]:
    lines = [TocLine(h.text, h.key, h.level) for h in c.headings(nodes)
             if h.key is not None and h.level <= node.depth]
    if not lines:
        return []
    return [heading(node.title, 0, "contents", style="h1"), *lines, PdfPageBreak()]


def _cell(cell: c.Cell, head: bool) -> Any:
    return _paragraph(cell.spans, "cell_head" if head else cell.role)


def _table(node: c.Table) -> PdfTable:
    rows = [[_cell(cell, node.header and index == 0) for cell in row] for index, row in enumerate(node.rows)]
    widths = [w * mm for w in node.widths_mm(TEXT_WIDTH / mm)]
    grid = table(rows, widths, header=node.header, zebra=node.zebra and not node.bands)
    if node.bands:
        shading: list[tuple[Any, ...]] = []
        first = 1 if node.header else 0
        for number, size in enumerate(node.bands):
            band = SHADE if number % 2 else colors.white
            shading.append(("BACKGROUND", (0, first), (-1, first + size - 1), band))
            shading.append(("LINEBELOW", (0, first), (-1, first + size - 2), 0.5, band))
            first += size
        grid.setStyle(shading)
    if node.look == "masthead":
        grid.setStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT), ("LEFTPADDING", (0, 0), (0, 0), 0),
                       ("RIGHTPADDING", (1, 0), (1, 0), 0)])
    elif node.look == "signatures":
        grid.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0, "#ffffff"), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)])
    elif node.look == "rating":
        grid.setStyle([("BOX", (0, 0), (-1, -1), 0.8, node.accent), ("BACKGROUND", (0, 0), (0, 0), "#eef2f6")])
    return grid


def _title_page(page: c.TitlePage) -> list[Any]:
    story: list[Any] = [NextPageTemplate("body")]
    logo = _logo(page.logo)
    story += [logo, Spacer(1, 10 * mm)] if logo is not None else [Spacer(1, 30 * mm)]
    if page.organisation:
        story.append(markup(f"<b>{escape(page.organisation)}</b>", "subtitle"))
    if page.body:
        story.append(para(page.body, "title_meta"))
    story += [Spacer(1, 28 * mm), markup(escape(page.label), "label"), para(page.title, "title"), Spacer(1, 4 * mm)]
    facts = c.Table(tuple((c.Cell(c.bold(name)), c.Cell(c.plain(value))) for name, value in page.facts),
                    (38, None), header=False, zebra=False)
    story += [_table(facts), PdfPageBreak()]
    return story


def _logo(data: bytes | None) -> Image | None:
    """The logo as a flowable at most 60 x 25 mm; None when absent or not a readable image."""
    size = image_size(data)
    if data is None or size is None:
        return None
    width, height = size
    scale = min(60 * mm / width, 25 * mm / height)
    image = Image(io.BytesIO(data), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def image_size(data: bytes | None) -> tuple[int, int] | None:
    """The pixel size of an image ReportLab can read; None when absent, damaged or unknown."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged or unknown image: the title page goes without it
        return None
    if width <= 0 or height <= 0:
        return None
    return int(width), int(height)
