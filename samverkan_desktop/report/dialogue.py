"""The dialogue report (dialograpport) for the board: title page, contents, sections, appendices.

Sections follow ``options.ALL_SECTIONS`` and are numbered in print order; statements are
attributed to parties, never to persons, and no person is named unless ``options.names``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Image, KeepTogether, NextPageTemplate, PageBreak, Spacer

from samverkan_desktop.report.charts import statements_chart
from samverkan_desktop.report.data import MandateResult, PartyCount, ReportData, Statement, ThemeResult
from samverkan_desktop.report.document import (
    TEXT_WIDTH,
    Heading,
    Metadata,
    PageDecor,
    TocLine,
    heading,
    markup,
    para,
    render,
    table,
)
from samverkan_desktop.report.labels import (
    PARTY_SIDES,
    PRIORITIES,
    RATINGS,
    SESSION_KINDS,
    SESSION_KINDS_PROSE,
    count_phrase,
    label,
    swedish_date,
    time_range,
)
from samverkan_desktop.report.minutes import minutes_story
from samverkan_desktop.report.options import Progress, ReportOptions, Section
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.report.text import escape, one_line

RATING_COLOURS = {"strengthened": "#2e7d5b", "partly": "#c48a2c", "not_strengthened": "#b5563b",
                  "not_assessed": "#5d6670"}
SECTION_TITLES = {
    Section.SUMMARY: "Sammanfattning", Section.BACKGROUND: "Bakgrund och uppdrag", Section.METHOD: "Metod",
    Section.RESULTS: "Resultat per central fråga", Section.STRENGTHS: "Det som fungerar",
    Section.ASSESSMENT: "Bedömning per politiskt uppdrag", Section.IMPROVEMENTS: "Förbättringsområden",
    Section.CONCLUSIONS: "Slutsatser och förslag", Section.APPENDICES: "Bilagor",
}


@collector_paused
def build_dialogue_report(data: ReportData, options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen
                          progress: Progress | None = None) -> bytes:
    """The dialogue report as PDF bytes."""
    builder = _Builder(data, options)
    story = builder.story()
    organisation = " · ".join(one_line(x) for x in (data.organisation, data.body) if x)
    header = " – ".join(x for x in (organisation, one_line(data.title)) if x)
    footer = ("Utkast" if not options.final else "Fastställd") + (
        f" · Dnr {one_line(data.case_number)}" if data.case_number else "")
    metadata = Metadata(
        title=one_line(data.title) or "Dialograpport", author=organisation or "Samverkan Desktop",
        subject=f"Dialograpport{', ' + one_line(data.body) if data.body else ''}",
        keywords=tuple(k for k in ("dialograpport", "samverkan", "medbestämmande", one_line(data.case_number)) if k),
        created=data.date)
    return render(story, PageDecor(header, footer, draft=not options.final), metadata, progress, title_page=True)


def _paragraphs(text: str | None, style: str = "body") -> list[Any]:
    """User text as paragraphs: a blank line starts a new paragraph, a single line break stays a break."""
    if not text or not text.strip():
        return []
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(block, style) for block in blocks if block.strip()]


def _party_counts(counts: tuple[PartyCount, ...]) -> str:
    return " · ".join(f"{escape(c.party)} {c.count}" for c in counts)


def _statement(statement: Statement) -> Any:
    """A quoted statement and, below it, its party and date; kept on one page."""
    source = statement.party or "Utan angiven part"
    return KeepTogether([para(f"”{statement.text}”", "quote_text"),
                         para(f"— {source}, {swedish_date(statement.date)}", "quote_source")])


class _Builder:
    def __init__(self, data: ReportData, options: ReportOptions) -> None:
        self.data = data
        self.options = options
        self.number = 0
        self.appendix = 0

    def story(self) -> list[Any]:
        sections: dict[str, Callable[[], list[Any]]] = {
            Section.SUMMARY: self.summary, Section.BACKGROUND: self.background, Section.METHOD: self.method,
            Section.RESULTS: self.results, Section.STRENGTHS: self.strengths, Section.ASSESSMENT: self.assessment,
            Section.IMPROVEMENTS: self.improvements, Section.CONCLUSIONS: self.conclusions,
            Section.APPENDICES: self.appendices,
        }
        body: list[Any] = []
        for key, make in sections.items():
            if key in self.options.sections:
                body += make()
        contents = self.contents(body)
        return [*self.title_page(), *contents, *body]

    # --- front matter ----------------------------------------------------------------

    def title_page(self) -> list[Any]:
        d = self.data
        story: list[Any] = [NextPageTemplate("body")]
        logo = _logo(self.options.logo)
        story += [logo, Spacer(1, 10 * mm)] if logo is not None else [Spacer(1, 30 * mm)]
        if d.organisation:
            story.append(markup(f"<b>{escape(d.organisation)}</b>", "subtitle"))
        if d.body:
            story.append(para(d.body, "title_meta"))
        story += [Spacer(1, 28 * mm), markup("DIALOGRAPPORT", "label"), para(d.title, "title"), Spacer(1, 4 * mm)]
        facts = [("Diarienummer", d.case_number), ("Datum", swedish_date(d.date)),
                 ("Uppdragsgivare", d.commissioned_by), ("Status", "Fastställd" if self.options.final else "Utkast")]
        if self.options.names:
            facts += [("Ansvarig", d.responsible), ("Sekreterare", d.secretary)]
        rows = [[markup(f"<b>{name}</b>", "cell"), para(value, "cell")] for name, value in facts if value]
        grid = table(rows, [38 * mm, TEXT_WIDTH - 38 * mm], header=False, zebra=False)
        story += [grid, PageBreak()]
        return story

    def contents(self, body: list[Any]) -> list[Any]:
        lines = [TocLine(h.title, h.key, h.level) for h in headings(body) if h.key is not None and h.level <= 1]
        if not lines:
            return []
        return [heading("Innehåll", 0, "contents", style="h1"), *lines, PageBreak()]

    def chapter(self, key: str) -> list[Any]:
        self.number += 1
        return [CondPageBreak(70 * mm), heading(f"{self.number} {SECTION_TITLES[key]}", 0, f"s-{key}")]

    def sub(self, title: str, key: str, number: int | None = None) -> Heading:
        prefix = f"{self.number}.{number} " if number is not None else ""
        return heading(f"{prefix}{one_line(title)}", 1, key)

    # --- sections --------------------------------------------------------------------

    def _text_section(self, key: str, text: str | None, missing: str) -> list[Any]:
        body = _paragraphs(text) or [markup(f"<i>{missing}</i>", "small")]
        return [*self.chapter(key), *body]

    def summary(self) -> list[Any]:
        return self._text_section(Section.SUMMARY, self.data.summary, "Sammanfattningen är inte skriven ännu.")

    def conclusions(self) -> list[Any]:
        return self._text_section(Section.CONCLUSIONS, self.data.conclusions,
                                  "Slutsatserna är inte skrivna ännu.")

    def background(self) -> list[Any]:
        d = self.data
        story = self.chapter(Section.BACKGROUND)
        who = escape(d.commissioned_by) if d.commissioned_by else "Uppdragsgivaren"
        when = f" den {swedish_date(d.decision_date)}" if d.decision_date else ""
        case = f" (dnr {escape(d.case_number)})" if d.case_number else ""
        if d.commission:
            story.append(markup(f"{who} beslutade{when}{case} om följande uppdrag:", "body"))
            story += _paragraphs(d.commission, "quote")
        else:
            story.append(markup("<i>Uppdraget är inte beskrivet ännu.</i>", "small"))
        if d.due_date:
            story.append(markup(f"Rapporten ska redovisas senast {swedish_date(d.due_date)}.", "body"))
        if d.mandates:
            story.append(markup("Politiska uppdrag som utvärderas", "h3"))
            rows: list[list[Any]] = [[markup("Uppdrag", "cell_head"), markup("Beskrivning", "cell_head")]]
            rows += [[para(_mandate_name(m), "cell_bold"), para(m.description, "cell")] for m in d.mandates]
            story.append(table(rows, [58 * mm, TEXT_WIDTH - 58 * mm]))
        return story

    def method(self) -> list[Any]:
        d = self.data
        story = [*self.chapter(Section.METHOD), *_paragraphs(d.method)]
        if d.sessions:
            kinds: dict[str, int] = {}
            for s in d.sessions:
                kinds[s.kind or "other"] = kinds.get(s.kind or "other", 0) + 1
            kinds_text = ", ".join(count_phrase(n, *SESSION_KINDS_PROSE.get(k, SESSION_KINDS_PROSE["other"]))
                                   for k, n in kinds.items())
            first, last = d.sessions[0].date, d.sessions[-1].date
            period = (f"den {swedish_date(first)}" if first == last
                      else f"mellan {swedish_date(first)} och {swedish_date(last)}")
            entries = sum(s.entries for s in d.sessions)
            dialogues = count_phrase(len(d.sessions), "strukturerad dialog", "strukturerade dialoger")
            story.append(markup(
                f"Underlaget bygger på {dialogues} "
                f"({kinds_text}) som hölls {period}. Sammanlagt antecknades "
                f"{count_phrase(entries, 'inlägg', 'inlägg')}. Inläggen redovisas per part, aldrig per person.",
                "body"))
        if d.parties:
            names = ", ".join(escape(p.name) for p in d.parties)
            story.append(markup(f"Följande parter deltog: {names}.", "body"))
        if d.guide:
            questions = count_phrase(len(d.guide), "central fråga", "centrala frågor")
            story.append(markup(
                f"Dialogerna följde en samtalsguide med {questions} "
                "(se bilaga). Inläggen har kodats efter tema, det som fungerar och förbättringsområden.", "body"))
        return story

    def results(self) -> list[Any]:
        d = self.data
        story = self.chapter(Section.RESULTS)
        chart = statements_chart(d.chart, TEXT_WIDTH)
        if chart is not None:
            story += [KeepTogether([chart, markup("Figur 1. Antal inlägg per tema och part.", "small")]),
                      Spacer(1, 4 * mm)]
        if not d.questions:
            story.append(markup("<i>Samtalsguiden har inga centrala frågor.</i>", "small"))
        for index, q in enumerate(d.questions, start=1):
            title = f"Fråga {q.number}: {one_line(q.text)}" if q.number is not None else one_line(q.text)
            intro: list[Any] = [self.sub(title, f"q-{index}", index)]
            if q.guidance:
                intro.append(para(q.guidance, "small"))
            if not q.entries:
                sentence = "Inga inlägg är kopplade till frågan."
            elif q.themes:
                sentence = f"{count_phrase(q.entries, 'inlägg', 'inlägg')} besvarade frågan. De kodade inläggen " \
                           "fördelar sig på följande teman:"
            else:
                sentence = f"{count_phrase(q.entries, 'inlägg', 'inlägg')} besvarade frågan; inget av dem är kodat " \
                           "med tema."
            intro.append(markup(sentence, "body"))
            themes = [_theme(theme, f"q-{index}-{number}") for number, theme in enumerate(q.themes, start=1)]
            story += _keep(intro, themes[0] if themes else [])
            for theme_story in themes[1:]:
                story += theme_story
        return story

    def strengths(self) -> list[Any]:
        story = self.chapter(Section.STRENGTHS)
        if not self.data.strengths:
            story.append(markup("<i>Inga inlägg är kodade som det som fungerar.</i>", "small"))
        for number, theme in enumerate(self.data.strengths, start=1):
            story += _theme(theme, f"st-{number}")
        return story

    def assessment(self) -> list[Any]:
        story = self.chapter(Section.ASSESSMENT)
        if not self.data.mandates:
            story.append(markup("<i>Projektet har inga politiska uppdrag.</i>", "small"))
        for index, mandate in enumerate(self.data.mandates, start=1):
            story += _keep([self.sub(_mandate_name(mandate), f"a-{index}", index)], _assessment(mandate))
        return story

    def improvements(self) -> list[Any]:
        story = self.chapter(Section.IMPROVEMENTS)
        if not self.data.improvements:
            story.append(markup("<i>Inga förbättringsområden är kodade.</i>", "small"))
        for index, area in enumerate(self.data.improvements, start=1):
            facts = [("Förslag", area.proposal), ("Prioritet", label(PRIORITIES, area.priority)),
                     ("Ansvarig", area.owner), ("Politiska uppdrag", "; ".join(area.mandates)),
                     ("Underlag", f"{count_phrase(area.count, 'inlägg', 'inlägg')}"
                                  + (f" från {', '.join(area.parties)}" if area.parties else ""))]
            rows = [[markup(f"<b>{name}</b>", "cell"), para(value, "cell")] for name, value in facts if value]
            story += _keep([self.sub(area.name, f"i-{index}", index), *_paragraphs(area.description)],
                           [table(rows, [38 * mm, TEXT_WIDTH - 38 * mm], header=False),
                            *(_statement(s) for s in area.statements)])
        return story

    def appendices(self) -> list[Any]:
        d = self.data
        story = self.chapter(Section.APPENDICES)
        story += [self.annex("Samtalsguide", "b-guide")]
        for q in d.guide:
            number = f"{q.number}. " if q.number is not None else ""
            story.append(markup(f"<b>{escape(number)}{escape(q.text)}</b>", "body"))
            if q.guidance:
                story.append(para(q.guidance, "statement"))
            if q.mandates:
                story.append(markup(f"Politiska uppdrag: {escape('; '.join(q.mandates))}", "small"))
        if not d.guide:
            story.append(markup("<i>Samtalsguiden är tom.</i>", "small"))
        story.append(self.annex("Förteckning över dialogtillfällen", "b-sessions"))
        rows: list[list[Any]] = [[markup(h, "cell_head") for h in ("Datum", "Dialogtillfälle", "Typ", "Plats",
                                                                    "Närv.", "Inlägg")]]
        for s in d.sessions:
            when = swedish_date(s.date) + (f"<br/>{time_range(s.start, s.end)}" if s.start else "")
            rows.append([markup(when, "cell"), para(s.title, "cell"), para(label(SESSION_KINDS, s.kind), "cell"),
                         para(s.location, "cell"), para(str(s.present), "cell"), para(str(s.entries), "cell")])
        story.append(table(rows, [30 * mm, TEXT_WIDTH - 30 * mm - 26 * mm - 34 * mm - 27 * mm, 26 * mm, 34 * mm,
                                  12 * mm, 15 * mm]))
        story.append(self.annex("Deltagande parter", "b-parties"))
        rows = [[markup(h, "cell_head") for h in ("Part", "Slag", "Dialogtillfällen")]]
        for party in d.parties:
            attended = sum(1 for s in d.sessions if party.name in s.parties)
            rows.append([para(party.name, "cell_bold"), para(label(PARTY_SIDES, party.side), "cell"),
                         para(str(attended), "cell")])
        story.append(table(rows, [80 * mm, TEXT_WIDTH - 80 * mm - 32 * mm, 32 * mm]))
        if self.options.minutes_appendix and d.minutes:
            story.append(self.annex("Protokoll från dialogtillfällena", "b-minutes"))
            if not self.options.names:
                story.append(markup("Närvaron redovisas per part och roll; rapporten namnger inga personer.",
                                    "small"))
            for index, minutes in enumerate(d.minutes, start=1):
                story += [CondPageBreak(80 * mm), *minutes_story(minutes, self.options.names, 2, f"b-m{index}")]
        return story

    def annex(self, title: str, key: str) -> Heading:
        letter = chr(ord("A") + self.appendix) if self.appendix < 26 else str(self.appendix + 1)
        self.appendix += 1
        return heading(f"Bilaga {letter}. {title}", 1, key)


def _mandate_name(mandate: MandateResult) -> str:
    return f"{one_line(mandate.code)} {one_line(mandate.title)}".strip() if mandate.code else one_line(mandate.title)


def _theme(theme: ThemeResult, key: str) -> list[Any]:
    head = heading(f"{one_line(theme.name)} ({count_phrase(theme.count, 'inlägg', 'inlägg')})", 2, key, style="h3")
    story: list[Any] = [head, *_paragraphs(theme.description, "small")]
    if theme.by_party:
        story.append(markup(f"Per part: {_party_counts(theme.by_party)}", "small"))
    return _keep(story, [_statement(s) for s in theme.statements])


def _keep(head: list[Any], rest: list[Any]) -> list[Any]:
    """``head`` and the first flowable of ``rest`` on one page (no heading alone at a page's foot).

    Groups are never nested: a KeepTogether measures itself as endless, so one inside
    another would always start a new page.
    """
    first = rest[:1]
    if first and isinstance(first[0], KeepTogether):
        first = list(first[0]._content)
    return [KeepTogether([*head, *first]), *rest[1:]]


def headings(flowables: list[Any]) -> list[Heading]:
    """The headings of a story, also those inside KeepTogether groups, in order."""
    found: list[Heading] = []
    for flowable in flowables:
        if isinstance(flowable, Heading):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += headings(list(flowable._content))
    return found


def _assessment(mandate: MandateResult) -> list[Any]:
    rating = label(RATINGS, mandate.rating) or "Ej bedömt ännu"
    colour = RATING_COLOURS.get(mandate.rating or "", "#5d6670")
    box = table([[markup("<b>Bedömning</b>", "cell"),
                  markup(f"<font color='{colour}'><b>{escape(rating)}</b></font>", "cell")]],
                [38 * mm, TEXT_WIDTH - 38 * mm], header=False, zebra=False)
    box.setStyle([("BOX", (0, 0), (-1, -1), 0.8, colour), ("BACKGROUND", (0, 0), (0, 0), "#eef2f6")])
    story: list[Any] = [*_paragraphs(mandate.description, "small"), box, Spacer(1, 2 * mm)]
    if mandate.motivation:
        story += [markup("Motivering", "label"), *_paragraphs(mandate.motivation)]
    evidence = f"Underlag: {count_phrase(mandate.evidence, 'inlägg', 'inlägg')}"
    if mandate.by_party:
        evidence += f" ({_party_counts(mandate.by_party)})"
    story.append(markup(evidence + ".", "small"))
    story += [_statement(s) for s in mandate.statements]
    return story


def _logo(data: bytes | None) -> Image | None:
    """The logo as a flowable at most 60 x 25 mm; None when absent or not a readable image."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a damaged or unknown image: the title page goes without it
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(60 * mm / width, 25 * mm / height)
    image = Image(io.BytesIO(data), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image
