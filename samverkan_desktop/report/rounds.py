"""The report's content that comes from the rounds, as neutral nodes (``report.content``).

- ``written_method``: the written answers as a source of their own, with their counts (in
  the method chapter);
- ``rating_tables``: the HME indices and the rating items (item, n, mean with a decimal
  comma, the 0-100 index HME uses) under the results;
- ``development``: the chapter "Utveckling sedan föregående uppföljning": the mandates then
  and now as a table and a small chart, each improvement area the previous round proposed
  with its follow-up status, and the rating items then and now.

Both renderers print these nodes alike (the chart is a ``Figure`` of a side-by-side
``Chart`` whose value axis names the ratings).
"""

from __future__ import annotations

from samverkan_desktop.report.content import (
    Cell,
    Figure,
    Gap,
    Heading,
    Node,
    Para,
    Quote,
    Span,
    Table,
    bold,
    keep,
    plain,
)
from samverkan_desktop.report.data import Chart, Development, RatingRow, RatingThenNow, ReportData, Statement
from samverkan_desktop.report.labels import (
    DIRECTIONS,
    FOLLOW_UP,
    RATINGS,
    count_phrase,
    decimal,
    label,
    signed,
    swedish_date,
    whole,
)
from samverkan_desktop.report.quoting import quoted
from samverkan_desktop.report.text import one_line

#: the ratings on the chart's value axis, from the bottom
RATING_SCALE = ("Ej bedömt", "Inte stärkts", "Delvis stärkts", "Stärkts")
RATING_RANK = {"not_strengthened": 1, "partly": 2, "strengthened": 3}
STATUS_COLOURS = {"done": "#2e7d5b", "in_progress": "#c48a2c", "not_started": "#b5563b", "not_relevant": "#5d6670"}
DIRECTION_COLOURS = {"stronger": "#2e7d5b", "unchanged": "#5d6670", "weaker": "#b5563b"}
#: the chart's two series (short: the legend has little room)
THEN, NOW = "Föregående", "Nu"


def written_method(data: ReportData) -> list[Node]:
    """A paragraph on the written answers: who answered, how many answers, how they are reported."""
    if not data.written:
        return []
    respondents = sum(w.respondents for w in data.written)
    answers = sum(w.answers for w in data.written)
    surveys = "; ".join(f"”{one_line(w.title)}”, {swedish_date(w.date)}" for w in data.written)
    return [Para(plain(
        f"Därtill lämnade {count_phrase(respondents, 'medarbetare', 'medarbetare')} skriftliga svar i en enkät "
        f"({surveys}): {count_phrase(answers, 'svar', 'svar')} på samtalsguidens frågor. De redovisas som en egen "
        "källa, skriftliga svar från medarbetare, per grupp och aldrig per person; de svarandes namn och "
        "e-postadresser har aldrig sparats."))]


def statement_quote(statement: Statement) -> Quote:
    """A quoted statement: a tagged span with "[…]" where its entry goes on (``quoting.quoted``)."""
    return Quote(quoted(statement.text, statement.cut_before, statement.cut_after),
                 f"{statement.party or 'Utan angiven part'}, {swedish_date(statement.date)}")


def _index_name(row: RatingRow) -> str:
    """An HME index's name, saying so when the survey asked only some of its items: an HME of one
    item is no HME."""
    return f"{row.text} ({row.items} av {row.of} frågor)" if 0 < row.items < row.of else row.text


def _rating_cells(row: RatingRow) -> tuple[Cell, ...]:
    return (Cell(plain(_index_name(row))), Cell(plain(str(row.n))), Cell(plain(decimal(row.mean))),
            Cell(plain(whole(row.index))))


def rating_tables(data: ReportData) -> list[Node]:
    """The HME indices and the rating items of the round, or nothing when the round has none."""
    if not data.ratings:
        return []
    nodes: list[Node] = [Para(plain(
        "Enkäten innehöll påståenden som besvarades på en skala från 1 (instämmer inte alls) till 5 (instämmer "
        "helt). Tabellen anger antal svar (n), medelvärdet och ett index 0–100, (medelvärdet − 1) × 25, som i "
        "SKR:s mått Hållbart medarbetarengagemang (HME)."))]
    if data.hme:
        head = (Cell(plain("HME")), Cell(plain("n")), Cell(plain("Medelvärde")), Cell(plain("Index")))
        rows = [tuple(Cell(c.spans, "cell_bold") for c in _rating_cells(row)) if row.text == "HME"
                else _rating_cells(row) for row in data.hme]
        nodes += [Table((head, *rows), (None, 18, 26, 18)), Gap(3)]
    head = (Cell(plain("Påstående")), Cell(plain("n")), Cell(plain("Medelvärde")), Cell(plain("Index")))
    nodes.append(Table((head, *(_rating_cells(row) for row in data.ratings)), (None, 18, 26, 18)))
    return nodes


