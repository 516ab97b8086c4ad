"""No text a user can type breaks a document: huge entries, endless words, giant cells, any Unicode."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections import Counter

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from samverkan_desktop.report.data import Improvement, MinutesEntry
from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.fonts import covers
from samverkan_desktop.report.minutes import build_minutes
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.text import clean
from tests.report.conftest import body_text, sample_minutes, sample_report, squeeze

SENTENCE = "Arbetsplatsträffarna behöver mer tid för frågor om arbetsmiljön och samverkan. "


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_a_50000_character_entry_flows_over_pages() -> None:
    text = (SENTENCE * 700)[:50_000]
    item = dataclasses.replace(sample_minutes().items[0], entries=(MinutesEntry("Kommunal", "statement", text),))
    pdf = build_minutes(sample_minutes(items=(item,)))
    assert _pages(pdf) >= 10
    assert squeeze(text) in squeeze(body_text(pdf))


def test_endless_words_and_urls_wrap() -> None:
    word = "Förbättringsområdesuppföljningsdokumentationsansvarig" * 60
    url = "https://intranat.ekdala.se/" + "/".join(["samverkan"] * 150) + "?q=" + "x" * 400
    item = dataclasses.replace(sample_minutes().items[0], title=word[:600],
                               entries=(MinutesEntry(word[:300], "statement", f"{word} {url}"),))
    pdf = build_minutes(sample_minutes(items=(item,), location=url, title=word[:400]))
    assert squeeze(word) in squeeze(body_text(pdf))


def test_huge_table_cells_split_across_pages() -> None:
    huge = (SENTENCE * 700)[:50_000]
    area = Improvement("Område", None, huge, "high", huge[:20_000], ("U1",), 1, ("Kommunal",), ())
    report = sample_report(improvements=(area,), commission=huge, title="Rapport " + "lång" * 400)
    minutes = sample_minutes(attendees=tuple(dataclasses.replace(a, title=huge[:20_000])
                                             for a in sample_minutes().attendees))
    pdf = build_dialogue_report(dataclasses.replace(report, minutes=(minutes,)),
                                ReportOptions(minutes_appendix=True, names=True))
    assert _pages(pdf) > 20
    assert squeeze(huge) in squeeze(body_text(pdf))


def test_a_mandate_title_longer_than_a_page_still_bookmarks() -> None:
    long_title = "Ett mycket långt uppdrag " * 900
    report = sample_report(minutes=False)
    mandate = dataclasses.replace(report.mandates[0], title=long_title)
    pdf = build_dialogue_report(dataclasses.replace(report, mandates=(mandate,)))
    assert squeeze(long_title) in squeeze(body_text(pdf))


def _printable(text: str) -> str:
    """What the PDF can show of ``text``: the characters the font has, without spaces."""
    return "".join(ch for ch in squeeze(clean(text)) if covers(ch) and ch not in "\u00ad")


def _rtl(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.bidirectional(ch) in ("R", "AL"))


def _ltr(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.bidirectional(ch) not in ("R", "AL"))


# letters and signs from the scripts the secretary meets, plus anything else Unicode has
_TEXT = st.text(st.one_of(st.characters(codec="utf-8", exclude_categories=("Cs",)),
                          st.sampled_from("ÁŋŧđčšžåäöÅÄÖłżğİş„”–…<>&;محمد\n\t")), max_size=40)


# each example builds both documents (about a second): a few examples, and no shrinking,
# which would take minutes; a failing example is printed and kept in the example database
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(_TEXT)
@example("0लè")  # a letter the font lacks prints as an empty box; the rest must still be found
@example("<b>&amp;</b>\n\tÁŋŧ محمد")
def test_any_unicode_in_every_field_prints(text: str) -> None:
    minutes_pdf = build_minutes(sample_minutes(text))
    report_pdf = build_dialogue_report(sample_report(text), ReportOptions(minutes_appendix=True, names=True))
    expected = _printable(text)
    for pdf in (minutes_pdf, report_pdf):
        found = squeeze(body_text(pdf)).replace("\x00", "")  # glyphs the font lacks
        # right-to-left letters come back from the text layer in visual order: compare them as
        # a multiset, and everything else in order
        assert _ltr(expected) in _ltr(found), (text, expected)
        assert not Counter(_rtl(expected)) - Counter(_rtl(found)), (text, expected)
