"""The one way user text reaches a ReportLab Paragraph: cleaned and escaped.

Paragraph text is a small markup language (``<b>``, ``<img src=...>``, ``&amp;``). Every
string a user typed goes through ``escape`` before it is put into markup, so that
``<b>x</b>``, ``x<y``, ``AT&T;`` or ``<img src="/etc/passwd">`` print literally and never
make ReportLab open a file or a URL. Line breaks are kept as ``<br/>``.
"""

from __future__ import annotations

import re

# C0/C1 control characters (tab and newline handled separately), lone surrogates and
# non-characters: nothing a printed page can show, and some upset the PDF text layer
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n|\r|\n|\u2028|\u2029|\x85")
# A soft hyphen (U+00AD) marks where a word may break, printing "-" if it does. At the
# edge of a word it joins nothing, and ReportLab breaking there prints a "-" on its own;
# a run of them is one break point.
_EDGE_SOFT_HYPHENS = re.compile("(?<!\\S)\xad+|\xad+(?!\\S)")
_SOFT_HYPHEN_RUNS = re.compile("\xad{2,}")


def clean(text: str) -> str:
    """The text without characters that cannot print; tabs become spaces, every line break ``\\n``.

    Soft hyphens stay only inside words, one per break point.
    """
    text = _UNPRINTABLE.sub("", _NEWLINES.sub("\n", text.replace("\t", " ")))
    if "\xad" in text:
        text = _SOFT_HYPHEN_RUNS.sub("\xad", _EDGE_SOFT_HYPHENS.sub("", text))
    return text


def escape(text: str | None) -> str:
    """User text as Paragraph markup that prints exactly that text (``None`` prints nothing)."""
    if not text:
        return ""
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def one_line(text: str | None) -> str:
    """User text for a single line (running header, bookmark, metadata): whitespace collapsed."""
    return " ".join(clean(text or "").split())
