"""Plain user text skips ReportLab's markup parser (report.document.para) and prints the same."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph, SimpleDocTemplate

from samverkan_desktop.report.document import TextParagraph, para, styles
from samverkan_desktop.report.fonts import register_fonts
from samverkan_desktop.report.text import escape

STYLES = ("body", "statement", "statement_lead", "cell", "quote", "h3")
TEXT = st.text(st.sampled_from("abcåäö ÅÖ\xa0\t\n–”&<>;#.") | st.characters(), max_size=80)


def _parsed(text: str, style: str, bullet: str | None) -> Paragraph:
    """What para() made before the fast path: always through the parser (with the font fallback)."""
    return TextParagraph(escape(text), styles()[style], bulletText=bullet)


def _pdf(flowables: list[Paragraph]) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build(flowables)
    return buffer.getvalue()


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(STYLES), st.none() | st.just("Kommunal:"))
def test_a_plain_paragraph_has_the_fragments_the_parser_makes(text: str, style: str, bullet: str | None) -> None:
    register_fonts()
    fast, parsed = para(text, style, bullet), _parsed(text, style, bullet)
    assert fast.text == parsed.text and fast.bulletText == parsed.bulletText
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(TEXT, st.sampled_from(STYLES), st.none() | st.just("Vision – Beslut:")), max_size=12))
def test_a_document_of_plain_paragraphs_is_byte_identical(items: list[tuple[str, str, str | None]]) -> None:
    register_fonts()
    assert _pdf([para(*item) for item in items]) == _pdf([_parsed(*item) for item in items])


def test_plain_text_takes_the_fast_path_and_markup_characters_do_not() -> None:
    register_fonts()
    plain, entity = para("Arbetsplatsträffar  fungerar\xa0bra", "statement"), para("AT&T <b>", "statement")
    assert plain.text == "Arbetsplatsträffar fungerar\xa0bra" and len(plain.frags) == 1
    assert "".join(f.text for f in entity.frags) == "AT&T <b>"  # parsed: the entities decoded
