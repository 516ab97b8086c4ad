"""WordprocessingML fragments as text: paragraphs, runs, tables and fields, escaped and in schema order.

The Word renderer writes the body of a long report (thousands of entries) as one XML
string that python-docx's parser turns into elements in one go: building each element
through python-docx's object API costs several times more. Every user text passes
``text`` (unprintable characters dropped as in the PDF, XML escaped, line breaks as
``<w:br/>``), so any string gives well-formed XML that prints literally. Child elements
are written in the order the schema demands: Word refuses a file whose ``w:pPr`` lists
``w:jc`` before ``w:spacing``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape

from samverkan_desktop.report.content import Inline, Span
from samverkan_desktop.report.text import clean

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'


def twips(mm: float) -> int:
    """Millimetres as twentieths of a point (Word's ``dxa``)."""
    return round(mm * 72 / 25.4 * 20)


def attr(value: str) -> str:
    """A value for an XML attribute (style ids, field instructions)."""
    return _xml_escape(clean(value), {'"': "&quot;"})


def text(value: str | None) -> str:
    """User text inside ``w:t``: cleaned, escaped, line breaks as ``w:br``."""
    if not value:
        return ""
    escaped = _xml_escape(clean(value))
    return escaped.replace("\n", _BREAK) if "\n" in escaped else escaped


@dataclass(frozen=True, slots=True)
class ParaLook:
    """The paragraph properties a renderer sets beside the style."""

    style: str | None = None
    keep_next: bool = False
    page_break_before: bool = False
    num: tuple[int, int] | None = None  # (numId, level)
    align: str | None = None  # "right", "center"
    bottom_rule: str | None = None  # a colour for a rule under the paragraph
    tabs: tuple[tuple[str, int], ...] = ()  # (alignment, position in twips)
    space_before: int | None = None  # in twentieths of a point


def ppr(look: ParaLook) -> str:
    parts = []
    if look.style:
        parts.append(f'<w:pStyle w:val="{attr(look.style)}"/>')
    if look.keep_next:
        parts.append("<w:keepNext/>")
    if look.page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if look.num is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{look.num[1]}"/><w:numId w:val="{look.num[0]}"/></w:numPr>')
    if look.bottom_rule:
        parts.append(f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="{look.bottom_rule}"/>'
                     "</w:pBdr>")
    if look.tabs:
        parts.append("<w:tabs>" + "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in look.tabs)
                     + "</w:tabs>")
    if look.space_before is not None:
        parts.append(f'<w:spacing w:before="{look.space_before}"/>')
    if look.align:
        parts.append(f'<w:jc w:val="{look.align}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def run(value: str | None, bold: bool = False, italic: bool = False, colour: str | None = None) -> str:
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "") + (
        f'<w:color w:val="{colour.lstrip("#").upper()}"/>' if colour else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text(value)}</w:t></w:r>'


def spans(items: Inline, bold: bool = False) -> str:
    return "".join(run(s.text, s.bold or bold, s.italic, s.colour) for s in items)


def paragraph(body: str, look: ParaLook = ParaLook()) -> str:
    return f"<w:p>{ppr(look)}{body}</w:p>"


def field(instruction: str, shown: str) -> str:
    """A complex field (page numbers, page references, the contents) with ``shown`` as its last result."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
            f"{_xml_escape(instruction)} </w:instrText></w:r>"
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(shown)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def bookmark(number: int, name: str, inner: str) -> str:
    return (f'<w:bookmarkStart w:id="{number}" w:name="{attr(name)}"/>{inner}'
            f'<w:bookmarkEnd w:id="{number}"/>')


@dataclass(frozen=True, slots=True)
class CellLook:
    width: int  # twips
    fill: str | None = None  # a hex colour without "#"
    rule_below: str | None = None


def table(rows: Iterable[tuple[bool, list[tuple[str, CellLook]]]], widths: list[int], borders: str,
          caption: str | None = None, left_indent: int = 0) -> str:
    """A table: ``rows`` of (is a header row, cells as (paragraphs XML, look)); header rows repeat."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    described = f'<w:tblCaption w:val="{attr(caption)}"/>' if caption else ""
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="{left_indent}" '
           f'w:type="dxa"/>{borders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/>'
           '<w:left w:w="80" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>'
           '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/>{described}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for header, cells in rows:
        out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
        for body, look in cells:
            fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{look.fill}"/>' if look.fill else ""
            rule = (f'<w:tcBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="{look.rule_below}"/>'
                    "</w:tcBorders>") if look.rule_below else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{look.width}" w:type="dxa"/>{rule}{fill}</w:tcPr>{body}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def borders(outer: str | None = None, inner_h: str | None = None, size: int = 4) -> str:
    """``w:tblBorders``: ``outer`` a colour for the box (None: none), ``inner_h`` for the rules between rows."""
    def edge(name: str, colour: str | None) -> str:
        if colour is None:
            return f'<w:{name} w:val="nil"/>'
        return f'<w:{name} w:val="single" w:sz="{size}" w:space="0" w:color="{colour}"/>'

    return ("<w:tblBorders>" + edge("top", outer) + edge("left", outer) + edge("bottom", outer or inner_h)
            + edge("right", outer) + edge("insideH", inner_h) + edge("insideV", None) + "</w:tblBorders>")


__all__ = ["W_NS", "CellLook", "ParaLook", "Span", "attr", "bookmark", "borders", "field", "paragraph", "ppr",
           "run", "spans", "table", "text", "twips"]


#: Word's own text-watermark shape (what Design > Watermark inserts): VML WordArt in the
#: header, behind the text, centred on the page margins, turned as the PDF's mark is
_WATERMARK_TYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>'
    '<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
    '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>'
    '<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>')
WATERMARK_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def watermark(word: str, font: str, colour: str, rotation: int) -> str:
    """A run holding ``word`` as a page watermark (put it in a header paragraph)."""
    return (
        f'<w:r {WATERMARK_NS}><w:rPr><w:noProof/></w:rPr><w:pict>{_WATERMARK_TYPE}'
        '<v:shape id="SamverkanWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;'
        f'rotation:{rotation % 360};z-index:-251657216;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
        f'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="{attr(colour)}" stroked="f">'
        f'<v:textpath style="font-family:&quot;{attr(font)}&quot;;font-size:1pt;font-weight:bold" '
        f'string="{attr(word)}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>')
