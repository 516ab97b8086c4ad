"""Global search over a project's texts, through the FTS5 index (storage/search_index.py).

``search(library, project, query)`` returns the best hits first (bm25), each with a
snippet whose matched words are wrapped in markers (``[`` and ``]`` by default; the
UI passes characters of its own, escapes the text and then turns them into bold).

The query language is deliberately small and every string is safe. The user's text
is never handed to FTS5 as it is: it is cut into words here, and each word goes into
the MATCH expression as a quoted FTS5 string, so quotes, parentheses, ``*``, ``AND``,
``OR``, ``NOT``, ``NEAR``, column filters and SQL-looking text are plain words.

- A bare word is a prefix: ``sam`` finds "samverkan" and "Samverkan".
- A bare word with punctuation inside (``KS-beslut``, ``2024/0123``) is a phrase of its
  parts, the last one a prefix.
- Text in double quotes is an exact phrase: ``"tidig dialog"``; punctuation inside does
  not matter (``"Vision & Kommunal"``). An unclosed quote runs to the end.
- Several terms must all occur (AND), in any order.
- Words are letters, digits and combining marks, as the index's tokenizer sees them;
  å, ä, ö are letters of their own, case does not matter.

A query without any word ("&", "***", "") has no hits.

What is searched (the ``kind`` of a hit): ``entry`` (an entry's text), ``memo`` (the
memo of a tagging; its hit names the tagged entry), ``minute_note`` (names the session),
``project``, ``mandate`` and ``question`` (the project texts; no session, no entry), and
``report`` (the report's summary, method and conclusions).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import text

from samverkan_desktop.services.library_service import project_id_for
from samverkan_desktop.services.search_text import Term, make_snippet, words_of
from samverkan_desktop.storage.library import Library
from samverkan_desktop.storage.search_index import KIND_CODES, TABLE

#: at most this many terms of a query are used (a pasted paragraph still searches fast)
MAX_TERMS = 16
KINDS = tuple(KIND_CODES)


@dataclass(frozen=True)
class Hit:
    """One search hit, best first in a result list.

    ``ref_id`` is the id of the record that matched (an entry, a minute note, a tagging,
    the project, a mandate or a question, by ``kind``). ``entry_id`` is set for entry
    and memo hits, ``session_id`` for those and minute notes. ``rank`` is bm25's score:
    lower is better. The session's title and date, the party (of the entry or the
    minute note) and the tag (of a memo) are there for showing the hit.
    """

    kind: str
    ref_id: int
    entry_id: int | None
    session_id: int | None
    entry_uid: str | None
    session_uid: str | None
    snippet: str
    rank: float
    session_title: str | None = None
    session_date: dt.date | None = None
    party: str | None = None
    #: the tag of a memo hit
    tag: str | None = None


def parse_query(query: str) -> list[Term]:
    """The terms of a user's query (see the module's docstring for the rules)."""
    terms: list[Term] = []
    parts = unicodedata.normalize("NFC", query).split('"')
    for number, part in enumerate(parts):
        if number % 2 == 1:  # inside quotes: one exact phrase
            words = words_of(part)
            if words:
                terms.append(Term(tuple(words), prefix=False))
            continue
        for chunk in part.split():
            words = words_of(chunk)
            if words:
                terms.append(Term(tuple(words), prefix=True))
    return terms[:MAX_TERMS]


def _fts_string(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query; None when it has no words.

    Every word is inside an FTS5 string, so nothing the user types is an operator. A
    term written in another Unicode normal form than the stored text (decomposed "ö")
    is searched in both forms.
    """
    parts: list[str] = []
    for term in parse_query(query):
        star = "*" if term.prefix else ""
        composed = _fts_string(term.words) + star
        decomposed = _fts_string(tuple(unicodedata.normalize("NFD", w) for w in term.words)) + star
        parts.append(composed if decomposed == composed else f"({composed} OR {decomposed})")
    return " AND ".join(parts) if parts else None


