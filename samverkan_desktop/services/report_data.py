"""The dialogue report's content, read from the library into a frozen ``ReportData``.

Reuses the analysis queries: the evidence of each root tag (``analysis.evidence_of_tags``, which
rolls up nested tags), the tag tree with proposals (``tags.tag_tree``), the evidence of
each mandate (``assessment.mandate_evidence``). Statements are attributed to parties;
names of people are read only when the user turned names on. The quoted statements are
the secretary's chosen quotes first, then an automatic choice (``quote_choice``); with
names off, the names the secretary chose to replace are replaced in every quoted text
and in the minutes appendix's entries (``names_check.name_rewriter``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import SessionKind
from samverkan_desktop.report.data import (
    ActionInfo,
    Chart,
    GuideQuestion,
    Improvement,
    MandateResult,
    MinutesData,
    PartyCount,
    PartyInfo,
    QuestionResult,
    ReportData,
    SessionInfo,
    Statement,
    ThemeResult,
)
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.services import analysis
from samverkan_desktop.services.actions import list_actions
from samverkan_desktop.services.assessment import ROUTE_QUESTION, Evidence, mandate_evidence
from samverkan_desktop.services.library_service import SessionSummary, sessions_of_project
from samverkan_desktop.services.names_check import name_rewriter
from samverkan_desktop.services.quote_choice import Candidate, choose
from samverkan_desktop.services.quotes import QuoteView, TargetKey, quotes_of_project
from samverkan_desktop.services.report_minutes import minutes_data, minutes_loading, project_entry_rows
from samverkan_desktop.services.report_rounds import round_parts
from samverkan_desktop.services.survey.results import source_of, written_answers
from samverkan_desktop.services.tags import TagNode, tag_tree
from samverkan_desktop.storage.library import Library

#: quoted statements printed per theme, strength and mandate (chosen ones first), and per improvement area
EXAMPLES = 3
IMPROVEMENT_EXAMPLES = 2
Step = Callable[[], None]


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def party_counts(pairs: Iterable[tuple[int, str | None]], order: list[str]) -> tuple[PartyCount, ...]:
    """Distinct entries per party, in the project's party order (entries without a party last)."""
    entries: dict[str, set[int]] = {}
    for entry_id, party in pairs:
        entries.setdefault(party or "Utan part", set()).add(entry_id)
    rank = {name: i for i, name in enumerate(order)}
    return tuple(PartyCount(p, len(ids)) for p, ids in sorted(entries.items(), key=lambda kv: rank.get(kv[0], 1_000)))


class _Quoting:
    """The chosen quotes of each target (tags rolled up into their root) and what the
    automatic choice needs: which entries are procedural, and the names to replace."""

    def __init__(self, library: Library, project_id: int, roots: dict[int, int], names: bool) -> None:
        self.formal = _formal_entries(library, project_id)
        self.rewrite = None if names else name_rewriter(library, project_id)
        self.chosen: dict[TargetKey, list[QuoteView]] = {}
        for quote in quotes_of_project(library, project_id):
            kind, target_id = quote.target
            key = (kind, roots.get(target_id, target_id)) if kind == "tag" else quote.target
            self.chosen.setdefault(key, []).append(quote)

    def of_passages(self, passages: Iterable[analysis.Passage]) -> list[Candidate]:
        return [Candidate(p.entry_id, _source(p), p.session_id, p.session_date, p.entry_text, p.start, p.end,
                          p.entry_kind, p.entry_id in self.formal) for p in passages]

    def of_evidence(self, evidence: Iterable[Evidence]) -> list[Candidate]:
        return [Candidate(e.entry_id, source_of(e.party, e.respondent_group), e.session_id, e.session_date,
                          e.entry_text or e.text,
                          None if e.route == ROUTE_QUESTION else e.start, None if e.route == ROUTE_QUESTION else e.end,
                          e.entry_kind, e.entry_id in self.formal) for e in evidence]

    def statements(self, target: TargetKey, pool: list[Candidate], limit: int = EXAMPLES,
                   keep: Callable[[QuoteView], bool] | None = None) -> tuple[Statement, ...]:
        """The chosen quotes of ``target`` (those ``keep`` accepts), then automatically chosen
        ones from ``pool`` up to ``limit``."""
        chosen = [Candidate(q.entry_id, q.party, q.session_id, q.session_date, q.entry_text, q.start, q.end,
                            q.entry_kind, q.entry_id in self.formal)
                  for q in self.chosen.get(target, []) if keep is None or keep(q)]
        return choose(chosen, pool, limit, self.rewrite)

    def minutes(self, minutes: MinutesData) -> MinutesData:
        """The minutes for the appendix, with the chosen names replaced in the entries."""
        rewrite = self.rewrite
        if rewrite is None:
            return minutes
        return replace(minutes, other_entries=tuple(replace(e, text=rewrite(e.text)) for e in minutes.other_entries),
                       items=tuple(replace(i, entries=tuple(replace(e, text=rewrite(e.text)) for e in i.entries))
                                   for i in minutes.items),
                       question_entries=tuple(replace(q, entries=tuple(replace(e, text=rewrite(e.text))
                                                                       for e in q.entries))
                                              for q in minutes.question_entries))

    def text(self, text: str | None) -> str | None:
        """A text of the report's own (an action, its owner) with the chosen names replaced."""
        return text if text is None or self.rewrite is None else self.rewrite(text)


