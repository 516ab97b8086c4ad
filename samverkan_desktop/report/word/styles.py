"""The Word file's styles, language and list numbering: the app's look, or the municipality's template.

Every paragraph the renderer writes names a style, so that a template's look carries over
and Word's navigation pane, contents field and accessibility checker see real headings
(``Heading 1`` to ``Heading 4``, with their outline levels). Without a template the
built-in styles are given the PDF's look (sizes, the dark blue headings, a sans-serif
face); with one, the template's own styles are kept and only the styles it lacks are
added. Either way the document's language is Swedish (``w:lang`` in the document defaults
and in every style that sets a language, and the theme's font language), which
python-docx's ``core_properties.language`` alone does not achieve.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.styles.style import StyleFactory

from samverkan_desktop.report.word.wml import attr

ACCENT, INK, MUTED, RULE, SHADE = "1F4E79", "1D232A", "5D6670", "B8C2CC", "EEF2F6"
FONT = "Arial"
#: the draft watermark, the PDF's colour
WATERMARK = "EAECEF"
LANGUAGE = "sv-SE"
#: the deepest heading the renderer writes (the minutes' § in the report's appendix)
MAX_HEADING = 4

#: (name, based on, size pt, bold, italic, colour, left indent mm, space before pt, space after pt)
_OWN: tuple[tuple[str, str, float, bool, bool, str, float, float, float], ...] = (
    ("Samverkan liten text", "Normal", 8, False, False, MUTED, 0, 0, 3),
    ("Samverkan inlägg", "Normal", 10, False, False, INK, 6, 0, 4),
    ("Samverkan källa", "Normal", 8, False, True, MUTED, 10, 0, 6),
    ("Samverkan etikett", "Normal", 8.5, True, False, MUTED, 0, 6, 2),
    ("Samverkan tabelltext", "Normal", 8.5, False, False, INK, 0, 0, 0),
    ("Samverkan dokumenthuvud", "Normal", 10.5, False, False, INK, 0, 0, 4),
)
#: built-in styles the renderer uses, created when a template lacks them
_BUILT_IN: tuple[tuple[str, str, float, bool, bool, str, float, float, float], ...] = (
    ("Quote", "Normal", 10, False, True, INK, 10, 2, 2),
    ("Caption", "Normal", 8, False, False, MUTED, 0, 2, 8),
    ("List Paragraph", "Normal", 10, False, False, INK, 0, 0, 2),
    ("Title", "Normal", 24, True, False, ACCENT, 0, 0, 10),
    ("Subtitle", "Normal", 13, False, False, INK, 0, 0, 6),
    ("TOC Heading", "Normal", 16, True, False, ACCENT, 0, 4, 8),
    ("toc 1", "Normal", 10, True, False, INK, 0, 5, 1),
    ("toc 2", "Normal", 9.5, False, False, INK, 6, 0, 0),
    ("Header", "Normal", 8, False, False, MUTED, 0, 0, 0),
    ("Footer", "Normal", 8, False, False, MUTED, 0, 0, 0),
)
#: the PDF's heading look: size, colour, space before, space after
_HEADINGS = {1: (16, ACCENT, 4, 8), 2: (12, ACCENT, 12, 5), 3: (10.5, INK, 9, 3), 4: (10, INK, 8, 2)}


@dataclass(frozen=True)
class StyleIds:
    """The style ids of the roles (a Swedish Word names "Heading 1" ``Rubrik1``)."""

    ids: dict[str, str]

    def __getitem__(self, name: str) -> str:
        return self.ids[name]


def prepare_styles(document: Any, own_look: bool) -> StyleIds:
    """Make sure every style the renderer names exists; ``own_look`` restyles them as the PDF."""
    styles = _Styles(document.styles)
    _language(document, styles)
    if own_look:
        _normal(styles.find("Normal"))
    names = [*(f"Heading {n}" for n in range(1, MAX_HEADING + 1)), *(s[0] for s in _BUILT_IN),
             *(s[0] for s in _OWN)]
    for spec in (*_BUILT_IN, *_OWN):
        _ensure(styles, spec, own_look)
    for level in range(1, MAX_HEADING + 1):
        _heading(styles, level, own_look)
    return StyleIds({name: styles.find(name).style_id for name in ["Normal", *names]})


class _Styles:
    """The document's styles by name, case-insensitive ("Heading 1" is stored as "heading 1").

    Read in one pass: python-docx looks a style up by an XPath query per call, and falls
    back to nothing for names it does not translate ("toc 1").
    """

    def __init__(self, styles: Any) -> None:
        self.styles = styles
        self.by_name: dict[str, Any] = {}
        for element in styles.element.findall(qn("w:style")):
            name = element.find(qn("w:name"))
            if name is not None:
                self.by_name.setdefault(str(name.get(qn("w:val"), "")).lower(), element)

    def get(self, name: str) -> Any | None:
        element = self.by_name.get(name.lower())
        return None if element is None else StyleFactory(element)

    def find(self, name: str) -> Any:
        style = self.get(name)
        if style is None:
            raise KeyError(name)
        return style

    def add(self, name: str, builtin: bool) -> Any:
        style = self.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=builtin)
        self.by_name[name.lower()] = style.element
        return style


def _ensure(styles: _Styles, spec: tuple[str, str, float, bool, bool, str, float, float, float],
            own_look: bool) -> None:
    name, base, size, bold, italic, colour, indent, before, after = spec
    style = styles.get(name)
    if style is not None and not own_look:
        return
    if style is None:
        own = name.startswith("Samverkan")
        style = styles.add(name, builtin=not own)
        if own:
            style.style_id = "Samverkan" + "".join(w.capitalize() for w in name.split()[1:]).translate(
                str.maketrans("åäöÅÄÖ", "aaoAAO"))
        style.base_style = styles.find(base)
        style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic, font.color.rgb = Pt(size), bold, italic, RGBColor.from_string(colour)
    if own_look:
        font.name = FONT
    fmt = style.paragraph_format
    fmt.left_indent = Pt(indent * 72 / 25.4) if indent else None
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if own_look and name in ("Header", "Footer"):  # the template's centre and right tabs: the footer sets its own
        for tabs in style.element.findall(f"{qn('w:pPr')}/{qn('w:tabs')}"):
            tabs.getparent().remove(tabs)


def _normal(style: Any) -> None:
    style.font.name, style.font.size = FONT, Pt(10)
    style.font.color.rgb = RGBColor.from_string(INK)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(5), 1.15


def _heading(styles: _Styles, level: int, own_look: bool) -> None:
    name = f"Heading {level}"
    existing = styles.get(name)
    if existing is None:
        style = styles.add(name, builtin=True)
        style.base_style = styles.find("Normal")
        own = True
    else:
        style, own = existing, own_look
    ppr = style.element.get_or_add_pPr()
    if ppr.find(qn("w:outlineLvl")) is None:  # what the navigation pane and the contents field read
        outline = parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level - 1}"/>')
        _insert_in_order(ppr, outline, _PPR_AFTER_OUTLINE)
    if not own:
        return
    size, colour, before, after = _HEADINGS[level]
    font = style.font
    font.name, font.size, font.bold, font.italic = FONT, Pt(size), True, False
    font.color.rgb = RGBColor.from_string(colour)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # a theme face beats w:ascii
        fonts = style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
        if fonts is not None and fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(before), Pt(after), True


_PPR_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_SETTINGS_AFTER_UPDATE = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
                          "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                          "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
                          "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
                          "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")
_SETTINGS_AFTER_LANG = _SETTINGS_AFTER_UPDATE[_SETTINGS_AFTER_UPDATE.index("w:themeFontLang") + 1:]


def _insert_in_order(parent: Any, child: Any, later: tuple[str, ...]) -> None:
    """Insert ``child`` before the first of ``later`` (the elements the schema puts after it), else last."""
    names = {_clark(name) for name in later}
    for existing in parent:
        if existing.tag in names:
            existing.addprevious(child)
            return
    parent.append(child)


def _clark(name: str) -> str:
    prefix, local = name.split(":")
    namespace = {"m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
                 "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main"}.get(prefix)
    return f"{{{namespace}}}{local}" if namespace else qn(name)


def _language(document: Any, styles: _Styles) -> None:
    """Swedish for the document defaults, every style that names a language, and the theme fonts."""
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        root.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}><w:rPr/></w:rPrDefault>")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>')
        _insert_in_order(rpr, lang, ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    lang.set(qn("w:val"), LANGUAGE)
    for element in root.iter(qn("w:lang")):
        element.set(qn("w:val"), LANGUAGE)
    normal = (document.styles.default(WD_STYLE_TYPE.PARAGRAPH) or styles.find("Normal")).element
    normal_rpr = normal.get_or_add_rPr()
    if normal_rpr.find(qn("w:lang")) is None:
        _insert_in_order(normal_rpr, parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>'),
                         ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = parse_xml(f'<w:themeFontLang {nsdecls("w")} w:val="{LANGUAGE}"/>')
        _insert_in_order(settings, theme, _SETTINGS_AFTER_LANG)
    theme.set(qn("w:val"), LANGUAGE)


def ask_to_update_fields(document: Any) -> None:
    """Word updates the contents and page references when the file is opened (it asks first)."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        _insert_in_order(settings, parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>'),
                         _SETTINGS_AFTER_UPDATE)


