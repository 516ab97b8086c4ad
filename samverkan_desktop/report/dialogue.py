"""The dialogue report (dialograpport) for the board: title page, contents, sections, appendices.

``dialogue_content`` builds the report as neutral content (``report.content``), which the
PDF and Word renderers print alike. Sections follow ``options.ALL_SECTIONS`` and are
numbered in print order; statements are attributed to parties, never to persons, and no
person is named unless ``options.names``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from samverkan_desktop.domain.enums import SessionKind
from samverkan_desktop.report.content import (
    Cell,
    Contents,
    DocInfo,
    Document,
    Figure,
    Furniture,
    Gap,
    Heading,
    NeedSpace,
    Node,
    Para,
    Span,
    Table,
    TitlePage,
    bold,
    italic,
    keep,
    paragraphs,
    plain,
    text_blocks,
)
from samverkan_desktop.report.data import (
    ActionInfo,
    Chart,
    MandateResult,
    PartyCount,
    ReportData,
    ThemeResult,
)
from samverkan_desktop.report.drafts import method_draft
from samverkan_desktop.report.labels import (
    PARTY_SIDES,
    PRIORITIES,
    RATINGS,
    SESSION_KINDS_SHORT,
    count_phrase,
    label,
    swedish_date,
    time_range,
)
from samverkan_desktop.report.minutes import minutes_body
from samverkan_desktop.report.options import SECTION_TITLES, Progress, ReportOptions, Section
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.report.rounds import development, rating_tables, statement_quote, written_method
from samverkan_desktop.report.text import one_line

RATING_COLOURS = {"strengthened": "#2e7d5b", "partly": "#c48a2c", "not_strengthened": "#b5563b",
                  "not_assessed": "#5d6670"}


@collector_paused
def build_dialogue_report(data: ReportData, options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen
                          progress: Progress | None = None) -> bytes:
    """The dialogue report as PDF bytes."""
    from samverkan_desktop.report.pdf import render_pdf

    return render_pdf(dialogue_content(data, options), progress)


def dialogue_content(data: ReportData, options: ReportOptions = ReportOptions()) -> Document:  # noqa: B008
    """The dialogue report as neutral content, for any renderer."""
    organisation = " · ".join(one_line(x) for x in (data.organisation, data.body) if x)
    header = " – ".join(x for x in (organisation, one_line(data.title)) if x)
    footer = ("Utkast" if not options.final else "Fastställd") + (
        f" · Dnr {one_line(data.case_number)}" if data.case_number else "")
    info = DocInfo(
        title=one_line(data.title) or "Dialograpport", author=organisation or "Samverkan Desktop",
        subject=f"Dialograpport{', ' + one_line(data.body) if data.body else ''}",
        keywords=tuple(k for k in ("dialograpport", "samverkan", "medbestämmande", one_line(data.case_number)) if k),
        created=data.date)
    builder = _Builder(data, options)
    return Document(info, Furniture(header, footer, draft=not options.final), tuple(builder.nodes()),
                    title_page=builder.title_page())


def chart_alt_text(chart: Chart) -> str:
    """What the statements chart shows, said in words (a picture's alt text), from its data."""
    parts = []
    for theme, row in zip(chart.themes, chart.counts, strict=True):
        counted = ", ".join(f"{party} {n}" for party, n in zip(chart.parties, row, strict=True) if n)
        parts.append(f"{one_line(theme)}: {count_phrase(sum(row), 'inlägg', 'inlägg')}"
                     + (f" ({counted})" if counted else ""))
    return "Stapeldiagram över antal inlägg per tema, fördelat på part. " + "; ".join(parts) + "."


def _has_chart(chart: Chart) -> bool:
    return bool(chart.themes and chart.parties and any(any(row) for row in chart.counts))


def _party_counts(counts: tuple[PartyCount, ...]) -> str:
    return " · ".join(f"{c.party} {c.count}" for c in counts)


def _missing(text: str) -> Para:
    return Para(italic(text), "small")


def _facts(facts: list[tuple[str, str | None]], zebra: bool = False, width: float = 38) -> Table:
    """A two-column table of name and value, without a header row; rows without a value left out."""
    rows = tuple((Cell(bold(name)), Cell(plain(value))) for name, value in facts if value)
    return Table(rows, (width, None), header=False, zebra=zebra)


def _grid(head: tuple[str, ...], rows: Sequence[tuple[Cell, ...]], widths: tuple[float | None, ...]) -> Table:
    return Table((tuple(Cell(plain(h)) for h in head), *rows), widths)


class _Builder:
    def __init__(self, data: ReportData, options: ReportOptions) -> None:
        self.data = data
        self.options = options
        self.number = 0
        self.appendix = 0

    def nodes(self) -> list[Node]:
        sections: dict[str, Callable[[], list[Node]]] = {
            Section.SUMMARY: self.summary, Section.BACKGROUND: self.background, Section.METHOD: self.method,
            Section.RESULTS: self.results, Section.STRENGTHS: self.strengths, Section.ASSESSMENT: self.assessment,
            Section.DEVELOPMENT: self.development, Section.IMPROVEMENTS: self.improvements,
            Section.ACTIONS: self.actions, Section.CONCLUSIONS: self.conclusions,
            Section.APPENDICES: self.appendices,
        }
        body: list[Node] = []
        for key, make in sections.items():
            if key in self.options.sections:
                body += make()
        return [Contents(), *body]

    # --- front matter ----------------------------------------------------------------

    def title_page(self) -> TitlePage:
        d = self.data
        facts = [("Diarienummer", d.case_number), ("Datum", swedish_date(d.date)),
                 ("Uppdragsgivare", d.commissioned_by), ("Status", "Fastställd" if self.options.final else "Utkast")]
        if self.options.names:
            facts += [("Ansvarig", d.responsible), ("Sekreterare", d.secretary)]
        return TitlePage("DIALOGRAPPORT", d.title, d.organisation, d.body,
                         tuple((name, value) for name, value in facts if value), self.options.logo)

    def chapter(self, key: str) -> list[Node]:
        self.number += 1
        return [NeedSpace(70), Heading(f"{self.number} {SECTION_TITLES[key]}", 0, f"s-{key}")]

    def sub(self, title: str, key: str, number: int | None = None) -> Heading:
        prefix = f"{self.number}.{number} " if number is not None else ""
        return Heading(f"{prefix}{one_line(title)}", 1, key)

    # --- sections --------------------------------------------------------------------

    def _text_section(self, key: str, text: str | None, missing: str) -> list[Node]:
        """One of the secretary's own texts, by the plain-text convention (paragraphs and lists)."""
        body = text_blocks(text) or [_missing(missing)]
        return [*self.chapter(key), *body]

    def summary(self) -> list[Node]:
        return self._text_section(Section.SUMMARY, self.data.summary, "Sammanfattningen är inte skriven ännu.")

    def conclusions(self) -> list[Node]:
        return self._text_section(Section.CONCLUSIONS, self.data.conclusions,
                                  "Slutsatserna är inte skrivna ännu.")

    def background(self) -> list[Node]:
        d = self.data
        story = self.chapter(Section.BACKGROUND)
        who = d.commissioned_by or "Uppdragsgivaren"
        when = f" den {swedish_date(d.decision_date)}" if d.decision_date else ""
        case = f" (dnr {d.case_number})" if d.case_number else ""
        if d.commission:
            story.append(Para(plain(f"{who} beslutade{when}{case} om följande uppdrag:")))
            story += paragraphs(d.commission, "quote")
        else:
            story.append(_missing("Uppdraget är inte beskrivet ännu."))
        if d.due_date:
            story.append(Para(plain(f"Rapporten ska redovisas senast {swedish_date(d.due_date)}.")))
        if d.mandates:
            story.append(Heading("Politiska uppdrag som utvärderas", 1, None, rank=3))
            story.append(_grid(("Uppdrag", "Beskrivning"),
                               [(Cell(plain(_mandate_name(m)), "cell_bold"), Cell(plain(m.description)))
                                for m in d.mandates], (58, None)))
        return story

    def method(self) -> list[Node]:
        """The method as written; when none is, the paragraph generated from the sessions, parties
        and question guide (the same text "Utkast från underlaget" inserts for editing)."""
        d = self.data
        written = text_blocks(d.method)
        return [*self.chapter(Section.METHOD), *(written or text_blocks(method_draft(d.sessions, d.parties, d.guide))),
                *written_method(d)]

    def results(self) -> list[Node]:
        d = self.data
        story = self.chapter(Section.RESULTS)
        if _has_chart(d.chart):
            story += [Figure(d.chart, chart_alt_text(d.chart), "Figur 1. Antal inlägg per tema och part."),
                      Gap(4)]
        if not d.questions:
            story.append(_missing("Samtalsguiden har inga centrala frågor."))
        for index, q in enumerate(d.questions, start=1):
            title = f"Fråga {q.number}: {one_line(q.text)}" if q.number is not None else one_line(q.text)
            intro: list[Node] = [self.sub(title, f"q-{index}", index)]
            if q.guidance:
                intro.append(Para(plain(q.guidance), "small"))
            if not q.entries:
                sentence = "Inga inlägg är kopplade till frågan."
            elif q.themes:
                sentence = f"{count_phrase(q.entries, 'inlägg', 'inlägg')} besvarade frågan. De kodade inläggen " \
                           "fördelar sig på följande teman:"
            else:
                sentence = f"{count_phrase(q.entries, 'inlägg', 'inlägg')} besvarade frågan; inget av dem är kodat " \
                           "med tema."
            intro.append(Para(plain(sentence)))
            themes = [_theme(theme, f"q-{index}-{number}") for number, theme in enumerate(q.themes, start=1)]
            story += keep(intro, themes[0] if themes else [])
            for theme_story in themes[1:]:
                story += theme_story
        tables = rating_tables(d)
        if tables:
            story += keep([self.sub("Medarbetarnas skattningar", "q-ratings", len(d.questions) + 1)], tables)
        return story

    def strengths(self) -> list[Node]:
        story = self.chapter(Section.STRENGTHS)
        if not self.data.strengths:
            story.append(_missing("Inga inlägg är kodade som det som fungerar."))
        for number, theme in enumerate(self.data.strengths, start=1):
            story += _theme(theme, f"st-{number}")
        return story

    def assessment(self) -> list[Node]:
        story = self.chapter(Section.ASSESSMENT)
        if not self.data.mandates:
            story.append(_missing("Projektet har inga politiska uppdrag."))
        for index, mandate in enumerate(self.data.mandates, start=1):
            story += keep([self.sub(_mandate_name(mandate), f"a-{index}", index)], _assessment(mandate))
        return story

    def development(self) -> list[Node]:
        """Utveckling sedan föregående uppföljning: only when the project is linked to a previous round."""
        if self.data.development is None:
            return []
        story = self.chapter(Section.DEVELOPMENT)
        return story + development(self.data, self.number)

    def improvements(self) -> list[Node]:
        story = self.chapter(Section.IMPROVEMENTS)
        if not self.data.improvements:
            story.append(_missing("Inga förbättringsområden är kodade."))
        for index, area in enumerate(self.data.improvements, start=1):
            facts = [("Förslag", area.proposal), ("Prioritet", label(PRIORITIES, area.priority)),
                     ("Ansvarig", area.owner), ("Politiska uppdrag", "; ".join(area.mandates)),
                     ("Underlag", f"{count_phrase(area.count, 'inlägg', 'inlägg')}"
                                  + (f" från {', '.join(area.parties)}" if area.parties else ""))]
            story += keep([self.sub(area.name, f"i-{index}", index), *paragraphs(area.description)],
                          [_facts(facts, zebra=True), *(statement_quote(s) for s in area.statements)])
        return story

    def actions(self) -> list[Node]:
        """The actions decided in the dialogues: the open ones by due date, then the done ones."""
        chapter = self.chapter(Section.ACTIONS)
        actions = self.data.actions
        if not actions:
            return [*chapter, _missing("Inga åtgärder är beslutade.")]
        open_ = sorted((a for a in actions if not a.done), key=lambda a: (a.due is None, a.due or self.data.date))
        done = [a for a in actions if a.done]
        head: list[Node] = [*chapter[1:], Para(plain(
            f"I dialogerna beslutades {count_phrase(len(actions), 'åtgärd', 'åtgärder')}: "
            f"{len(open_)} {'är öppen' if len(open_) == 1 else 'är öppna'} och {len(done)} "
            f"{'är genomförd' if len(done) == 1 else 'är genomförda'}."))]
        story: list[Node] = chapter[:1]
        for number, (title, chosen) in enumerate((("Öppna åtgärder", open_), ("Genomförda åtgärder", done)), start=1):
            if not chosen:
                continue
            rows = [(Cell(plain(a.text)), Cell(plain(a.owner)), Cell(plain(self._due(a))),
                     Cell(plain(a.improvement))) for a in chosen]
            # the chapter's heading and sentence go with the first table: never alone at a page's foot
            story += keep([*head, self.sub(title, f"act-{number}", number)],
                          [_grid(("Åtgärd", "Ansvarig", "Klart senast", "Förbättringsområde"), rows,
                                 (None, 38, 24, 38))])
            head = []
        return story

    def _due(self, action: ActionInfo) -> str:
        if action.due is None:
            return ""
        late = not action.done and action.due < self.data.date
        return swedish_date(action.due) + (" (passerat)" if late else "")

    def appendices(self) -> list[Node]:
        d = self.data
        story = self.chapter(Section.APPENDICES)
        story += [self.annex("Samtalsguide", "b-guide")]
        for q in d.guide:
            number = f"{q.number}. " if q.number is not None else ""
            story.append(Para(bold(f"{number}{q.text}")))
            if q.guidance:
                story.append(Para(plain(q.guidance), "statement"))
            if q.mandates:
                story.append(Para(plain(f"Politiska uppdrag: {'; '.join(q.mandates)}"), "small"))
        if not d.guide:
            story.append(_missing("Samtalsguiden är tom."))
        story.append(self.annex("Förteckning över dialogtillfällen", "b-sessions"))
        sessions = [(Cell(plain(swedish_date(s.date) + (f"\n{time_range(s.start, s.end)}" if s.start else ""))),
                     Cell(plain(s.title)), Cell(plain(label(SESSION_KINDS_SHORT, s.kind))), Cell(plain(s.location)),
                     Cell(plain(str(s.present))), Cell(plain(str(s.entries)))) for s in d.sessions]
        story.append(_grid(("Datum", "Dialogtillfälle", "Typ", "Plats", "Närv.", "Inlägg"), sessions,
                           (27, None, 23, 43, 12, 14)))  # long words whole ("Utbildningsförvaltningen,")
        if any(s.kind == SessionKind.WRITTEN_ANSWERS.value for s in d.sessions):
            story.append(Para(plain("För skriftliga svar anger Närv. antalet svarande."), "small"))
        story.append(self.annex("Deltagande parter", "b-parties"))
        parties = [(Cell(plain(party.name), "cell_bold"), Cell(plain(label(PARTY_SIDES, party.side))),
                    Cell(plain(str(sum(1 for s in d.sessions if party.name in s.parties)))))
                   for party in d.parties]
        story.append(_grid(("Part", "Slag", "Dialogtillfällen"), parties, (80, None, 32)))
        if self.options.minutes_appendix and d.minutes:
            story.append(self.annex("Protokoll från dialogtillfällena", "b-minutes"))
            if not self.options.names:
                story.append(Para(plain("Närvaron redovisas per part och roll; rapporten namnger inga personer."),
                                  "small"))
            for index, minutes in enumerate(d.minutes, start=1):
                story += [NeedSpace(80), *minutes_body(minutes, self.options.names, 2, f"b-m{index}")]
        return story

    def annex(self, title: str, key: str) -> Heading:
        letter = chr(ord("A") + self.appendix) if self.appendix < 26 else str(self.appendix + 1)
        self.appendix += 1
        return Heading(f"Bilaga {letter}. {title}", 1, key)


def _mandate_name(mandate: MandateResult) -> str:
    return f"{one_line(mandate.code)} {one_line(mandate.title)}".strip() if mandate.code else one_line(mandate.title)


def _theme(theme: ThemeResult, key: str) -> list[Node]:
    head = Heading(f"{one_line(theme.name)} ({count_phrase(theme.count, 'inlägg', 'inlägg')})", 2, key, rank=3)
    story: list[Node] = [head, *paragraphs(theme.description, "small")]
    if theme.by_party:
        story.append(Para(plain(f"Per part: {_party_counts(theme.by_party)}"), "small"))
    return keep(story, [statement_quote(s) for s in theme.statements])


def _assessment(mandate: MandateResult) -> list[Node]:
    rating = label(RATINGS, mandate.rating) or "Ej bedömt ännu"
    colour = RATING_COLOURS.get(mandate.rating or "", "#5d6670")
    box = Table(((Cell(bold("Bedömning")), Cell((Span(rating, bold=True, colour=colour),))),), (38, None),
                header=False, zebra=False, look="rating", accent=colour)
    story: list[Node] = [*paragraphs(mandate.description, "small"), box, Gap(2)]
    if mandate.motivation:
        story += [Para(plain("Motivering"), "label"), *paragraphs(mandate.motivation)]
    evidence = f"Underlag: {count_phrase(mandate.evidence, 'inlägg', 'inlägg')}"
    if mandate.by_party:
        evidence += f" ({_party_counts(mandate.by_party)})"
    story.append(Para(plain(evidence + "."), "small"))
    story += [statement_quote(s) for s in mandate.statements]
    return story


__all__ = ["SECTION_TITLES", "build_dialogue_report", "chart_alt_text", "dialogue_content"]