def _formal_entries(library: Library, project_id: int) -> set[int]:
    """Entries under a procedural agenda item (formalia): quoted last."""
    e, a = m.Entry, m.AgendaItem
    with library.engine.connect() as c:
        return set(c.execute(select(e.id).join(a, a.id == e.agenda_item_id)
                             .join(m.Session, m.Session.id == e.session_id)
                             .where(m.Session.project_id == project_id, a.item_type == "formal")).scalars())


def _source(passage: analysis.Passage) -> str | None:
    """The party of a passage, or for a written answer its group marked as written."""
    return source_of(passage.party_name, passage.respondent_group)


def _theme(tag_id: int, name: str, description: str | None, passages: list[analysis.Passage], parties: list[str],
           quoting: _Quoting, keep: Callable[[QuoteView], bool] | None = None) -> ThemeResult:
    """A root tag's result; ``keep`` picks its chosen quotes that belong here (one question's)."""
    return ThemeResult(
        name, description, len({p.entry_id for p in passages}),
        party_counts(((p.entry_id, _source(p)) for p in passages), parties),
        quoting.statements(("tag", tag_id), quoting.of_passages(passages), keep=keep))


def _answering(question_id: int) -> Callable[[QuoteView], bool]:
    """Picks the quotes whose entry answers the question (its own or its agenda item's)."""
    return lambda quote: quote.question_id == question_id


def method_inputs(library: Library, project_id: int) -> tuple[tuple[SessionInfo, ...], tuple[PartyInfo, ...],
                                                               tuple[GuideQuestion, ...]]:
    """The sessions, parties and question guide: what the method's generated paragraph tells of."""
    sessions = sessions_of_project(library, project_id)
    with library.sessions() as db:
        project = db.get(m.Project, project_id)
        assert project is not None
        guide = _guide(project)
        attendance = _attendance(db, project_id)
    return (_session_infos(sessions, attendance, _respondents(library, project_id)),
            tuple(PartyInfo(n, s) for n, s in _parties(library, project_id)), guide)


def _guide(project: m.Project) -> tuple[GuideQuestion, ...]:
    names = _mandate_names(project)
    return tuple(GuideQuestion(q.number, q.text, q.guidance,
                               tuple(names[link.mandate_id] for link in q.mandate_links if link.mandate_id in names))
                 for q in project.questions)


def _mandate_names(project: m.Project) -> dict[int, str]:
    return {md.id: f"{md.code} {md.title}".strip() if md.code else md.title for md in project.mandates}


def _session_infos(sessions: list[SessionSummary], attendance: dict[int, tuple[list[str], int]],
                   respondents: dict[int, int]) -> tuple[SessionInfo, ...]:
    """The sessions as the report lists them; written answers count their respondents as present."""
    return tuple(SessionInfo(s.title, s.kind, s.date, s.start, s.end, s.location,
                             tuple(attendance.get(s.id, ((), 0))[0]),
                             respondents.get(s.id, attendance.get(s.id, ((), 0))[1]), s.entries)
                 for s in sessions)


