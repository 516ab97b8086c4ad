"""Names typed into entries, found before a report without names is built, and what it prints instead.

By default the report names no person, but an entry's text is the secretary's own
words and may hold a name ("Skyddsombudet Anna Berg menade …"). Two kinds of name are
looked for in every entry of a project:

- the name of one of the project's people (the full name, any case and spacing, as
  erasing a person finds it);
- what looks like a personal name: two capitalised words right after a role word such
  as "skyddsombudet", "förskolläraren", "enhetschefen" or "ordföranden" (see
  ``ROLE_ENDINGS``), unless the two words are a party's name ("ombudet Sveriges Lärare").

The secretary decides per name (``report_name`` rows, kind ``report_name`` of the
editing service, so undoable): print a replacement in the report only (a role; or ""
to leave the name out, the role word before it stays), or leave the name as typed.
The minutes always keep what was typed: nothing here changes an entry. A name without
a decision is printed as typed and listed under "Vad återstår".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.services.erasure import PLACEHOLDER, name_pattern
from samverkan_desktop.storage.library import Library

#: a role word ends in one of these (definite form): "skyddsombudet", "HR-chefen", "förskolläraren"
ROLE_ENDINGS = (
    "ombudet", "chefen", "läraren", "lärarna", "rektorn", "strategen", "sekreteraren", "ordföranden",
    "justeraren", "samtalsledaren", "sköterskan", "skötaren", "handläggaren", "samordnaren", "direktören",
    "assistenten", "pedagogen", "biträdet", "representanten", "företrädaren", "medarbetaren", "kollegan",
    "konsulten", "partnern", "ekonomen", "controllern", "kuratorn", "terapeuten", "vaktmästaren",
    "lokalvårdaren", "kocken", "bibliotekarien", "ingenjören", "handledaren", "teknikern",
    "socionomen", "psykologen", "läkaren", "inspektören", "utredaren", "ledaren", "förmannen",
)
#: the capital letters of the Basic Multilingual Plane (categories Lu and Lt), as a regex class
_CAPITALS = "".join(re.escape(chr(code)) for code in range(0x10000)
                    if unicodedata.category(chr(code)) in ("Lu", "Lt"))
_REST = r"[\w'’-]*"
#: two capitalised words: the first capital, not inside a word (the lookbehind sees it and the
#: character before), then the rest in a lookahead, so that matches overlap ("Skyddsombudet Anna
#: Berg" holds "Anna Berg" too); starting with the class lets the regex engine skip ahead fast
_TWO_CAPITALISED = re.compile(
    rf"[{_CAPITALS}](?<![\w'’-].)(?=(?P<rest>{_REST}[ \t]+[{_CAPITALS}]{_REST})(?![\w'’-]))")
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")
#: characters of context shown on each side of a name
CONTEXT = 40


@dataclass(frozen=True)
class Occurrence:
    """Where a name stands: an entry, the offsets of the name in its text, some words around it."""

    entry_id: int
    session_id: int
    session_title: str
    session_date: dt.date
    party: str | None
    start: int
    end: int
    context: str


@dataclass(frozen=True)
class NameFinding:
    """A name found in the entries, with every place it stands and the secretary's decision.

    ``decided`` False: no decision yet. Else ``replacement`` is printed in the report for
    the name ("" leaves it out), or it is None and the name stays as typed.
    """

    name: str
    #: "person" (one of the project's people) or "pattern" (after a role word)
    source: str
    #: what to offer as the replacement: the person's role, or "" after a role word
    suggestion: str
    occurrences: tuple[Occurrence, ...]
    choice_id: int | None = None
    replacement: str | None = None

    @property
    def decided(self) -> bool:
        return self.choice_id is not None


def normal(name: str) -> str:
    """A name as it is stored and compared: single spaces between its words."""
    return " ".join(name.split())


def _context(text: str, start: int, end: int) -> str:
    """The words around a name, on one line, "…" where the entry goes on."""
    first, last = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    return ("…" if first else "") + " ".join(text[first:last].split()) + ("…" if last < len(text) else "")


def find_names(library: Library, project_id: int) -> list[NameFinding]:
    """Every name found in the project's entries, in order of first appearance, with its decision."""
    e, s, p = m.Entry, m.Session, m.Party
    with library.sessions() as db:
        people = db.execute(select(m.Person.name, m.Person.role).where(m.Person.project_id == project_id)
                            .order_by(m.Person.sort_order)).all()
        parties = {normal(n).casefold() for n in db.scalars(select(p.name).where(p.project_id == project_id))}
        choices = {normal(n).casefold(): (i, r) for i, n, r in db.execute(
            select(m.ReportName.id, m.ReportName.name, m.ReportName.replacement)
            .where(m.ReportName.project_id == project_id).order_by(m.ReportName.sort_order, m.ReportName.id))}
        sessions = {i: (t, d) for i, t, d in db.execute(select(s.id, s.title, s.date)
                                                          .where(s.project_id == project_id))}
        party_names = {i: n for i, n in db.execute(select(p.id, p.name).where(p.project_id == project_id))}
    with library.engine.connect() as c:  # plain rows: thousands of entries, read fast
        rows = c.execute(select(e.id, e.text, e.session_id, e.party_id).join(s, s.id == e.session_id)
                         .where(s.project_id == project_id)
                         .order_by(s.date, s.start, s.sort_order, e.sort_order, e.id)).all()
    patterns = [(pattern, normal(name), role or "", max(name.casefold().split(), key=len))
                for name, role in people if name != PLACEHOLDER and (pattern := name_pattern(name)) is not None]
    found: dict[str, tuple[str, str, str, list[Occurrence]]] = {}

    def add(name: str, source: str, suggestion: str, row: Any, start: int, end: int) -> None:
        entry_id, text, session_id, party_id = row
        title, date = sessions[session_id]
        place = Occurrence(entry_id, session_id, title, date, party_names.get(party_id), start, end,
                           _context(text, start, end))
        found.setdefault(normal(name).casefold(), (normal(name), source, suggestion, []))[3].append(place)

    for row in rows:
        text = str(row[1])
        folded = text.casefold()
        taken: list[tuple[int, int]] = []
        for pattern, name, role, key in patterns:
            if key not in folded:  # a quick test first: the regex only where the name may be
                continue
            for match in pattern.finditer(text):
                taken.append(match.span())
                add(name, "person", role, row, *match.span())
        for match in _TWO_CAPITALISED.finditer(text):
            start, end = match.start(), match.end("rest")
            before = _WORD_BEFORE.search(text, max(0, start - 80), start)
            if before is None or not before.group(1).casefold().endswith(ROLE_ENDINGS):
                continue
            name = text[start:end]
            if normal(name).casefold() in parties or any(start < b and a < end for a, b in taken):
                continue
            add(name, "pattern", "", row, start, end)
    result = []
    for key, (name, source, suggestion, places) in found.items():
        choice = choices.get(key)
        result.append(NameFinding(name, source, suggestion, tuple(places),
                                  choice[0] if choice else None, choice[1] if choice else None))
    return result


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement function for ``re.sub`` that inserts ``text`` as it is (no backslash escapes)."""
    return lambda _match: text


def undecided(findings: list[NameFinding]) -> list[NameFinding]:
    return [finding for finding in findings if not finding.decided]


def name_rewriter(library: Library, project_id: int) -> Callable[[str], str] | None:
    """What the report does to a quoted text when names are off: each name with a
    replacement is replaced (in any case and spacing); None when nothing is to be replaced."""
    with library.sessions() as db:
        choices = db.execute(select(m.ReportName.name, m.ReportName.replacement)
                             .where(m.ReportName.project_id == project_id, m.ReportName.replacement.is_not(None))
                             .order_by(m.ReportName.sort_order, m.ReportName.id)).all()
    rules: list[tuple[re.Pattern[str], str]] = []
    for name, replacement in sorted(choices, key=lambda c: -len(c[0])):  # "Anna Berg Lind" before "Anna Berg"
        pattern = name_pattern(name)
        wanted = (replacement or "").strip()
        if pattern is not None:  # a name left out takes the space before it along
            rules.append((pattern if wanted else re.compile(r"[ \t]*" + pattern.pattern, pattern.flags), wanted))
    if not rules:
        return None

    def rewrite(text: str) -> str:
        for pattern, replacement in rules:
            text = pattern.sub(_literal(replacement), text)
        return text.strip() if text[:1].isspace() else text

    return rewrite
