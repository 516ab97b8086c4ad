"""The Word file as a package: opening the municipality's template, and writing the same bytes each time.

A template is a .docx or a .dotx (a .dotx differs only in its main part's content type,
which python-docx refuses to open, so it is changed to a document's). Anything else
(a PDF renamed, a damaged or macro-enabled file, a spreadsheet) raises ``TemplateRefused``
with the reason in Swedish and English; the caller words the message.

python-docx stamps every zip member with the clock; ``deterministic_zip`` writes the
members again in a fixed order with the document's own date, so the same project gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.oxml.ns import qn

from samverkan_desktop.report.text import clean, one_line

_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACROS = ("application/vnd.ms-word.document.macroEnabled.main+xml",
           "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
#: a template larger than this is not a letterhead (and would not fit a report in memory twice)
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


class TemplateRefused(Exception):
    """The template is not a Word document or template the report can be written into."""

    def __init__(self, sv: str, en: str) -> None:
        super().__init__(sv)
        self.sv, self.en = sv, en


def open_template(data: bytes | None) -> Any:
    """A python-docx Document: python-docx's own default, or the template with its body still in it."""
    if data is None:
        return docx.Document()
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateRefused("mallen är större än 50 MB", "the template is larger than 50 MB")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError):
        raise TemplateRefused("filen är inte ett Word-dokument (.docx) eller en Word-mall (.dotx)",
                              "the file is not a Word document (.docx) or template (.dotx)") from None
    types = members.get("[Content_Types].xml", b"").decode("utf-8", "replace")
    if any(kind in types for kind in _MACROS):
        raise TemplateRefused("mallen innehåller makron (.docm/.dotm); spara den som .dotx utan makron",
                              "the template contains macros (.docm/.dotm); save it as .dotx without macros")
    if _DOCUMENT not in types and _TEMPLATE not in types:
        raise TemplateRefused("filen är inte ett Word-dokument (.docx) eller en Word-mall (.dotx)",
                              "the file is not a Word document (.docx) or template (.dotx)")
    members["[Content_Types].xml"] = types.replace(_TEMPLATE, _DOCUMENT).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    try:
        return docx.Document(io.BytesIO(buffer.getvalue()))
    except Exception:  # a broken part inside a real zip: python-docx raises many kinds
        raise TemplateRefused("Word-filen är skadad och kan inte användas som mall",
                              "the Word file is damaged and cannot be used as a template") from None


def clear_body(document: Any) -> None:
    """Remove the template's text and tables; its last section (page setup, headers, footers) stays."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def deterministic_zip(data: bytes, day: dt.date, company: str) -> bytes:
    """The package ``data`` again, members in a fixed order, each dated ``day`` (never the clock).

    The extended properties name this app and ``company`` (see ``app_properties``).
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    members = [(name, app_properties(blob, company) if name == "docProps/app.xml" else blob)
               for name, blob in members]
    first = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    members.sort(key=lambda item: (first.get(item[0], 2), item[0]))
    # a zip can date 1980 to 2107 only (a project dated 2200 still gets its file)
    stamp = (min(max(day.year, 1980), 2107), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            archive.writestr(info, blob)
    return out.getvalue()


def app_properties(data: bytes, company: str) -> bytes:
    """docProps/app.xml naming this app instead of the template's software, and the organisation."""
    text = data.decode("utf-8")
    text = re.sub(r"<Application>.*?</Application>", "<Application>Samverkan Desktop</Application>", text)
    text = re.sub(r"<TotalTime>.*?</TotalTime>", "<TotalTime>0</TotalTime>", text)
    element = f"<Company>{escape(clean(one_line(company)))}</Company>"
    # a function, not a template: the organisation's name may hold backslashes
    text = re.sub(r"<Company\s*/>|<Company>.*?</Company>", lambda _match: element, text, count=1, flags=re.S)
    return text.encode("utf-8")