def _respondents(library: Library, project_id: int) -> dict[int, int]:
    return {s.session_id: s.respondents for s in written_answers(library, project_id)}


def report_date(project: m.Project, session_dates: list[dt.date]) -> dt.date:
    """The report's date: its due date, else the newest session, else the decision; never the clock."""
    return project.due_date or (max(session_dates) if session_dates else None) or project.decision_date \
        or dt.date(2000, 1, 1)


def _roots(tags: list[TagNode]) -> dict[int, int]:
    """Each tag's root tag (a tag in a cycle of parents counts as its own root)."""
    parents = {t.id: t.parent_id for t in tags}
    roots: dict[int, int] = {}
    for tag in tags:
        seen, current = {tag.id}, tag.id
        while (parent := parents.get(current)) is not None and parent in parents and parent not in seen:
            seen.add(parent)
            current = parent
        roots[tag.id] = current
    return roots


@collector_paused
def report_data(library: Library, project_id: int, options: ReportOptions, step: Step | None = None) -> ReportData:
    """Everything the dialogue report prints; ``step()`` is called after each part (it may raise to cancel)."""
    def tick() -> None:
        if step is not None:
            step()

    tags = tag_tree(library, project_id)
    root_of = _roots(tags)
    roots = [t for t in tags if root_of[t.id] == t.id]
    sessions = sessions_of_project(library, project_id)
    with library.sessions() as db:
        project = db.get(m.Project, project_id)
        assert project is not None
        parties = [p.name for p in project.parties]
        mandate_names = _mandate_names(project)
        guide = _guide(project)
        questions = [(q.id, q.number, q.text, q.guidance) for q in project.questions]
        mandates = [(md.id, md.code, md.title, md.description, _value(md.rating), md.motivation)
                    for md in project.mandates]
        attendance = _attendance(db, project_id)
        head = dict(title=project.title, organisation=project.organisation, body=project.body,
                    case_number=project.case_number, date=report_date(project, [s.date for s in sessions]),
                    commissioned_by=project.commissioned_by, commission=project.commission,
                    decision_date=project.decision_date, due_date=project.due_date, summary=project.summary,
                    method=project.method, conclusions=project.conclusions,
                    responsible=project.responsible if options.names else None,
                    secretary=project.secretary if options.names else None)
        answered = _answers(db, project_id)
        minutes: tuple[MinutesData, ...] = ()
        if options.minutes_appendix:
            written = m.Session.kind == SessionKind.WRITTEN_ANSWERS  # answers to a survey are no minutes
            rows = db.scalars(select(m.Session).where(m.Session.project_id == project_id,
                                                      m.Session.kind.is_(None) | ~written)
                              .order_by(m.Session.date, m.Session.start, m.Session.sort_order)
                              .options(*minutes_loading(entries=False))).all()
            entries = project_entry_rows(db, project_id)
            minutes = tuple(minutes_data(row, options.names, entries.get(row.id, [])) for row in rows)
    quoting = _Quoting(library, project_id, root_of, options.names)
    minutes = tuple(quoting.minutes(item) for item in minutes)
    tick()
    theme_passages = analysis.evidence_of_tags(library, project_id, [tag.id for tag in roots])
    tick()
    by_kind = {kind: [t for t in roots if t.kind == kind] for kind in ("theme", "strength", "improvement")}
    results = []
    for question_id, number, text, guidance in questions:
        themes = []
        for tag in by_kind["theme"]:
            passages = [p for p in theme_passages[tag.id] if p.question_id == question_id]
            if passages:
                themes.append(_theme(tag.id, tag.name, None, passages, parties, quoting, _answering(question_id)))
        themes.sort(key=lambda t: -t.count)
        results.append(QuestionResult(number, text, guidance, answered.get(question_id, 0), tuple(themes)))
    strengths = tuple(_theme(t.id, t.name, t.description, theme_passages[t.id], parties, quoting)
                      for t in by_kind["strength"] if theme_passages[t.id] or t.description)
    improvements = []
    for tag in by_kind["improvement"]:
        passages = theme_passages[tag.id]
        counts = party_counts(((p.entry_id, _source(p)) for p in passages), parties)
        improvements.append(Improvement(
            tag.name, tag.description, tag.proposal, tag.priority, tag.owner,
            tuple(mandate_names[i] for i in tag.mandate_ids if i in mandate_names), len({p.entry_id for p in passages}),
            tuple(c.party for c in counts),
            quoting.statements(("tag", tag.id), quoting.of_passages(passages), IMPROVEMENT_EXAMPLES)))
    mandate_results = []
    for mandate_id, code, title, description, rating, motivation in mandates:
        evidence = mandate_evidence(library, mandate_id)
        mandate_results.append(MandateResult(
            code, title, description, rating, motivation, len({e.entry_id for e in evidence}),
            party_counts(((e.entry_id, source_of(e.party, e.respondent_group)) for e in evidence), parties),
            quoting.statements(("mandate", mandate_id), quoting.of_evidence(evidence))))
        tick()
    chart = _chart(library, project_id, by_kind["theme"])
    rounds = round_parts(library, project_id)
    session_infos = _session_infos(sessions, attendance, _respondents(library, project_id))
    party_infos = tuple(PartyInfo(name, side) for name, side in _parties(library, project_id))
    actions = tuple(ActionInfo(quoting.text(a.text) or "", quoting.text(a.owner), a.due, not a.is_open, a.improvement)
                    for a in list_actions(library, project_id))
    tick()
    return ReportData(
        **head,  # type: ignore[arg-type]
        parties=party_infos, sessions=session_infos, guide=guide, questions=tuple(results), strengths=strengths,
        mandates=tuple(mandate_results), improvements=tuple(improvements), actions=actions, chart=chart,
        minutes=minutes, **rounds)


