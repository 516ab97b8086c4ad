"""The report's own texts print by the plain-text convention, the method falls back to the
generated paragraph, and quoted spans print with […] where the entry goes on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.report import content as c
from samverkan_desktop.report.data import PartyInfo, SessionInfo, Statement, ThemeResult
from samverkan_desktop.report.dialogue import build_dialogue_report, dialogue_content
from samverkan_desktop.report.options import ReportOptions, Section
from tests.report.conftest import poppler_text, sample_report, squeeze

SUMMARY = """Parterna är överens om tre saker.
Det märks i materialet.

- tidig dialog
- fler skyddsombud
  med tid i schemat

3. Årsplan
7. Uppföljning

<b>Inte fetstil</b> & *inte kursiv*"""


def _section(content: c.Document, title: str) -> list[c.Node]:
    """The nodes of one chapter, from its heading to the next chapter's."""
    nodes = [n for n in c.walk(content.nodes) if not isinstance(n, c.Keep)]
    start = next(i for i, n in enumerate(nodes) if isinstance(n, c.Heading) and n.level == 0 and title in n.text)
    end = next((i for i, n in enumerate(nodes) if i > start and isinstance(n, c.Heading) and n.level == 0),
               len(nodes))
    return nodes[start + 1:end]


def test_the_summary_prints_paragraphs_and_lists_by_the_convention(tmp_path: Path) -> None:
    options = ReportOptions(sections=frozenset({Section.SUMMARY}))
    report = sample_report(summary=SUMMARY)
    nodes = [n for n in _section(dialogue_content(report, options), "Sammanfattning")
             if not isinstance(n, c.NeedSpace)]
    assert nodes == [
        c.Para(c.plain("Parterna är överens om tre saker.\nDet märks i materialet.")),
        c.ListBlock("bullets", ("tidig dialog", "fler skyddsombud\nmed tid i schemat")),
        c.ListBlock("numbered", ("Årsplan", "Uppföljning"), start=3),
        c.Para(c.plain("<b>Inte fetstil</b> & *inte kursiv*")),
    ]
    text = squeeze(poppler_text(build_dialogue_report(report, options), tmp_path))
    for piece in ("Parternaäröverensomtresaker.Detmärksimaterialet.", "•tidigdialog",
                  "•flerskyddsombudmedtidischemat", "3.Årsplan", "4.Uppföljning", "<b>Intefetstil</b>&*intekursiv*"):
        assert piece in text, piece


def test_the_conclusions_print_their_lists_too() -> None:
    options = ReportOptions(sections=frozenset({Section.CONCLUSIONS}))
    nodes = _section(dialogue_content(sample_report(conclusions="Vi föreslår:\n\n1. Ett\n2. Två"), options),
                     "Slutsatser")
    assert c.ListBlock("numbered", ("Ett", "Två")) in nodes


def test_a_written_method_replaces_the_generated_paragraph() -> None:
    options = ReportOptions(sections=frozenset({Section.METHOD}))
    sessions = (SessionInfo("CSG", "csg", dt.date(2026, 3, 1), None, None, None, (), 5, 12),
                SessionInfo("FSG", "fsg", dt.date(2026, 4, 1), None, None, None, (), 4, 8))
    data = sample_report(method=None, sessions=sessions, parties=(PartyInfo("Kommunal", "union"),))
    generated = [n for n in _section(dialogue_content(data, options), "Metod") if isinstance(n, c.Para)]
    assert generated[0].spans[0].text == (
        "Underlaget bygger på 2 strukturerade dialoger (1 möte i CSG, 1 möte i FSG) som hölls mellan 1 mars 2026 "
        "och 1 april 2026. Sammanlagt antecknades 20 inlägg. Inläggen redovisas per part, aldrig per person.")
    assert generated[1].spans[0].text == "Följande parter deltog: Kommunal."
    written = _section(dialogue_content(sample_report(method="Vår egen metod.\n\n- fyra samtal",
                                                      sessions=sessions), options), "Metod")
    assert [n for n in written if not isinstance(n, c.NeedSpace)] == [
        c.Para(c.plain("Vår egen metod.")), c.ListBlock("bullets", ("fyra samtal",))]


def test_a_quoted_span_prints_with_ellipses(tmp_path: Path) -> None:
    statement = Statement("Kommunal", "underlagen kommer för sent", dt.date(2026, 3, 1), cut_before=True,
                          cut_after=True, chosen=True)
    theme = ThemeResult("Det som fungerar", None, 1, (), (statement,))
    options = ReportOptions(sections=frozenset({Section.STRENGTHS}))
    content = dialogue_content(sample_report(strengths=(theme,)), options)
    [quote] = [n for n in c.walk(content.nodes) if isinstance(n, c.Quote)]
    assert quote.quoted == "”[…] underlagen kommer för sent […]”"
    text = squeeze(poppler_text(build_dialogue_report(sample_report(strengths=(theme,)), options), tmp_path))
    assert "”[…]underlagenkommerförsent[…]”" in text