def _mandate_chart(development: Development) -> Figure | None:
    rows = [m for m in development.mandates if m.then or m.now]
    if not rows:
        return None
    chart = Chart(tuple(m.now or m.then or "" for m in rows), (THEN, NOW),
                  tuple((RATING_RANK.get(m.rating_then or "", 0), RATING_RANK.get(m.rating_now or "", 0))
                        for m in rows), stacked=False, scale=RATING_SCALE)
    alt = "Stapeldiagram över bedömningen av varje politiskt uppdrag i föregående och denna uppföljning. " + "; ".join(
        f"{one_line(m.now or m.then)}: {label(RATINGS, m.rating_then) or 'ej bedömt'} då, "
        f"{label(RATINGS, m.rating_now) or 'ej bedömt'} nu" for m in rows) + "."
    return Figure(chart, alt, "Figur 2. Bedömningen av de politiska uppdragen då och nu.")


def _then_now(row: RatingThenNow) -> tuple[Cell, ...]:
    change = None if row.then.mean is None or row.now.mean is None else row.now.mean - row.then.mean
    return (Cell(plain(row.text)), Cell(plain(str(row.then.n))), Cell(plain(decimal(row.then.mean))),
            Cell(plain(str(row.now.n))), Cell(plain(decimal(row.now.mean))), Cell(plain(signed(change))))


def development(data: ReportData, number: int) -> list[Node]:
    """The chapter's body (after its heading ``number``); the subsections are numbered ``number.1`` ..."""
    d = data.development
    assert d is not None
    when = f" ({swedish_date(d.date)})" if d.date else ""
    nodes: list[Node] = [Para(plain(
        f"Kapitlet jämför den här uppföljningen med den föregående, ”{one_line(d.title)}”{when}: hur de politiska "
        "uppdragen bedömdes då och nu, vad som har blivit av förbättringsområdena som föreslogs då och hur "
        "medarbetarnas skattningar har förändrats."))]
    sub = 0

    def heading(title: str, key: str) -> Heading:
        nonlocal sub
        sub += 1
        return Heading(f"{number}.{sub} {title}", 1, key)

    rows = []
    for m in d.mandates:
        direction = Span(DIRECTIONS.get(m.direction or "", "Kan inte jämföras" if m.then and m.now else "–"),
                         bold=m.direction is not None, colour=DIRECTION_COLOURS.get(m.direction or ""))
        rows.append((Cell(plain(m.now or f"{m.then} (saknas i denna uppföljning)"), "cell_bold"),
                     Cell(plain(label(RATINGS, m.rating_then) if m.then else "Nytt uppdrag")),
                     Cell(plain(label(RATINGS, m.rating_now) or "Ej bedömt ännu" if m.now else "–")),
                     Cell((direction,))))
    table = Table(((Cell(plain("Politiskt uppdrag")), Cell(plain("Bedömning då")), Cell(plain("Bedömning nu")),
                    Cell(plain("Utveckling"))), *rows), (None, 32, 32, 30))
    figure = _mandate_chart(d)
    chart: list[Node] = [Gap(3), figure] if figure is not None else []
    nodes += keep([heading("Politiska uppdrag då och nu", "d-mandates")], [table, *chart])
    nodes.append(heading("Förbättringsområden från föregående uppföljning", "d-follow-up"))
    if not d.follow_ups:
        nodes.append(Para(plain("Föregående uppföljning föreslog inga förbättringsområden."), "small"))
    for area in d.follow_ups:
        status = label(FOLLOW_UP, area.status) or "Inte uppföljt"
        facts = [(Cell(bold("Förslag då")), Cell(plain(area.proposal))) if area.proposal else None,
                 (Cell(bold("Status")), Cell((Span(status, bold=True, colour=STATUS_COLOURS.get(area.status or "")),))),
                 (Cell(bold("Kommentar")), Cell(plain(area.comment))) if area.comment else None,
                 (Cell(bold("Underlag nu")), Cell(plain(
                     f"{count_phrase(area.entries, 'inlägg', 'inlägg')} i den här uppföljningen")))]
        box = Table(tuple(row for row in facts if row is not None), (38, None), header=False)
        nodes += keep([Heading(one_line(area.name), 2, None, rank=3)],
                      [box, *(statement_quote(s) for s in area.statements)])
    if d.ratings or d.hme:
        head = (Cell(plain("Påstående")), Cell(plain("n då")), Cell(plain("Medel då")), Cell(plain("n nu")),
                Cell(plain("Medel nu")), Cell(plain("Förändring")))
        ratings: list[Node] = [Para(plain(
            "Påståenden som fanns med i båda uppföljningarna; medelvärden på skalan 1–5."))]
        if d.hme:
            index_head = (Cell(plain("HME-index")), Cell(plain("Då")), Cell(plain("Nu")), Cell(plain("Förändring")))
            index_rows = tuple((Cell(plain(_index_name(r.now))), Cell(plain(whole(r.then.index))),
                                Cell(plain(whole(r.now.index))),
                                Cell(plain(signed(None if r.then.index is None or r.now.index is None
                                                  else r.now.index - r.then.index, 0))))
                               for r in d.hme)
            ratings += [Table((index_head, *index_rows), (None, 22, 22, 26)), Gap(3)]
        if d.ratings:
            ratings.append(Table((head, *(_then_now(r) for r in d.ratings)), (None, 14, 20, 14, 20, 24)))
        nodes += keep([heading("Medarbetarnas skattningar då och nu", "d-ratings")], ratings)
    return nodes


__all__ = ["development", "rating_tables", "statement_quote", "written_method"]
