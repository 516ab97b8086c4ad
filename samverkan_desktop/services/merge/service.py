"""Merging a sent-back copy into the central project: checks, preview, one transaction.

``prepare`` checks that the file is a copy of this project sent out from this library
(by the starting point's id), not the sent-out file itself (its export time is the
send-out's) and not older than a copy already merged; ``plan`` is
the preview (nothing written); ``apply`` writes the plan after a verified backup, in one
transaction, as the changes it makes (``write``), and moves the starting point on to the
copy just merged, so that merging the same file again changes nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.progress import Progress, no_progress
from samverkan_desktop.services.backups import make_backup
from samverkan_desktop.services.erasure import PLACEHOLDER, name_pattern, scrub
from samverkan_desktop.services.errors import ImportRefused, LocalText, ServiceError, StorageFailed
from samverkan_desktop.services.interchange.collaboration import RECEIVED, SENT, erased_hash
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.services.merge.threeway import Choice, MergePlan, plan_merge
from samverkan_desktop.services.merge.write import write_changes
from samverkan_desktop.storage.library import Library

BEFORE_MERGE = "before-merge"


class MergeRefused(ImportRefused):
    """The file cannot be merged into this project; nothing was changed."""

    code = "merge_refused"


class UnresolvedConflicts(ServiceError):
    """Conflicts are left without a choice; nothing was changed."""

    code = "merge_conflicts"


@dataclass(frozen=True)
class Prepared:
    project_uid: str
    project_id: int
    point_uid: str
    recipient: str
    base: dict[str, Any]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    provenance: dict[str, str]
    #: the sessions sent out with the starting point
    sessions: tuple[str, ...]


def _refuse(sv: str, en: str) -> MergeRefused:
    return MergeRefused(LocalText(f"Filen kan inte tas emot: {sv} Ingenting har ändrats.",
                                  f"The file cannot be merged: {en} Nothing was changed."))


def _when(document: dict[str, Any]) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(document["exported_at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return None


def _is_the_sent_file(document: dict[str, Any], point: Any) -> bool:
    """The file ``send_out`` wrote for ``point`` itself: exported at the send-out's moment (an
    archive stamps it in UTC, the starting point in local time: compared as instants) and
    holding exactly what was sent. A copy the recipient exports has a later time, and what
    they recorded."""
    sent = _when({"exported_at": point.sent_at})
    return sent is not None and _when(document) == sent and point.document == {
        key: value for key, value in document.items() if key not in ("exported_at", "collaboration")}


def prepare(library: Library, project_uid: str, document: Any, progress: Progress = no_progress) -> Prepared:
    """Check a sent-back copy against the central project; ``MergeRefused`` if it is not one."""
    progress(0, 3)
    theirs = validate_document(document)
    progress(1, 3)
    if theirs["project"]["id"] != project_uid:
        raise _refuse(f'den hör till ett annat projekt ("{theirs["project"]["id"][:64]}").',
                      f'it belongs to another project ("{theirs["project"]["id"][:64]}").')
    origin = (theirs.get("collaboration") or {}).get("origin")
    if origin is None:
        raise _refuse("den är ingen tillbakaskickad kopia (den saknar en startpunkt från ett utskick).",
                      "it is not a sent-back copy (it has no starting point of a send-out).")
    projects, points = table_of(m.Project), table_of(m.StartingPoint)
    with library.engine.connect() as c:
        project_id = c.execute(select(projects.c.id).where(projects.c.uid == project_uid)).scalar()
        row = None if project_id is None else c.execute(select(points).where(
            points.c.project_id == project_id, points.c.uid == origin["id"], points.c.role == SENT)).first()
    if project_id is None:
        raise _refuse(f'projektet "{project_uid}" finns inte i biblioteket.',
                      f'the project "{project_uid}" is not in the library.')
    if row is None:
        raise _refuse("projektet har aldrig skickat ut den startpunkten; filen är inte ett svar på ett "
                      "utskick härifrån.", "this project never sent out that starting point; the file does "
                      "not answer a send-out from here.")
    if _is_the_sent_file(theirs, row):
        raise _refuse(f"det är filen som skickades ut härifrån till {row.recipient[:80]}, inte kopian som "
                      "kommer tillbaka. Ta emot filen som mottagaren exporterar och skickar tillbaka.",
                      f"it is the file sent out from here to {row.recipient[:80]}, not the copy coming "
                      "back. Merge the file that the recipient exports and sends back.")
    previous = _when(row.merged) if row.merged else None
    now = _when(theirs)
    if previous is not None and now is not None and now < previous:
        raise _refuse("den är äldre än kopian som redan har tagits emot från samma mottagare.",
                      "it is older than the copy already merged from the same recipient.")
    theirs = anonymised(theirs, row.erased or [], row.uid)
    laptop = str((theirs["collaboration"].get("exported_by") or {}).get("laptop") or "")
    provenance = {"recorder": row.recipient, **({"laptop": laptop} if laptop else {})}
    mine = export_document(library, project_uid)
    progress(3, 3)
    return Prepared(project_uid, int(project_id), row.uid, row.recipient, row.merged or row.document,
                    mine, theirs, provenance, tuple(row.sessions))


def anonymised(document: dict[str, Any], erased: list[dict[str, str]], point_uid: str) -> dict[str, Any]:
    """The copy with every person erased here since the send-out erased in it as well: the
    name replaced wherever it stands, the person under its new id, entries without the link
    (as ``services.erasure`` does), so that no merge brings an erased name back."""
    new_uids = {item["hash"]: item["uid"] for item in erased}
    gone = {p["id"]: new_uids[h] for p in document.get("people", [])
            if (h := erased_hash(point_uid, p["id"])) in new_uids}
    if not gone:
        return document
    doc = document
    for person in document["people"]:
        pattern = name_pattern(person["name"]) if person["id"] in gone else None
        if pattern is not None:
            doc = scrub(doc, pattern)[0]
    doc = copy.deepcopy(doc)
    doc["people"] = [{"id": gone[p["id"]], "name": PLACEHOLDER} | ({"party": p["party"]} if p.get("party") else {})
                     if p["id"] in gone else p for p in doc["people"]]
    texts = {(s["id"], e["id"]): e["text"] for s in document.get("sessions", []) for e in s.get("entries", [])}
    for session in doc.get("sessions", []):
        for entry in session.get("entries", []):
            if entry["text"] != texts.get((session["id"], entry["id"])) and "tags" in entry:
                whole: dict[str, dict[str, Any]] = {}  # a marked span of changed words: the whole entry
                for tagging in entry["tags"]:
                    whole.setdefault(tagging["tag"], {k: v for k, v in tagging.items() if k not in ("start", "end")})
                entry["tags"] = list(whole.values())
        for line in session.get("attendance", []):
            line["person"] = gone.get(line["person"], line["person"])
        for entry in session.get("entries", []):
            if entry.get("person") in gone:
                del entry["person"]
        adjusted = session.get("adjusted") or {}
        if "by" in adjusted:
            adjusted["by"] = [gone.get(uid, uid) for uid in adjusted["by"]]
    return doc


def plan(prepared: Prepared, choices: Mapping[str, Choice] | None = None, default: Choice | None = None,
         combine: Mapping[str, str] | None = None) -> MergePlan:
    """The preview: what the merge would do with these choices (nothing is written)."""
    result = plan_merge(prepared.base, prepared.mine, prepared.theirs, prepared.provenance,
                        choices, default, combine)
    for session in result.document["sessions"]:  # the sent-out sessions were recorded there
        if session["id"] in prepared.sessions and "origin" not in session:
            session["origin"] = dict(prepared.provenance)
    return result


@dataclass(frozen=True)
class MergeResult:
    plan: MergePlan
    backup: str | None
    written: bool


def _next_base(prepared: Prepared, result: MergePlan) -> dict[str, Any]:
    """The base of the next merge; the copy itself if holding sessions back broke it."""
    try:
        return validate_document(result.next_base)
    except ImportRefused:
        return {k: v for k, v in prepared.theirs.items() if k != "collaboration"}


def _with_starting_point(prepared: Prepared, result: MergePlan) -> dict[str, Any]:
    document = dict(result.document)
    block = dict(document.get("collaboration") or {})
    base = _next_base(prepared, result)
    block["sent_out"] = [dict(p, merged=base) if p["id"] == prepared.point_uid else p
                         for p in block.get("sent_out", [])]
    document["collaboration"] = block
    return document


def apply(library: Library, paths: DataPaths | None, prepared: Prepared, result: MergePlan,
          progress: Progress = no_progress) -> MergeResult:
    """Write a plan without unresolved conflicts: verified backup, then one transaction.

    ``progress`` hears of the steps (checked, backed up, written); once the backup is
    begun it is not called again before the end, so the write is never stopped halfway."""
    if result.unresolved:
        raise UnresolvedConflicts(LocalText(
            f"{len(result.unresolved)} konflikter saknar ett val; ingenting har ändrats.",
            f"{len(result.unresolved)} conflicts have no choice; nothing was changed."))
    document = _with_starting_point(prepared, result)
    stored = next((p.get("merged") for p in (prepared.mine.get("collaboration") or {}).get("sent_out", [])
                   if p["id"] == prepared.point_uid), None)
    new_base = next(p["merged"] for p in document["collaboration"]["sent_out"] if p["id"] == prepared.point_uid)
    if not result.changes_anything and stored == new_base:
        return MergeResult(result, None, False)
    try:
        validate_document(document)
    except ImportRefused as exc:
        raise _refuse(f"det sammanfogade projektet skulle bli ogiltigt ({exc.message.sv}).",
                      f"the merged project would be invalid ({exc.message.en}).") from None
    progress(1, 3)
    backup = make_backup(paths, BEFORE_MERGE).path.name if paths is not None else None
    progress(2, 3)
    try:
        with library.engine.begin() as c:
            write_changes(c, prepared.project_id, prepared.mine, document)
            points, projects = table_of(m.StartingPoint), table_of(m.Project)
            c.execute(update(points).where(points.c.project_id == prepared.project_id,
                                           points.c.uid == prepared.point_uid).values(merged=new_base))
            c.execute(update(projects).where(projects.c.id == prepared.project_id).values(updated_at=m.utcnow()))
    except SQLAlchemyError as exc:
        raise StorageFailed(LocalText(
            "Sammanfogningen kunde inte sparas i biblioteket, och ingenting ändrades.",
            "The merge could not be stored in the library; nothing was changed.")) from exc
    progress(3, 3)
    return MergeResult(result, backup, True)


def received_from(library: Library, project_uid: str) -> str | None:
    """Who sent the project out to this library (the recipient's label); None if it was not received."""
    projects, points = table_of(m.Project), table_of(m.StartingPoint)
    with library.engine.connect() as c:
        found = c.execute(select(points.c.recipient).join(projects, projects.c.id == points.c.project_id)
                          .where(projects.c.uid == project_uid, points.c.role == RECEIVED)).scalar()
    return None if found is None else str(found)
