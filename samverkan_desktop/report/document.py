"""The page machinery both documents share: canvas, page templates, headings, contents, metadata.

One pass builds the whole document. "Sida N av M" and the page numbers of the table of
contents are not known while the pages are laid out, so they are drawn as named form
XObjects that the canvas defines when it saves (the PDF resolves names at the end).
Each heading bookmarks its page and adds an outline entry (the PDF's bookmarks panel).

The canvas runs in ReportLab's invariant mode with the creation date of the document's
content (never the clock), so the same input gives the same bytes. It embeds the bundled
font for every text (also the canvas's initial font, which ReportLab otherwise sets to an
unembedded Helvetica) and writes the XMP metadata and the sRGB output intent of PDF/A-2b.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

from samverkan_desktop.assets import resource
from samverkan_desktop.report.fonts import BOLD, FAMILY, ITALIC, REGULAR, fit_text, register_fonts, with_fallback
from samverkan_desktop.report.options import Progress
from samverkan_desktop.report.text import escape, one_line

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 22 * mm, 24 * mm, 22 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT

INK = colors.HexColor("#1d232a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5d6670")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f6")
WATERMARK = colors.HexColor("#eaecef")

PRODUCER = "Samverkan Desktop (ReportLab)"
_PAGE_COUNT_FORM = "samverkan-page-count"
_NUMBER_WIDTH = 14 * mm


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of both documents (built once the font is registered)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.8, leading=14.2, textColor=INK,
                          spaceAfter=5, splitLongWords=1, allowWidows=0, allowOrphans=0)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=kw.pop("parent", base), **kw)

    return {
        "body": base,
        "lead": style("lead", fontSize=10.5, leading=15.5, spaceAfter=8),
        "lead_right": style("lead_right", fontSize=10.5, leading=15.5, spaceAfter=8, alignment=TA_RIGHT),
        "small": style("small", fontSize=8.2, leading=11, textColor=MUTED, spaceAfter=3),
        "cell": style("cell", fontSize=8.6, leading=11.4, spaceAfter=0),
        "cell_bold": style("cell_bold", fontName=BOLD, fontSize=8.6, leading=11.4, spaceAfter=0),
        "cell_head": style("cell_head", fontName=BOLD, fontSize=8.2, leading=10.8, spaceAfter=0,
                           textColor=colors.white),
        "quote": style("quote", fontName=ITALIC, leftIndent=10 * mm, rightIndent=6 * mm, textColor=INK,
                       spaceBefore=2, spaceAfter=6),
        # a statement quoted in the report: the words, then who said it and when, as two
        # plain paragraphs (one paragraph of mixed sizes takes ReportLab's slow path)
        "quote_text": style("quote_text", fontName=ITALIC, leftIndent=10 * mm, rightIndent=6 * mm,
                            textColor=INK, spaceBefore=2, spaceAfter=0),
        "quote_source": style("quote_source", fontName=ITALIC, fontSize=8, leading=12, leftIndent=10 * mm,
                              rightIndent=6 * mm, textColor=MUTED, spaceAfter=6),
        "statement": style("statement", leftIndent=6 * mm, firstLineIndent=0, spaceAfter=4),
        "statement_lead": style("statement_lead", leftIndent=6 * mm, firstLineIndent=0, spaceAfter=4,
                                bulletIndent=6 * mm, bulletFontName=BOLD, bulletFontSize=9.8),
        "label": style("label", fontName=BOLD, fontSize=8.4, leading=11, textColor=MUTED, spaceBefore=6,
                       spaceAfter=2),
        "title": style("title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=10),
        "subtitle": style("subtitle", fontSize=13, leading=18, textColor=INK, spaceAfter=6),
        "title_meta": style("title_meta", fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=2),
        "h1": style("h1", fontName=BOLD, fontSize=16, leading=21, textColor=ACCENT, spaceBefore=4, spaceAfter=8,
                    keepWithNext=1),
        "h2": style("h2", fontName=BOLD, fontSize=12.2, leading=16, textColor=ACCENT, spaceBefore=12,
                    spaceAfter=5, keepWithNext=1),
        "h3": style("h3", fontName=BOLD, fontSize=10.4, leading=14, textColor=INK, spaceBefore=9, spaceAfter=3,
                    keepWithNext=1),
        "toc1": style("toc1", fontName=BOLD, fontSize=10, leading=14, spaceBefore=5, spaceAfter=1),
        "toc2": style("toc2", fontSize=9.4, leading=13, leftIndent=6 * mm, spaceAfter=0),
        "center": style("center", alignment=TA_CENTER),
        "left": style("left", alignment=TA_LEFT),
    }


class TextParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose characters its face lacks print in the regular face (``fonts.with_fallback``)."""

    frags: list[Any]

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        super()._setup(text, style, bulletText, frags, cleaner)
        self.frags = with_fallback(self.frags)


