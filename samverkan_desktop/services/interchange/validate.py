"""Everything a project file must satisfy beyond its schema.

Values: no control characters, no absurd numbers or strings, real calendar dates and
clock times. References: every party, person, question, tag, mandate, session and
agenda-item id resolves, ids are unique, tag parents have no cycles, tag spans lie
inside their entry's text. The first problem found is reported with its JSON path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from samverkan_desktop.services.errors import ImportRefused, LocalText
from samverkan_desktop.services.interchange import report_part, rounds
from samverkan_desktop.services.interchange.collaboration import check_collaboration
from samverkan_desktop.services.interchange.schema import check_schema, json_path, refused

Path = tuple[str | int, ...]

MAX_STRING = 1_000_000
MAX_NUMBER = 100_000
#: deeper than any project object (the file's own structure is about eight levels);
#: bounds the recursion of this check and of everything that later walks the values
MAX_DEPTH = 100
YEARS = range(1900, 2201)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})\Z")
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d\Z")

#: the lists of the file and the word for one of their items, for messages
KINDS = {
    "parties": ("part", "party"), "people": ("person", "person"),
    "mandates": ("politiskt uppdrag", "mandate"), "questions": ("fråga", "question"),
    "tags": ("tagg", "tag"), "sessions": ("dialogtillfälle", "session"),
    "actions": ("åtgärd", "action"), "entries": ("anteckning", "entry"),
    "agenda": ("dagordningspunkt", "agenda item"),
}
#: Swedish nouns of the neuter gender (ett uppdrag): "okänt", "mer än ett"
NEUTER = {"mandates", "sessions"}


def _walk(value: Any, path: Path) -> Iterator[tuple[Path, Any]]:
    if len(path) > MAX_DEPTH:
        where = json_path(path[:12]) + "…"
        raise ImportRefused(LocalText(
            f"{where}: är för djupt nästlad (mer än {MAX_DEPTH} nivåer)",
            f"{where}: is nested too deeply (more than {MAX_DEPTH} levels)",
        ))
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


def _clean(document: dict[str, Any]) -> bool:
    """The fast pass of ``_check_values``: True when no value breaks a rule. It builds no
    paths (a large file has a million values); only a file with a problem is walked
    again, with paths, to name the place. Scalars are checked where they are met, by
    exact type (what ``json`` makes), and each distinct key once."""
    search = _CONTROL.search
    keys: set[str] = set()
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH or (depth == MAX_DEPTH and value):  # its items would be deeper
            return False
        if type(value) is dict:
            for name, item in value.items():
                if name not in keys:
                    if search(name):
                        return False
                    keys.add(name)
                if not _clean_scalar(item, name):
                    if type(item) is not dict and type(item) is not list:
                        return False
                    stack.append((item, depth + 1))
        else:
            for item in value:
                if not _clean_scalar(item, None):
                    if type(item) is not dict and type(item) is not list:
                        return False
                    stack.append((item, depth + 1))
    return True


def _clean_scalar(value: Any, key: str | None) -> bool:
    """True for a string, number, boolean or null that breaks no rule; False for anything
    else (a container, to be walked, or something to look at with the slow pass)."""
    kind = type(value)
    if kind is str:
        return len(value) <= MAX_STRING and not _CONTROL.search(value)
    if kind is int or kind is float:
        return abs(value) <= MAX_NUMBER or key == "budget_year"
    return value is None or kind is bool


def _check_values(document: dict[str, Any]) -> None:
    if _clean(document):
        return
    for path, value in _walk(document, ()):
        if isinstance(value, dict):
            for key in value:
                bad = _CONTROL.search(key)
                if bad:
                    code = f"U+{ord(bad.group()):04X}"
                    raise refused(path, LocalText(
                        f"har en nyckel med ett otillåtet styrtecken ({code})",
                        f"has a key with a forbidden control character ({code})",
                    ))
        elif isinstance(value, str):
            bad = _CONTROL.search(value)
            if bad:
                code = f"U+{ord(bad.group()):04X}"
                raise refused(path, LocalText(
                    f"innehåller ett otillåtet styrtecken ({code})",
                    f"contains a forbidden control character ({code})",
                ))
            if len(value) > MAX_STRING:
                raise refused(path, LocalText(
                    "är orimligt lång (över en miljon tecken)",
                    "is unreasonably long (over a million characters)",
                ))
        elif (isinstance(value, int | float) and not isinstance(value, bool)
              and not abs(value) <= MAX_NUMBER and path[-1:] != ("budget_year",)):
                raise refused(path, LocalText(f"orimligt tal: {value}", f"absurd number: {value}"))


def _date(value: Any, path: Path) -> None:
    if value is None:
        return
    try:
        if not _DATE.match(value):
            raise ValueError
        if dt.date.fromisoformat(value).year not in YEARS:
            raise ValueError
    except ValueError:
        raise refused(path, LocalText(
            f'"{value}" är inget giltigt datum (ÅÅÅÅ-MM-DD)',
            f'"{value}" is not a valid date (YYYY-MM-DD)',
        )) from None


def _datetime(value: Any, path: Path) -> None:
    if value is None:
        return
    try:
        if not _DATETIME.match(value):
            raise ValueError
        if dt.datetime.fromisoformat(value.replace("Z", "+00:00")).year not in YEARS:
            raise ValueError
    except ValueError:
        raise refused(path, LocalText(
            f'"{value}" är ingen giltig tidpunkt (ÅÅÅÅ-MM-DDTtt:mm:ss+hh:mm)',
            f'"{value}" is not a valid date-time (YYYY-MM-DDThh:mm:ss+hh:mm)',
        )) from None


def _time(value: Any, path: Path) -> None:
    if value is not None and not _TIME.match(value):
        raise refused(path, LocalText(
            f'"{value}" är ingen giltig tid (tt:mm)', f'"{value}" is not a valid time (hh:mm)'
        ))


class _Ids:
    """The ids of one list, checked unique as they are collected."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.ids: dict[str, Any] = {}

    def add(self, item: dict[str, Any], path: Path) -> None:
        uid = item["id"]
        if uid in self.ids:
            sv, en = KINDS[self.kind]
            one = "ett" if self.kind in NEUTER else "en"
            raise refused((*path, "id"), LocalText(
                f'id "{uid}" används av mer än {one} {sv}', f'id "{uid}" is used by more than one {en}'
            ))
        self.ids[uid] = item

    def need(self, uid: Any, path: Path) -> None:
        if uid is not None and uid not in self.ids:
            sv, en = KINDS[self.kind]
            unknown = "okänt" if self.kind in NEUTER else "okänd"
            raise refused(path, LocalText(f'{unknown} {sv} "{uid}"', f'unknown {en} "{uid}"'))


