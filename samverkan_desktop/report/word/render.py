"""The Word renderer: a ``content.Document`` written as a .docx with python-docx.

The same nodes the PDF is laid out from become Word paragraphs in named styles
(``styles``): headings as ``Heading 1``-``4`` (levels never jump, as in the PDF's
outline), each with a bookmark the contents field links to; lists as real Word lists;
tables with their header row marked to repeat (``w:tblHeader``); quotes with their
source line; the chart as a PNG (``chart``) whose alt text says what it shows; a logo
with alt text. Kept groups become "keep with next". The title page has no running
header (a different first page), every page a footer with "Sida N av M"; a draft has
"UTKAST" across every page, as Word's own watermarks are made (in the headers).

With the municipality's template (``template``: the bytes of a .docx or .dotx) its
styles, page setup, headers and footers are used and its body replaced; without one the
document gets the PDF's A4 margins, look and running header.

The core properties carry the title, the organisation as author and last editor (never
the computer's user), the subject and keywords and the document's own date; the zip is
written with that date and a fixed order (``package``), so the same content gives the
same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm
from lxml import etree  # type: ignore[import-untyped]

from samverkan_desktop.report import content as c
from samverkan_desktop.report.options import Progress
from samverkan_desktop.report.text import clean, one_line
from samverkan_desktop.report.word import wml
from samverkan_desktop.report.word.chart import chart_png
from samverkan_desktop.report.word.package import clear_body, deterministic_zip, open_template
from samverkan_desktop.report.word.styles import (
    ACCENT,
    FONT,
    MAX_HEADING,
    RULE,
    SHADE,
    WATERMARK,
    Numbering,
    StyleIds,
    ask_to_update_fields,
    prepare_styles,
)

_ROLE_STYLES = {"body": "Normal", "small": "Samverkan liten text", "quote": "Quote", "statement": "Samverkan inlägg",
                "label": "Samverkan etikett", "lead": "Samverkan dokumenthuvud",
                "lead_right": "Samverkan dokumenthuvud", "title_meta": "Subtitle", "subtitle": "Subtitle"}
_BODY_OPEN = f"<w:body {nsdecls('w', 'r', 'wp', 'a', 'pic')}>"


def render_docx(document: c.Document, template: bytes | None = None, progress: Progress | None = None) -> bytes:
    """The document as .docx bytes; raises ``package.TemplateRefused`` for a template that is not Word's."""
    word = open_template(template)
    own = template is None
    ids = prepare_styles(word, own_look=own)
    ask_to_update_fields(word)
    section = word.sections[-1]
    if own:
        section.page_width, section.page_height = Mm(c.PAGE_WIDTH_MM), Mm(c.PAGE_HEIGHT_MM)
        section.left_margin, section.right_margin = Mm(c.LEFT_MM), Mm(c.RIGHT_MM)
        section.top_margin, section.bottom_margin = Mm(c.TOP_MM), Mm(c.BOTTOM_MM)
        section.header_distance = section.footer_distance = Mm(10)
    else:
        clear_body(word)
    text_width = int(Emu(section.page_width - section.left_margin - section.right_margin).pt * 20)
    writer = _Writer(word, ids, text_width, document)
    # the template's header and footer stay; what it lacks is ours (the footer has the page numbers)
    header = own or section.header.is_linked_to_previous
    footer = own or section.footer.is_linked_to_previous
    writer.furniture(section, document.furniture, document.title_page is not None and own, header, footer)
    total = len(document.nodes) + 1
    if progress is not None:
        progress(0, total)
    if document.title_page is not None:
        writer.title_page(document.title_page)
    for done, node in enumerate(document.nodes, start=1):
        writer.node(node)
        if progress is not None and done % 8 == 0:
            progress(done, total)
    writer.finish()
    _properties(word, document.info)
    buffer = io.BytesIO()
    word.save(buffer)
    data = deterministic_zip(buffer.getvalue(), document.info.created, document.info.author)
    if progress is not None:
        progress(total, total)
    return data


def _property(text: str) -> str:
    """One line of at most 255 characters, as the core properties allow."""
    text = one_line(text)
    return text if len(text) <= 255 else text[:254].rstrip() + "…"


