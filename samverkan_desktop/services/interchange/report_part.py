"""The ``report`` part of a project file (format version 2): chosen quotes and name choices.

``report.quotes`` lists the passages chosen to be quoted (Citera i rapporten) in print
order, each for exactly one mandate or tag: ``{"id", "entry", "mandate" | "tag"}`` for a
whole entry, plus ``"start"``/``"end"`` for the span of one of the entry's taggings (the
quote follows that tagging in the library). ``report.names`` lists the decisions about
names typed into entries: ``{"name", "replacement"}``, the replacement a text ("" leaves
the name out) or null (the name stays). Kept apart from the version 1 code so that the
parts other version 2 additions bring stay easy to tell apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.interchange import fields as f
from samverkan_desktop.services.interchange.schema import refused

Path = tuple[str | int, ...]
#: (entry id, start, end) -> the first tagging of that entry with that span
Spans = dict[tuple[int, int, int], int]
#: the file key under which unmodelled keys of the ``report`` object are kept in ``project.file_extra``
EXTRA_KEY = "report"


def _entries(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for session in document.get("sessions", []) for entry in session.get("entries", [])}


def validate(document: dict[str, Any]) -> None:
    """The references of the report part resolve and its quotes and names are unambiguous."""
    report = document.get("report") or {}
    entries = _entries(document)
    mandates = {item["id"] for item in document.get("mandates", [])}
    tags = {item["id"] for item in document.get("tags", [])}
    seen: set[str] = set()
    for index, quote in enumerate(report.get("quotes", [])):
        where: Path = ("report", "quotes", index)
        if quote["id"] in seen:
            raise refused((*where, "id"), LocalText(f'id "{quote["id"]}" används av mer än ett citat',
                                                    f'id "{quote["id"]}" is used by more than one quote'))
        seen.add(quote["id"])
        entry = entries.get(quote["entry"])
        if entry is None:
            raise refused((*where, "entry"), LocalText(f'okänd anteckning "{quote["entry"]}"',
                                                       f'unknown entry "{quote["entry"]}"'))
        if ("mandate" in quote) == ("tag" in quote):
            raise refused(where, LocalText("ett citat gäller antingen ett politiskt uppdrag (mandate) eller en tagg "
                                           "(tag), precis ett av dem",
                                           "a quote is for either a mandate or a tag, exactly one of them"))
        if "mandate" in quote and quote["mandate"] not in mandates:
            raise refused((*where, "mandate"), LocalText(f'okänt politiskt uppdrag "{quote["mandate"]}"',
                                                         f'unknown mandate "{quote["mandate"]}"'))
        if "tag" in quote and quote["tag"] not in tags:
            raise refused((*where, "tag"), LocalText(f'okänd tagg "{quote["tag"]}"', f'unknown tag "{quote["tag"]}"'))
        _check_span(quote, entry, where)
    names: set[str] = set()
    for index, choice in enumerate(report.get("names", [])):
        key = " ".join(choice["name"].split()).casefold()
        if key in names:
            raise refused(("report", "names", index, "name"), LocalText(
                f'namnet "{choice["name"]}" står två gånger', f'the name "{choice["name"]}" appears twice'))
        names.add(key)


def _check_span(quote: dict[str, Any], entry: dict[str, Any], where: Path) -> None:
    start, end = quote.get("start"), quote.get("end")
    if start is None and end is None:
        return
    spans = {(t.get("start"), t.get("end")) for t in entry.get("tags", [])}
    if start is None or end is None or (start, end) not in spans:
        raise refused(where, LocalText(
            f"citatets start och end ({start}–{end}) är inte en markering i anteckningen",
            f"the quote's start and end ({start}–{end}) are not a tagging of the entry"))


def add_rows(add: Callable[[Any, dict[str, Any]], int], document: dict[str, Any], project_id: int,
             entries: dict[str, int], spans: Spans, mandates: dict[str, int], tags: dict[str, int]) -> None:
    """Queue the rows of the report part (``add(table, row)`` as the importer's ``_Rows.add``)."""
    report = document.get("report") or {}
    for order, quote in enumerate(report.get("quotes", [])):
        entry_id = entries[quote["entry"]]
        tagging = spans[(entry_id, quote["start"], quote["end"])] if "start" in quote else None
        add(table_of(m.ReportQuote), {
            "uid": quote["id"], "project_id": project_id, "entry_id": entry_id, "tagging_id": tagging,
            "mandate_id": mandates.get(quote.get("mandate") or ""), "tag_id": tags.get(quote.get("tag") or ""),
            "sort_order": order, "extra": f.extra(quote, f.QUOTE)})
    for order, choice in enumerate(report.get("names", [])):
        add(table_of(m.ReportName), {"project_id": project_id, "name": choice["name"],
                                     "replacement": choice["replacement"], "sort_order": order,
                                     "extra": f.extra(choice, f.NAME_CHOICE)})


def extra_of(document: dict[str, Any]) -> dict[str, Any]:
    """The report object's unmodelled keys, to keep in the project's ``file_extra``."""
    extra = f.extra(document.get("report") or {}, f.REPORT)
    return {EXTRA_KEY: extra} if extra else {}


def export(quotes: list[Any], names: list[Any], entry_uid: dict[int, str], tagging_span: dict[int, tuple[Any, Any]],
           mandate_uid: dict[int, str], tag_uid: dict[int, str], extra: dict[str, Any]) -> dict[str, Any] | None:
    """The report object of a project's quote and name rows (in their order); None when it has nothing."""
    out: dict[str, Any] = {}
    listed = []
    for row in quotes:
        item: dict[str, Any] = {"id": row.uid, "entry": entry_uid[row.entry_id]}
        start, end = tagging_span.get(row.tagging_id, (None, None)) if row.tagging_id is not None else (None, None)
        if start is not None and end is not None:
            item |= {"start": start, "end": end}
        item |= {"mandate": mandate_uid[row.mandate_id]} if row.mandate_id is not None else {"tag": tag_uid[row.tag_id]}
        listed.append(item | (row.extra or {}))
    if listed:
        out["quotes"] = listed
    if names:
        out["names"] = [{"name": row.name, "replacement": row.replacement} | (row.extra or {}) for row in names]
    out |= extra
    return out or None