def _unique_refs(values: list[Any], ids: _Ids, path: Path) -> None:
    seen: set[Any] = set()
    for index, uid in enumerate(values):
        ids.need(uid, (*path, index))
        if uid in seen:
            raise refused((*path, index), LocalText(
                f'"{uid}" står två gånger i listan', f'"{uid}" appears twice in the list'
            ))
        seen.add(uid)


def _collect(document: dict[str, Any], name: str) -> _Ids:
    ids = _Ids(name)
    for index, item in enumerate(document.get(name, [])):
        ids.add(item, (name, index))
    return ids


def _check_tag_parents(tags: _Ids) -> None:
    for index, tag in enumerate(tags.ids.values()):
        tags.need(tag.get("parent"), ("tags", index, "parent"))
    for index, tag in enumerate(tags.ids.values()):
        seen = {tag["id"]}
        parent = tag.get("parent")
        while parent is not None:
            if parent in seen:
                raise refused(("tags", index, "parent"), LocalText(
                    f'taggen "{tag["id"]}" blir sin egen förälder (en cirkel)',
                    f'tag "{tag["id"]}" becomes its own parent (a cycle)',
                ))
            seen.add(parent)
            parent = tags.ids[parent].get("parent")


def _check_taggings(entry: dict[str, Any], tags: _Ids, path: Path) -> None:
    length = len(entry["text"])
    for index, tagging in enumerate(entry.get("tags", [])):
        where = (*path, "tags", index)
        tags.need(tagging["tag"], (*where, "tag"))
        start, end = tagging.get("start"), tagging.get("end")
        if (start is None) != (end is None):
            raise refused(where, LocalText(
                "en markering behöver både start och end (eller ingetdera)",
                "a span needs both start and end (or neither)",
            ))
        if start is not None and not start < end <= length:
            raise refused(where, LocalText(
                f"markeringen {start}–{end} ligger utanför texten ({length} tecken)",
                f"the span {start}–{end} lies outside the text ({length} characters)",
            ))