def _properties(word: Any, info: c.DocInfo) -> None:
    properties = word.core_properties
    moment = dt.datetime(info.created.year, info.created.month, info.created.day, tzinfo=dt.UTC)
    properties.title, properties.subject = _property(info.title), _property(info.subject)
    properties.author = properties.last_modified_by = _property(info.author)
    properties.keywords = _property(", ".join(one_line(k) for k in info.keywords))
    properties.comments = properties.category = properties.content_status = ""
    properties.identifier = properties.version = ""
    properties.language = info.language
    properties.created = properties.modified = properties.last_printed = moment
    properties.revision = 1


class _Writer:
    """Turns nodes into body XML (one string, parsed once at the end)."""

    def __init__(self, word: Any, ids: StyleIds, text_width: int, document: c.Document) -> None:
        self.word, self.ids, self.text_width = word, ids, text_width
        self.parts: list[str] = []
        self.numbering: Numbering | None = None
        self.level = 0  # the last heading's Word level: the next may go at most one deeper
        self.break_before = False
        self.last_was_table = False
        self.shapes = 0
        self.scale = text_width / wml.twips(c.TEXT_WIDTH_MM)
        self.info = document.info
        self.source_nodes = document.nodes
        self.bookmarks: dict[str, str] = {}
        for index, found in enumerate(c.headings(document.nodes), start=1):
            if found.key is not None:
                self.bookmarks.setdefault(found.key, f"_Toc{index:06d}")

    # --- output ----------------------------------------------------------------------

    def style(self, name: str) -> str | None:
        return None if name == "Normal" else self.ids[name]

    def para(self, body: str, look: wml.ParaLook) -> None:
        if self.last_was_table and look.space_before is None:  # the PDF's gap after a table
            look = wml.ParaLook(look.style, look.keep_next, look.page_break_before, look.num, look.align,
                                look.bottom_rule, look.tabs, 120)
        if self.break_before:
            look = wml.ParaLook(look.style, look.keep_next, True, look.num, look.align, look.bottom_rule, look.tabs,
                                look.space_before)
            self.break_before = False
        self.parts.append(wml.paragraph(body, look))
        self.last_was_table = False

    def look(self, role: str, keep: bool = False, **more: Any) -> wml.ParaLook:
        return wml.ParaLook(self.style(_ROLE_STYLES.get(role, "Normal")), keep_next=keep, **more)

    def finish(self) -> None:
        if self.last_was_table or not self.parts:
            self.parts.append("<w:p/>")
        body = parse_xml(_BODY_OPEN + "".join(self.parts) + "</w:body>")
        end = self.word.element.body.find(qn("w:sectPr"))
        for child in list(body):
            if end is not None:
                end.addprevious(child)
            else:
                self.word.element.body.append(child)

    # --- nodes -----------------------------------------------------------------------

    def node(self, node: c.Node, keep: bool = False) -> None:
        if isinstance(node, c.Para):
            self.para(wml.spans(node.spans), self.look(node.role, keep))
        elif isinstance(node, c.Led):
            self.para(wml.run(f"{node.lead}:", bold=True) + wml.run(f" {node.text}"), self.look(node.role, keep))
        elif isinstance(node, c.Heading):
            self.heading(node)
        elif isinstance(node, c.Keep):
            flat = _flatten(node)
            for index, child in enumerate(flat):
                self.node(child, keep=keep or index < len(flat) - 1)
        elif isinstance(node, c.Quote):
            self.para(wml.run(node.quoted), self.look("quote", True))
            self.para(wml.run(node.source_line), wml.ParaLook(self.ids["Samverkan källa"], keep_next=keep))
        elif isinstance(node, c.ListBlock):
            self.list(node, keep)
        elif isinstance(node, c.Table):
            self.table(node, keep)
        elif isinstance(node, c.Figure):
            self.figure(node, keep)
        elif isinstance(node, c.Contents):
            self.contents(node)
        elif isinstance(node, c.PageBreak):
            self.break_before = True
        # NeedSpace and Gap: Word keeps headings with what follows by itself; spacing is the styles'

    def heading(self, node: c.Heading) -> None:
        level = max(1, min(node.level + 1, self.level + 1, MAX_HEADING))
        self.level = level
        body = wml.run(node.text)
        if node.key is not None and node.key in self.bookmarks:
            self.shapes += 1
            body = wml.bookmark(self.shapes, self.bookmarks[node.key], body)
        self.para(body, wml.ParaLook(self.ids[f"Heading {level}"]))

    def list(self, node: c.ListBlock, keep: bool) -> None:
        if self.numbering is None:
            self.numbering = Numbering(self.word)
        number = self.numbering.new_list(node.kind == "numbered", node.start)
        for index, item in enumerate(node.items):
            last = index == len(node.items) - 1
            self.para(wml.run(item), wml.ParaLook(self.ids["List Paragraph"], keep_next=keep and last,
                                                  num=(number, 0)))

    def contents(self, node: c.Contents) -> None:
        """The contents as a Word field (``TOC``) whose last result lists the headings, linked to them."""
        lines = [h for h in c.headings(self.source_nodes) if h.key is not None and h.level <= node.depth]
        if not lines:
            return
        self.para(wml.run(node.title), wml.ParaLook(self.ids["TOC Heading"]))
        tab = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{self.text_width}"/></w:tabs>'
        entries = []
        for index, found in enumerate(lines):
            anchor = self.bookmarks[found.key or ""]
            start = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                     f'"1-{node.depth + 1}" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if index == 0 else ""
            page = wml.field(f"PAGEREF {anchor} " + "\\h", "")
            link = (f'<w:hyperlink w:anchor="{anchor}" w:history="1">{wml.run(found.text)}<w:r><w:tab/></w:r>'
                    f"{page}</w:hyperlink>")
            style = self.ids["toc 1" if found.level == 0 else "toc 2"]
            entries.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{tab}</w:pPr>{start}{link}</w:p>')
        entries.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        self.parts.append('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                          f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(entries)}'
                          "</w:sdtContent></w:sdt>")
        self.break_before = True

    def table(self, node: c.Table, keep: bool) -> None:
        if self.last_was_table:
            self.parts.append('<w:p><w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>')
        if self.break_before:
            self.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            self.break_before = False
        widths = [round(wml.twips(w) * self.scale) for w in node.widths_mm()]
        cell_style = self.ids["Samverkan tabelltext"]
        rows = []
        band_of = _bands(node)
        for index, row in enumerate(node.rows):
            header = node.header and index == 0
            fill = ACCENT if header else band_of.get(index) if node.bands else (
                SHADE if node.zebra and (index - (1 if node.header else 0)) % 2 == 1 else None)
            if node.look == "rating":
                fill = "EEF2F6" if index == 0 else None
            cells = []
            for column, cell in enumerate(row):
                role_style = self.ids["Samverkan dokumenthuvud"] if cell.role in ("lead", "lead_right") \
                    else cell_style
                align = "right" if cell.role == "lead_right" else None
                runs = "".join(wml.run(s.text, bold=s.bold or header or cell.role == "cell_bold", italic=s.italic,
                                       colour="#FFFFFF" if header else s.colour) for s in cell.spans)
                body = wml.paragraph(runs, wml.ParaLook(role_style, keep_next=keep, align=align))
                cell_fill = fill if node.look != "rating" or column == 0 else None
                cells.append((body, wml.CellLook(widths[column], cell_fill)))
            rows.append((header, cells))
        self.parts.append(wml.table(rows, widths, _borders(node)))
        self.last_was_table = True

    def figure(self, node: c.Figure, keep: bool) -> None:
        made = chart_png(node.chart, self.text_width / 20)
        if made is None:
            return
        png, (width, height) = made
        self.picture(png, width, height, node.alt, "Figur 1", keep=True)
        self.para(wml.run(node.caption), wml.ParaLook(self.ids["Caption"], keep_next=keep))

    def picture(self, data: bytes, width_pt: float, height_pt: float, alt: str, name: str, keep: bool) -> None:
        inline = self.word.part.new_pic_inline(io.BytesIO(data), Emu(int(width_pt * 12700)),
                                               Emu(int(height_pt * 12700)))
        self.shapes += 1
        properties = inline.find(qn("wp:docPr"))
        properties.set("id", str(1000 + self.shapes))
        properties.set("name", name)
        properties.set("descr", clean(alt))
        xml = etree.tostring(inline, encoding="unicode")
        self.para(f"<w:r><w:drawing>{xml}</w:drawing></w:r>", wml.ParaLook(keep_next=keep))

    def title_page(self, page: c.TitlePage) -> None:
        from samverkan_desktop.report.pdf import image_size

        size = image_size(page.logo)
        if page.logo is not None and size is not None:
            scale = min(60 * 72 / 25.4 / size[0], 25 * 72 / 25.4 / size[1])
            alt = f"Logotyp: {one_line(page.organisation)}" if page.organisation else "Logotyp"
            # an image ReportLab reads and python-docx does not (say, a WebP): the title page goes without
            with contextlib.suppress(Exception):
                self.picture(page.logo, size[0] * scale, size[1] * scale, alt, "Logotyp", keep=False)
        if page.organisation:
            self.para(wml.run(page.organisation, bold=True), wml.ParaLook(self.ids["Subtitle"], space_before=1200))
        if page.body:
            self.para(wml.run(page.body), wml.ParaLook(self.ids["Subtitle"]))
        self.para(wml.run(page.label), wml.ParaLook(self.ids["Samverkan etikett"], space_before=1600))
        self.para(wml.run(page.title), wml.ParaLook(self.ids["Title"]))
        facts = c.Table(tuple((c.Cell(c.bold(name)), c.Cell(c.plain(value))) for name, value in page.facts),
                        (38, None), header=False, zebra=False)
        if facts.rows:
            self.table(facts, keep=False)
        self.break_before = True

    # --- page furniture --------------------------------------------------------------

    def furniture(self, section: Any, furniture: c.Furniture, title_page: bool, header_too: bool,
                  footer_too: bool) -> None:
        header_style, footer_style = self.ids["Header"], self.ids["Footer"]
        header = wml.paragraph(wml.run(one_line(furniture.header)),
                               wml.ParaLook(header_style, bottom_rule=RULE)) if furniture.header else "<w:p/>"
        footer = wml.paragraph(
            wml.run(one_line(furniture.footer)) + '<w:r><w:tab/></w:r>' + wml.run("Sida ")
            + wml.field("PAGE", "1") + wml.run(" av ") + wml.field("NUMPAGES", "1"),
            wml.ParaLook(footer_style, tabs=(("right", self.text_width),)))
        if header_too:
            _fill(section.header, header)
        if footer_too:
            _fill(section.footer, footer)
        if title_page:
            section.different_first_page_header_footer = True
            _fill(section.first_page_header, "<w:p/>")
            _fill(section.first_page_footer, footer)
        if furniture.draft:  # "UTKAST" across every page, the title page too, as in the PDF
            for part in {id(p): p for p in (section.header, section.first_page_header, section.even_page_header)
                         if not p.is_linked_to_previous}.values():
                _mark_draft(part)


