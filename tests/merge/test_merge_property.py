"""The merge's promise as a property: for random edits on both sides, nothing either side
wrote is lost under ``both``, the result is a valid project, and merging again is a no-op.

The edits work on documents (as both laptops' exports would show them): entries added,
rewritten and removed, taggings with memos, tags added and renamed, actions, agenda items
with minute notes. What a side wrote is every text it ended with that it did not start
with; a text one side removed and the other left alone may go (that is the removal).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.archive import read_project_or_archive
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.services.merge import service
from samverkan_desktop.services.merge.sendout import send_out, send_out_document
from samverkan_desktop.services.merge.threeway import plan_merge
from samverkan_desktop.storage.library import open_library

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo-project.json"
SENT = ["session-2025-10-02-fsg-utb", "session-2025-10-16-fokusgrupp"]
WHO = {"recorder": "FSG", "laptop": "fsg-laptop"}

words = st.text(alphabet="abcåäö <&>😀 ", min_size=1, max_size=12).map(lambda t: t.strip() or "x")
ops = st.lists(st.tuples(st.sampled_from(
    ["add_entry", "edit_entry", "drop_entry", "memo", "tag_whole", "add_tag", "rename_tag", "add_action",
     "edit_action", "add_agenda", "edit_note", "tag_span"]), st.integers(0, 40), words), max_size=8)


def _session(doc: dict[str, Any], n: int) -> dict[str, Any]:
    sessions = [s for s in doc["sessions"] if s["id"] in SENT]
    return sessions[n % len(sessions)]


def edit(doc: dict[str, Any], script: list[tuple[str, int, str]], side: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for step, (op, n, text) in enumerate(script):
        session = _session(doc, n)
        entries = session.setdefault("entries", [])
        uid = f"{side}-{step}"
        if op == "add_entry":
            entries.insert(n % (len(entries) + 1), {"id": f"entry-{uid}", "text": f"{side} {text}"})
        elif op == "edit_entry" and entries:
            entry = entries[n % len(entries)]
            entry["text"] = f"{side} {text}"
            entry["tags"] = [t for t in entry.get("tags", []) if t.get("start") is None]
            if not entry["tags"]:
                entry.pop("tags")
        elif op == "drop_entry" and entries:
            entries.pop(n % len(entries))
        elif op == "tag_span" and entries:
            entry = entries[n % len(entries)]
            tag = doc["tags"][n % len(doc["tags"])]["id"]
            span = {"tag": tag, "start": 0, "end": min(3, len(entry["text"])), "memo": f"{side} {text}"}
            if all((t["tag"], t.get("start"), t.get("end")) != (tag, 0, span["end"]) for t in entry.get("tags", [])):
                entry.setdefault("tags", []).append(span)
        elif op in ("memo", "tag_whole") and entries:
            entry = entries[n % len(entries)]
            tags = entry.setdefault("tags", [])
            if op == "memo" and tags:
                tags[n % len(tags)]["memo"] = f"{side} {text}"
            else:
                tag = doc["tags"][n % len(doc["tags"])]["id"]
                if all(t["tag"] != tag or t.get("start") is not None for t in tags):
                    tags.append({"tag": tag, "memo": f"{side} {text}"})
        elif op == "add_tag":
            doc["tags"].append({"id": f"tag-{uid}", "kind": "theme", "name": f"{side} {text}", "parent": None})
        elif op == "rename_tag":
            doc["tags"][n % len(doc["tags"])]["name"] = f"{side} {text}"
        elif op == "add_action":
            doc["actions"].append({"id": f"action-{uid}", "text": f"{side} {text}", "session": session["id"]})
        elif op == "edit_action" and doc["actions"]:
            doc["actions"][n % len(doc["actions"])]["text"] = f"{side} {text}"
        elif op == "add_agenda":
            agenda = session.setdefault("agenda", [])
            agenda.append({"id": f"agenda-{uid}", "number": len(agenda) + 1, "title": f"{side} {text}",
                           "minute_notes": [{"party": doc["parties"][0]["id"], "text": f"{side} {text}"}]})
        elif op == "edit_note" and session.get("agenda"):
            point = session["agenda"][n % len(session["agenda"])]
            notes = point.setdefault("minute_notes", [])
            if notes:
                notes[n % len(notes)]["text"] = f"{side} {text}"
    return validate_document(json.loads(json.dumps(doc)))


def texts(doc: dict[str, Any]) -> set[str]:
    found = {t["name"] for t in doc["tags"]} | {a["text"] for a in doc["actions"]}
    for session in doc["sessions"]:
        if session["id"] not in SENT:
            continue
        for entry in session.get("entries", []):
            found.add(entry["text"])
            found.update(t["memo"] for t in entry.get("tags", []) if "memo" in t)
        for point in session.get("agenda", []):
            found.add(point["title"])
            found.update(n["text"] for n in point.get("minute_notes", []))
    return found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mine_script=ops, theirs_script=ops)
def test_nothing_either_side_wrote_is_lost_and_a_second_merge_is_a_no_op(
        mine_script: list[tuple[str, int, str]], theirs_script: list[tuple[str, int, str]]) -> None:
    full = json.loads(DEMO.read_text(encoding="utf-8"))
    base = send_out_document(full, SENT)
    mine, theirs = edit(full, mine_script, "mine"), edit(base, theirs_script, "theirs")

    plan = plan_merge(base, mine, theirs, WHO, default="both")

    assert plan.unresolved == []
    merged = validate_document(json.loads(json.dumps(plan.document)))
    wrote = (texts(mine) - texts(full)) | (texts(theirs) - texts(base))
    assert wrote <= texts(merged)
    again = plan_merge(plan.next_base, merged, theirs, WHO)
    assert again.conflicts == [] and not again.changes_anything
    assert again.document == merged


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(mine_script=ops, theirs_script=ops)
def test_the_library_holds_exactly_the_merged_project_after_random_edits(
        tmp_path_factory: pytest.TempPathFactory, mine_script: list[tuple[str, int, str]],
        theirs_script: list[tuple[str, int, str]]) -> None:
    """The writer (only what differs is written) gives the library the merged document, record for record."""
    full = json.loads(DEMO.read_text(encoding="utf-8"))
    paths = DataPaths(tmp_path_factory.mktemp("central"))
    library = open_library(paths)
    try:
        import_document(library, full)
        uid = full["project"]["id"]
        sent = send_out(library, uid, SENT, "FSG", paths.root / "ut.json").path
        base = read_project_or_archive(sent)
        origin = base["collaboration"]["origin"]
        mine = edit(export_document(library, uid), mine_script, "mine")
        import_document(library, mine, replace=True)
        theirs = edit({k: v for k, v in base.items() if k != "collaboration"}, theirs_script, "theirs")
        theirs["collaboration"] = {"exported_by": WHO, "origin": origin}
        theirs["exported_at"] = "2099-01-01T00:00:00+00:00"  # the recipient's export, later than the send-out
        prepared = service.prepare(library, uid, theirs)
        plan = service.plan(prepared, default="both")
        service.apply(library, paths, prepared, plan)
        exported = export_document(library, uid)
        for doc in (exported, plan.document):
            doc.pop("exported_at", None)
            doc.pop("collaboration", None)
        assert json.dumps(exported, sort_keys=True, ensure_ascii=False) == json.dumps(
            plan.document, sort_keys=True, ensure_ascii=False)
    finally:
        library.close()