def _check_sessions(document: dict[str, Any], ids: dict[str, _Ids]) -> None:
    entries, agenda_all = _Ids("entries"), _Ids("agenda")
    for s_index, session in enumerate(document.get("sessions", [])):
        base: Path = ("sessions", s_index)
        _date(session["date"], (*base, "date"))
        _time(session.get("start"), (*base, "start"))
        _time(session.get("end"), (*base, "end"))
        attendees: set[str] = set()
        for a_index, line in enumerate(session.get("attendance", [])):
            where = (*base, "attendance", a_index, "person")
            ids["people"].need(line["person"], where)
            if line["person"] in attendees:
                raise refused(where, LocalText(
                    f'"{line["person"]}" står två gånger i närvarolistan',
                    f'"{line["person"]}" appears twice in the attendance list',
                ))
            attendees.add(line["person"])
        own_agenda = _Ids("agenda")
        for g_index, item in enumerate(session.get("agenda", [])):
            where = (*base, "agenda", g_index)
            agenda_all.add(item, where)
            own_agenda.add(item, where)
            ids["questions"].need(item.get("question"), (*where, "question"))
            for n_index, note in enumerate(item.get("minute_notes", [])):
                ids["parties"].need(note["party"], (*where, "minute_notes", n_index, "party"))
        for e_index, entry in enumerate(session.get("entries", [])):
            where = (*base, "entries", e_index)
            entries.add(entry, where)
            own_agenda.need(entry.get("agenda_item"), (*where, "agenda_item"))
            ids["questions"].need(entry.get("question"), (*where, "question"))
            ids["parties"].need(entry.get("party"), (*where, "party"))
            ids["people"].need(entry.get("person"), (*where, "person"))
            _datetime(entry.get("recorded_at"), (*where, "recorded_at"))
            _check_taggings(entry, ids["tags"], where)
        adjusted = session.get("adjusted")
        if adjusted is not None:
            _unique_refs(adjusted.get("by", []), ids["people"], (*base, "adjusted", "by"))
            _date(adjusted.get("at"), (*base, "adjusted", "at"))


def _check_project(project: dict[str, Any]) -> None:
    for key in ("decision_date", "due_date"):
        _date(project.get(key), ("project", key))
    year = project.get("budget_year")
    if year is not None and year not in YEARS:
        raise refused(("project", "budget_year"), LocalText(
            f"orimligt budgetår: {year}", f"absurd budget year: {year}"
        ))


def validate_document(document: Any) -> dict[str, Any]:
    """Return the document if it is a sound project; raise ``ImportRefused`` if not."""
    check_schema(document)
    assert isinstance(document, dict)
    _check_values(document)
    _check_project(document["project"])
    ids = {name: _collect(document, name) for name in
           ("parties", "people", "mandates", "questions", "tags", "sessions", "actions")}
    for index, person in enumerate(document.get("people", [])):
        ids["parties"].need(person.get("party"), ("people", index, "party"))
    for index, question in enumerate(document.get("questions", [])):
        _unique_refs(question.get("mandates", []), ids["mandates"], ("questions", index, "mandates"))
    for index, tag in enumerate(document.get("tags", [])):
        _unique_refs(tag.get("mandates", []), ids["mandates"], ("tags", index, "mandates"))
    _check_tag_parents(ids["tags"])
    _check_sessions(document, ids)
    rounds.check(document, lambda name, uid, path: ids[name].need(uid, path), _date)
    for index, action in enumerate(document.get("actions", [])):
        where: Path = ("actions", index)
        _date(action.get("due"), (*where, "due"))
        ids["sessions"].need(action.get("session"), (*where, "session"))
        improvement = action.get("improvement")
        ids["tags"].need(improvement, (*where, "improvement"))
        if improvement is not None and ids["tags"].ids[improvement]["kind"] != "improvement":
            raise refused((*where, "improvement"), LocalText(
                f'taggen "{improvement}" är inget förbättringsområde',
                f'tag "{improvement}" is not an improvement area',
            ))
    report_part.validate(document)
    check_collaboration(document, validate_document, _datetime)
    return document