def _mark_draft(part: Any) -> None:
    """The draft watermark in a header (ours or the template's), in front of its first paragraph's runs."""
    paragraphs = part._element.findall(qn("w:p"))
    if not paragraphs:
        part._element.append(parse_xml(f"<w:p {nsdecls('w')}/>"))
        paragraphs = part._element.findall(qn("w:p"))
    first = paragraphs[0]
    properties = first.find(qn("w:pPr"))
    first.insert(0 if properties is None else 1, parse_xml(
        wml.watermark("UTKAST", FONT, "#" + WATERMARK, -52).replace("<w:r ", f"<w:r {nsdecls('w')} ", 1)))


def _fill(part: Any, xml: str) -> None:
    part.is_linked_to_previous = False
    element = part._element  # the w:hdr / w:ftr
    for child in list(element):
        element.remove(child)
    for child in parse_xml(_BODY_OPEN + xml + "</w:body>"):
        element.append(child)


def _flatten(node: c.Keep) -> list[c.Node]:
    out: list[c.Node] = []
    for child in node.nodes:
        out += _flatten(child) if isinstance(child, c.Keep) else [child]
    return out


def _bands(node: c.Table) -> dict[int, str | None]:
    fills: dict[int, str | None] = {}
    row = 1 if node.header else 0
    for number, size in enumerate(node.bands):
        for index in range(row, row + size):
            fills[index] = SHADE if number % 2 else None
        row += size
    return fills


def _borders(node: c.Table) -> str:
    if node.look == "masthead":
        return ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="10" '
                f'w:space="0" w:color="{ACCENT}"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
                '<w:insideV w:val="nil"/></w:tblBorders>')
    if node.look == "signatures":
        return wml.borders(None, None)
    if node.look == "rating":
        return wml.borders((node.accent or "#" + ACCENT).lstrip("#").upper(), None, size=6)
    return wml.borders(None, RULE)