def _parties(library: Library, project_id: int) -> list[tuple[str, str | None]]:
    with library.engine.connect() as c:
        rows = c.execute(select(m.Party.name, m.Party.side).where(m.Party.project_id == project_id)
                         .order_by(m.Party.sort_order)).all()
    return [(name, _value(side)) for name, side in rows]


def _attendance(db: Session, project_id: int) -> dict[int, tuple[list[str], int]]:
    """Per session: the parties present (project order) and how many people were present."""
    a, person, party = m.Attendance, m.Person, m.Party
    rows = db.execute(select(a.session_id, party.name)
                      .join(person, person.id == a.person_id).outerjoin(party, party.id == person.party_id)
                      .join(m.Session, m.Session.id == a.session_id)
                      .where(m.Session.project_id == project_id, a.present.is_(True))
                      .order_by(a.session_id, party.sort_order)).all()
    found: dict[int, tuple[list[str], int]] = {}
    for session_id, name in rows:
        names, count = found.get(session_id, ([], 0))
        if name is not None and name not in names:
            names.append(name)
        found[session_id] = (names, count + 1)
    return found


def _answers(db: Session, project_id: int) -> dict[int, int]:
    """Entries per question (directly, or through the agenda item they belong to)."""
    e = m.Entry
    question = func.coalesce(e.question_id, m.AgendaItem.question_id)
    rows = db.execute(select(question, func.count(e.id)).select_from(e)
                      .join(m.Session, m.Session.id == e.session_id)
                      .outerjoin(m.AgendaItem, m.AgendaItem.id == e.agenda_item_id)
                      .where(m.Session.project_id == project_id, question.is_not(None)).group_by(question)).all()
    return {int(q): int(n) for q, n in rows}


def _chart(library: Library, project_id: int, themes: list[TagNode]) -> Chart:
    overview = analysis.overview(library, project_id)
    columns = [c for c in overview.parties if c.id is not None]
    names = tuple(c.title for c in columns)
    rows = []
    titles = []
    for tag in themes:
        tag_id = tag.id
        counts = tuple(overview.by_party.get((tag_id, c.id), 0) for c in columns)
        if any(counts):
            titles.append(str(tag.name))
            rows.append(counts)
    return Chart(tuple(titles), names, tuple(rows))
