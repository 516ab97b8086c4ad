"""Which file keys map to which model columns, shared by the importer and exporter.

Each table lists ``(file key, column)`` pairs for the plain values that are copied
as they are; keys not listed (and not handled as references) are unmodelled and
kept in the row's ``extra``.
"""

from __future__ import annotations

from collections.abc import Sequence

PROJECT = [
    ("id", "uid"), ("title", "title"), ("organisation", "organisation"), ("body", "body"),
    ("budget_year", "budget_year"), ("case_number", "case_number"),
    ("commissioned_by", "commissioned_by"), ("commission", "commission"),
    ("decision_date", "decision_date"), ("responsible", "responsible"),
    ("secretary", "secretary"), ("due_date", "due_date"), ("status", "status"),
    ("summary", "summary"), ("method", "method"), ("conclusions", "conclusions"),
]
PARTY = [("id", "uid"), ("name", "name"), ("side", "side")]
PERSON = [("id", "uid"), ("name", "name"), ("party", None), ("role", "role")]
MANDATE = [("id", "uid"), ("code", "code"), ("title", "title"), ("description", "description"),
           ("assessment", None)]
QUESTION = [("id", "uid"), ("position", "number"), ("text", "text"), ("guidance", "guidance"),
            ("mandates", None)]
TAG = [("id", "uid"), ("kind", "kind"), ("name", "name"), ("parent", None),
       ("description", "description"), ("color", "color"), ("proposal", "proposal"),
       ("priority", "priority"), ("owner", "owner"), ("mandates", None)]
SESSION = [("id", "uid"), ("title", "title"), ("kind", "kind"), ("date", "date"),
           ("start", "start"), ("end", "end"), ("location", "location"),
           ("protocol_number", "protocol_number"), ("status", "status"),
           ("attendance", None), ("agenda", None), ("entries", None), ("adjusted", None),
           ("origin", "origin"), ("respondents", "respondents")]
ATTENDANCE = [("person", None), ("present", "present"), ("role", "role")]
AGENDA = [("id", "uid"), ("number", "number"), ("title", "title"), ("type", "item_type"),
          ("question", None), ("outcome", "outcome"), ("minute_notes", None)]
MINUTE_NOTE = [("party", None), ("text", "text")]
ENTRY = [("id", "uid"), ("agenda_item", None), ("question", None), ("party", None),
         ("person", None), ("kind", "kind"), ("text", "text"), ("recorded_at", "recorded_at"),
         ("tags", None), ("origin", "origin"), ("group", "respondent_group")]
TAGGING = [("tag", None), ("start", "start"), ("end", "end"), ("memo", "memo")]
ACTION = [("id", "uid"), ("text", "text"), ("owner", "owner"), ("due", "due"),
          ("status", "status"), ("session", None), ("improvement", None)]
ASSESSMENT = ["rating", "motivation"]
ADJUSTED = ["by", "at", "content_hash"]
DOCUMENT = ["format", "version", "exported_at", "project", "parties", "people", "mandates",
            "questions", "tags", "sessions", "actions", "report", "collaboration",
            # version 2: the round's rating items and the previous round (interchange/rounds.py)
            "rating_items", "previous_round"]
# version 2: the report's own choices (interchange/report_part.py)
REPORT = ["quotes", "names"]
QUOTE = [("id", "uid"), ("entry", None), ("start", None), ("end", None), ("mandate", None), ("tag", None)]
NAME_CHOICE = [("name", "name"), ("replacement", "replacement")]
DATE_COLUMNS = {"decision_date", "due_date", "date", "due", "adjusted_at"}


#: id of a field list -> (the list itself, kept alive so the id is never reused; its keys)
_KNOWN: dict[int, tuple[object, frozenset[str]]] = {}


def extra(item: dict[str, object], fields: Sequence[tuple[str, str | None]] | list[str]) -> dict[str, object]:
    """The keys of ``item`` that ``fields`` does not name, in their order."""
    cached = _KNOWN.get(id(fields))
    if cached is None or cached[0] is not fields:
        cached = _KNOWN[id(fields)] = (fields, frozenset(f if isinstance(f, str) else f[0] for f in fields))
    known = cached[1]
    if item.keys() <= known:  # the usual case: nothing unmodelled
        return {}
    return {key: value for key, value in item.items() if key not in known}