def para(text: str | None, style: str | ParagraphStyle = "body", bullet: str | None = None,
         kind: type[Paragraph] = TextParagraph) -> Paragraph:
    """A Paragraph (of class ``kind``) of user text (escaped), led by ``bullet`` if given.

    Text with nothing for ReportLab's markup parser to do (no ``&``, ``<`` or line break
    after escaping: most of what people say) skips the parser: the paragraph gets the one
    fragment the parser would have made. Laying out a long report parses thousands of such
    paragraphs; tests/report/test_paragraphs.py checks that both ways give the same PDF.
    """
    look = styles()[style] if isinstance(style, str) else style
    escaped = escape(text)
    cleaned = cleanBlockQuotedText(escaped)
    if not cleaned or "&" in cleaned or "<" in cleaned:
        return kind(escaped, look, bulletText=bullet)
    frags = [_plain_fragment(look).clone(text=cleaned, link=[], us_lines=[])]
    textTransformFrags(frags, look)
    return kind(cleaned, look, bulletText=bullet, frags=frags)


@functools.cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment ReportLab's parser makes of plain text in ``style`` (its text replaced per use)."""
    return Paragraph("x", style).frags[0]


def markup(fragment: str, style: str = "body") -> Paragraph:
    """A Paragraph of markup built by the builders (every user part already escaped)."""
    return TextParagraph(fragment, styles()[style])


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True,
          zebra: bool = True) -> Table:
    """A calm table: a dark header row, thin rules, rows that split across pages (also within a row)."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.6),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        commands += [("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, SHADE])]
    return Table([list(r) for r in rows], colWidths=list(widths), repeatRows=1 if header else 0,
                 style=TableStyle(commands), splitInRow=1, hAlign="LEFT")


@dataclass(frozen=True)
class Metadata:
    """What the PDF says about itself (document properties and XMP)."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    created: dt.date


class _FixedTime:
    """ReportLab's TimeStamp, pinned to midnight UTC of the document's own date."""

    def __init__(self, day: dt.date) -> None:
        moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        self.t = moment.timestamp()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


class DocCanvas(Canvas):  # type: ignore[misc]
    """A canvas that numbers pages "N av M", fills in the contents' page numbers and writes PDF/A parts."""

    def __init__(self, *args: Any, metadata: Metadata, **kwargs: Any) -> None:
        kwargs["invariant"] = 1
        kwargs["initialFontName"] = REGULAR
        kwargs["lang"] = "sv-SE"
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = _FixedTime(metadata.created)
        self.metadata = metadata
        self.heading_pages: dict[str, int] = {}
        self.toc_keys: list[str] = []
        self.outline_level = -1
        self.decor: PageDecor | None = None
        self.stamps: dict[tuple[str, str, float, Any], str] = {}  # see stamp_text
        self.setTitle(one_line(metadata.title))
        self.setAuthor(one_line(metadata.author))
        self.setSubject(one_line(metadata.subject))
        self.setKeywords(", ".join(one_line(k) for k in metadata.keywords))
        self.setCreator(PRODUCER)
        self.setProducer(PRODUCER)

    def add_outline(self, title: str, key: str, level: int) -> None:
        """Bookmark this page under ``key`` and add it to the outline (levels never jump)."""
        level = max(0, min(level, self.outline_level + 1))
        self.outline_level = level
        self.bookmarkPage(key)
        self.addOutlineEntry(shorten(one_line(title), 180) or "–", key, level=level, closed=level >= 1)
        self.heading_pages.setdefault(key, self.getPageNumber())

    def stamp_text(self, text: str, font: str, size: float, color: Any, x: float, y: float) -> None:
        """Draw ``text`` at (x, y) as drawString would, from PDF code made once per document and look."""
        key = (text, font, size, color)
        code = self.stamps.get(key)
        if code is None:
            line = self.beginText(0, 0)
            line.setFont(font, size)
            line.setFillColor(color)
            line.textOut(text)
            code = self.stamps[key] = line.getCode()
        self.addLiteral(f"q 1 0 0 1 {fp_str(x)} {fp_str(y)} cm {code} Q")

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self._define_number_forms()
        self._add_pdfa_parts()
        super().save()

    def _define_number_forms(self) -> None:
        if self.decor is not None:
            for name in _DECOR_FORMS:
                self.beginForm(name, lowerx=0, lowery=0, upperx=PAGE_WIDTH, uppery=PAGE_HEIGHT)
                _draw_decor(self, self.decor, name)
                self.endForm()
        pages = self.getPageNumber() - 1
        self._number_form(_PAGE_COUNT_FORM, str(pages), right=False)
        for key in self.toc_keys:
            self._number_form(toc_form_name(key), str(self.heading_pages.get(key, "")), right=True)

    def _number_form(self, name: str, text: str, right: bool) -> None:
        self.beginForm(name, lowerx=-2, lowery=-4, upperx=_NUMBER_WIDTH + 2, uppery=14)
        self.setFont(REGULAR, 8 if not right else 9.4)
        self.setFillColor(MUTED if not right else INK)
        if right:
            self.drawRightString(_NUMBER_WIDTH, 0, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()

    def _add_pdfa_parts(self) -> None:
        doc = self._doc
        catalog = doc._catalog
        catalog.Metadata = _MetadataStream((_xmp(self.metadata) + "\n").encode("utf-8"))
        profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), resource("color", "sRGB.icc").read_bytes())
        intent = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("OutputIntent"), "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": doc.Reference(profile),
        })
        catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]
        catalog.__Refs__ = catalog.__NoDefault__
        catalog.OutputIntents = pdfdoc.PDFArray([doc.Reference(intent)])


