"""The report's font: the fast path of splitString gives exactly what ReportLab's own gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont

from samverkan_desktop.assets import resource
from samverkan_desktop.report.fonts import FastTTFont

FILE = str(resource("fonts") / "DejaVuSans.ttf")
STOCK, FAST = TTFont("StockSans", FILE), FastTTFont("FastSans", FILE)
SWEDISH = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ,.–”"
#: Swedish text now and then, any character otherwise (NBSP, astral, characters without a glyph)
TEXT = st.text(st.sampled_from(SWEDISH), max_size=60) | st.text(max_size=30) | st.just("\xa0a\xa0")


class _Document:
    """A stand-in for the PDF document a font keeps its subset state per (weakly referenced)."""


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=40))
def test_fast_split_matches_reportlab_line_by_line(lines: list[str]) -> None:
    stock_doc, fast_doc = _Document(), _Document()
    for line in lines:
        assert FAST.splitString(line, fast_doc) == STOCK.splitString(line, stock_doc), ascii(line)
    assert FAST.state[fast_doc].subsets == STOCK.state[stock_doc].subsets


def test_fast_split_spans_subsets_once_more_than_256_characters_have_codes() -> None:
    stock_doc, fast_doc = _Document(), _Document()
    many = "".join(chr(c) for c in range(0x100, 0x300) if c in STOCK.face.charToGlyph)
    for line in (many, many[::-1], "a" + many[-3:] + "a", ""):
        assert FAST.splitString(line, fast_doc) == STOCK.splitString(line, stock_doc)
    assert len({subset for subset, _ in FAST.splitString(many, fast_doc)}) > 1