class Numbering:
    """Bullet and decimal list definitions added to the document's numbering part; one w:num per list.

    Each numbered list gets its own ``w:num`` with a start override, so it counts from its
    own first number instead of going on from the previous list.
    """

    def __init__(self, document: Any) -> None:
        self.root = document.part.numbering_part.element
        abstract = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        nums = [int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))]
        base = max([*abstract, *nums, 0]) + 1
        self.bullet, self.decimal = base + 100, base + 101
        self.next_num = max([*nums, 0]) + 1 + 200
        for number, kind in ((self.bullet, "bullet"), (self.decimal, "decimal")):
            text = "•" if kind == "bullet" else "%1."
            font = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>' if kind == "bullet" else ""
            element = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}"><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{kind}"/><w:lvlText w:val="{attr(text)}"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="340"/></w:pPr>'
                f"{font}</w:lvl></w:abstractNum>")
            first_num = self.root.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.root.append(element)

    def new_list(self, numbered: bool, start: int) -> int:
        """A new w:num for one list; its id for the items' ``w:numPr``."""
        number = self.next_num
        self.next_num += 1
        abstract = self.decimal if numbered else self.bullet
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if numbered else "")
        self.root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{number}"><w:abstractNumId w:val="{abstract}"/>'
                                   f"{override}</w:num>"))
        return number