class _MetadataStream(pdfdoc.PDFObject):  # type: ignore[misc]
    """The XMP packet as a stream without any Filter key (ReportLab's own XMP writes an empty one)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        head = pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML"),
                                     "Length": len(self.data)})
        formatted: bytes = head.format(document)
        return formatted + b"\nstream\n" + self.data + b"endstream\n"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (contents lines, bookmarks)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def toc_form_name(key: str) -> str:
    return f"samverkan-toc-{key}"


def _xml(text: str) -> str:
    return one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _xmp(meta: Metadata) -> str:
    when = f"{meta.created.isoformat()}T00:00:00Z"
    keywords = _xml(", ".join(meta.keywords))
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{_xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>{PRODUCER}</pdf:Producer>
<pdf:Trapped>False</pdf:Trapped>
<xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


class Heading(TextParagraph):
    """A heading that bookmarks its page, enters the outline and (levels 0-1) the contents.

    Made by ``heading``; the parts of a heading too long for a page are Headings without
    a key (ReportLab builds them with Paragraph's own constructor), so only the first
    part bookmarks.
    """

    title = ""
    level = 0
    key: str | None = None

    def draw(self) -> None:
        canvas = self.canv
        if self.key is not None and isinstance(canvas, DocCanvas):
            canvas.add_outline(self.title, self.key, self.level)
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        if parts and parts[0] is not self:
            parts[0].title, parts[0].level, parts[0].key = self.title, self.level, self.key
            for part in parts[1:]:
                part.key = None
        return parts


def heading(text: str, level: int, key: str | None, style: str | None = None) -> Heading:
    """A heading of user text at outline ``level`` (0 = chapter), bookmarked under ``key``."""
    made = Heading(escape(one_line(text)), styles()[style or f"h{min(level + 1, 3)}"])
    made.title, made.level, made.key = text, level, key
    return made


class TocLine(Flowable):  # type: ignore[misc]
    """One line of the table of contents: the title, a leader and the page number filled in at the end."""

    def __init__(self, title: str, key: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.paragraph = TextParagraph(escape(shorten(one_line(title), 180)),
                                       styles()["toc1" if level == 0 else "toc2"])
        self.style = self.paragraph.style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _w, h = self.paragraph.wrap(availWidth - _NUMBER_WIDTH - 4 * mm, availHeight)
        self.height = h
        return availWidth, h

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, 0, 0)
        lines = getattr(self.paragraph, "blPara", None)
        last = lines.lines[-1] if lines is not None and lines.lines else None
        extra = float(last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)) if last else 0.0
        text_width = self.width - _NUMBER_WIDTH - 4 * mm
        leader_from = max(0.0, text_width - extra) + 3
        baseline = self.paragraph.style.leading - self.paragraph.style.fontSize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash(0.5, 2.2)
        leader_to = self.width - _NUMBER_WIDTH + 2 * mm
        if leader_to > leader_from + 6:
            canvas.line(leader_from, baseline + 0.6, leader_to, baseline + 0.6)
        canvas.restoreState()
        if isinstance(canvas, DocCanvas):
            canvas.toc_keys.append(self.key)
            canvas.saveState()
            canvas.translate(self.width - _NUMBER_WIDTH, baseline)
            canvas.doForm(toc_form_name(self.key))
            canvas.restoreState()
            # F 4: printable, as PDF/A wants every annotation
            canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0, F=4)


@dataclass(frozen=True)
class PageDecor:
    """What every body page shows: running header, footer text, draft watermark."""

    header: str
    footer: str
    draft: bool


def _watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(BOLD, 92)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -30, "UTKAST")
    canvas.restoreState()


def header_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The running header in at most two lines of ``width``: broken between words, the rest cut with "…"."""
    if stringWidth(text, font, size) <= width:
        return [text]
    words = text.split(" ")
    first: list[str] = []
    while words and stringWidth(" ".join([*first, words[0]]), font, size) <= width:
        first.append(words.pop(0))
    if not first:  # one endless word: the first line takes what fits of it
        line = fit_text(text, font, size, width)[:-1]
        return [line, fit_text(text[len(line):].lstrip(), font, size, width)]
    return [" ".join(first), fit_text(" ".join(words), font, size, width)]


_DECOR_FORMS = ("samverkan-watermark", "samverkan-header", "samverkan-footer")


def _draw_decor(canvas: Canvas, decor: PageDecor, part: str) -> None:
    """What is the same on every page: drawn once into a form XObject, placed on each page."""
    if part == "samverkan-watermark":
        _watermark(canvas)
        return
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    if part == "samverkan-header":
        lines = header_lines(one_line(decor.header), REGULAR, 8, TEXT_WIDTH)
        for index, line in enumerate(lines):  # a long header takes two lines above the rule, never cut short
            canvas.drawString(LEFT, PAGE_HEIGHT - (14 - 3.6 * (len(lines) - 1 - index)) * mm, line)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, PAGE_HEIGHT - 15.8 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 15.8 * mm)
    else:
        canvas.drawString(LEFT, 12 * mm, fit_text(one_line(decor.footer), REGULAR, 8, TEXT_WIDTH - 40 * mm))