#: bm25 ranks at most this many matches, the newest ones (highest rowid): ranking costs a
#: few microseconds a match, and a word found in 80,000 entries must still answer at once
RANK_CAP = 1000

# The newest RANK_CAP matches (FTS5 walks its doclists in rowid order and stops there)
# are ranked with bm25 and the best named; `rank` is computed only for the rows the
# inner query returns. Snippets are made in Python for the few rows shown (FTS5's
# snippet() would be computed for every match before sorting).
_RANKED = f"""
SELECT hit_rowid, hit_rank, kind, ref_id, entry_id, session_id, body FROM (
    SELECT rowid AS hit_rowid, rank AS hit_rank, kind, ref_id, entry_id, session_id, body FROM {TABLE}
    WHERE {TABLE} MATCH :expression {{project}} {{kinds}}
    ORDER BY rowid DESC LIMIT :cap)
ORDER BY hit_rank LIMIT :limit
"""
_QUERY = f"""
WITH best AS ({_RANKED})
SELECT best.kind, best.ref_id, best.entry_id, best.session_id, e.uid, s.uid, best.body, best.hit_rank,
       s.title, s.date, coalesce(pe.name, pn.name), t.name
FROM best
LEFT JOIN entry AS e ON e.id = best.entry_id
LEFT JOIN session AS s ON s.id = best.session_id
LEFT JOIN party AS pe ON pe.id = e.party_id AND best.kind IN ('entry', 'memo')
LEFT JOIN minute_note AS n ON n.id = best.ref_id AND best.kind = 'minute_note'
LEFT JOIN party AS pn ON pn.id = n.party_id
LEFT JOIN tagging AS g ON g.id = best.ref_id AND best.kind = 'memo'
LEFT JOIN tag AS t ON t.id = g.tag_id
ORDER BY best.hit_rank, best.hit_rowid
"""
_OTHER_PROJECT = text("SELECT 1 FROM project WHERE id != :project_id LIMIT 1")


def search(library: Library, project: int | str, query: str, limit: int = 50,
           kinds: Collection[str] | None = None, marks: tuple[str, str] = ("[", "]")) -> list[Hit]:
    """The best ``limit`` hits for ``query`` in a project (by id, or by uid when a str).

    ``kinds`` restricts the hits to some kinds of text (default: all); ``marks`` are put
    around each matched word of the snippet. Never raises for any query string; raises
    ``NotFound`` for an unknown project uid.
    """
    project_id = project if isinstance(project, int) else project_id_for(library, project)
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    wanted = KINDS if kinds is None else tuple(k for k in KINDS if k in set(kinds))
    if not wanted:
        return []
    kind_filter = "" if len(wanted) == len(KINDS) else (
        "AND kind IN (" + ", ".join(f"'{k}'" for k in wanted) + ")")  # names from KINDS only
    parameters = {"expression": expression, "project_id": project_id, "limit": limit, "cap": RANK_CAP}
    with library.engine.connect() as connection:
        # with one project in the library (the usual case) every index row is the project's:
        # the filter would only read each candidate's stored row for nothing
        alone = connection.execute(_OTHER_PROJECT, {"project_id": project_id}).first() is None
        project_filter = "" if alone else "AND project_id = :project_id"
        rows = connection.execute(text(_QUERY.format(kinds=kind_filter, project=project_filter)), parameters).all()
    terms = parse_query(query)
    return [
        Hit(kind=str(r[0]), ref_id=int(r[1]), entry_id=_int(r[2]), session_id=_int(r[3]),
            entry_uid=r[4], session_uid=r[5], snippet=make_snippet(str(r[6]), terms, marks), rank=float(r[7]),
            session_title=r[8], session_date=dt.date.fromisoformat(r[9]) if r[9] else None, party=r[10], tag=r[11])
        for r in rows
    ]


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))