def _decorate(decor: PageDecor, header: bool) -> Callable[[Canvas, Any], None]:
    """The page callback: watermark, header and footer as forms, then "Sida N av" and the page count."""
    def on_page(canvas: Canvas, _doc: Any) -> None:
        if isinstance(canvas, DocCanvas):
            canvas.decor = decor
        if decor.draft:
            canvas.doForm("samverkan-watermark")
        if header:
            canvas.doForm("samverkan-header")
        canvas.doForm("samverkan-footer")
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        number_x = PAGE_WIDTH - RIGHT - stringWidth("999", REGULAR, 8)
        canvas.drawRightString(number_x, 12 * mm, f"Sida {canvas.getPageNumber()} av ")
        canvas.translate(number_x, 12 * mm)
        canvas.doForm(_PAGE_COUNT_FORM)
        canvas.restoreState()

    return on_page


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: Any, decor: PageDecor, metadata: Metadata, progress: Progress | None,
                 total: int, title_page: bool) -> None:
        super().__init__(buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=one_line(metadata.title), author=one_line(metadata.author),
                         subject=one_line(metadata.subject), keywords=", ".join(metadata.keywords),
                         creator=PRODUCER, producer=PRODUCER, lang="sv-SE", invariant=1,
                         initialFontName=REGULAR)
        frame = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("body", [frame], onPage=_decorate(decor, header=True))]
        if title_page:
            templates.insert(0, PageTemplate("title", [frame], onPage=_decorate(decor, header=False)))
        self.addPageTemplates(templates)
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0

    def afterFlowable(self, flowable: Any) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 8 == 0 or self.done == self.total):
            self.progress(min(self.done, self.total), self.total)


def render(story: list[Any], decor: PageDecor, metadata: Metadata, progress: Progress | None = None,
           title_page: bool = False) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF; ``progress`` may raise BuildCancelled."""
    import io

    register_fonts()
    buffer = io.BytesIO()
    document = _Template(buffer, decor, metadata, progress, len(story), title_page)
    if progress is not None:
        progress(0, document.total)
    document.build(story, canvasmaker=functools.partial(DocCanvas, metadata=metadata))
    if progress is not None:
        progress(document.total, document.total)
    return buffer.getvalue()


__all__ = [
    "FAMILY",
    "DocCanvas",
    "Heading",
    "Metadata",
    "PageDecor",
    "TocLine",
    "heading",
    "markup",
    "para",
    "render",
    "styles",
    "table",
]
