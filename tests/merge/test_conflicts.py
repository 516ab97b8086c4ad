"""A conflict in every kind of record: found, shown with both versions, resolved three ways.

Pure: the documents as the two laptops would export them, merged by ``plan_merge``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.services.merge.sendout import send_out_document
from samverkan_desktop.services.merge.threeway import plan_merge
from tests.merge.conftest import DEMO, FOCUS, FSG

WHO = {"recorder": "FSG", "laptop": "fsg-laptop"}
Doc = dict[str, Any]


def _session(doc: Doc, uid: str = FSG) -> Doc:
    return next(s for s in doc["sessions"] if s["id"] == uid)


def _with_agenda(doc: Doc) -> None:
    _session(doc)["agenda"] = [{"id": "agenda-1", "number": 1, "title": "Budget", "minute_notes": [
        {"party": "party-kommunal", "text": "Kommunal antecknar."}]}]
    _session(doc)["attendance"] = [{"person": "person-10", "present": True}]


#: kind -> (the record as a function of the document, the field both sides change, its key)
RECORDS: dict[str, tuple[Callable[[Doc], Doc], str, tuple[Any, ...]]] = {
    "project": (lambda d: d["project"], "summary", ("project",)),
    "party": (lambda d: d["parties"][0], "name", ("party", "party-arbetsgivaren")),
    "person": (lambda d: next(p for p in d["people"] if p["id"] == "person-10"), "role", ("person", "person-10")),
    "mandate": (lambda d: d["mandates"][0], "title", None),
    "question": (lambda d: d["questions"][0], "text", None),
    "tag": (lambda d: d["tags"][0], "name", None),
    "session": (lambda d: _session(d), "location", ("session", FSG)),
    "attendance": (lambda d: _session(d)["attendance"][0], "role", ("attendance", FSG, "person-10")),
    "agenda": (lambda d: _session(d)["agenda"][0], "title", ("agenda", FSG, "agenda-1")),
    "entry": (lambda d: _session(d)["entries"][0], "text", ("entry", FSG, "entry-024")),
    "tagging": (lambda d: _session(d)["entries"][0]["tags"][0], "memo",
                ("tagging", FSG, "entry-024", "tag-tema-dialog-inflytande", None, None, 0)),
    "action": (lambda d: next(a for a in d["actions"] if a.get("session") == FSG), "text", None),
}
VALUES = {"attendance": ("chair", "secretary")}


def _docs() -> tuple[Doc, Doc, Doc]:
    full = json.loads(DEMO.read_text(encoding="utf-8"))
    _with_agenda(full)
    base = send_out_document(full, [FSG, FOCUS])
    return base, copy.deepcopy(full), copy.deepcopy(base)


@pytest.mark.parametrize("kind", list(RECORDS))
def test_a_record_both_sides_changed_is_a_conflict_resolved_three_ways(kind: str) -> None:
    base, mine, theirs = _docs()
    record, field, key = RECORDS[kind]
    mine_value, theirs_value = VALUES.get(kind, ("Min version", "Deras version"))
    record(mine)[field] = mine_value
    record(theirs)[field] = theirs_value
    key = key or (kind, record(mine)["id"])

    plan = plan_merge(base, mine, theirs, WHO)
    assert [(c.key, c.reason) for c in plan.unresolved] == [(key, "changed")]
    conflict = plan.unresolved[0]
    assert conflict.mine is not None and conflict.mine[field] == mine_value
    assert conflict.theirs is not None and conflict.theirs[field] == theirs_value
    assert plan.counts[kind]["conflicts"] == 1

    kept = plan_merge(base, mine, theirs, WHO, default="mine").document
    taken = plan_merge(base, mine, theirs, WHO, default="theirs").document
    both = plan_merge(base, mine, theirs, WHO, default="both").document
    for doc in (kept, taken, both):
        validate_document(json.loads(json.dumps(doc)))
    assert record(kept)[field] == mine_value
    assert record(taken)[field] == theirs_value
    assert record(both)[field] == mine_value
    dumped = json.dumps(both, ensure_ascii=False)
    if kind in ("project", "session"):  # one of a kind: theirs stays in the received copy
        assert theirs_value not in dumped
    elif kind != "attendance":
        assert theirs_value in dumped


def test_a_minute_note_edited_on_both_sides_keeps_both_texts() -> None:
    base, mine, theirs = _docs()
    _session(mine)["agenda"][0]["minute_notes"][0]["text"] = "Min anteckning."
    _session(theirs)["agenda"][0]["minute_notes"][0]["text"] = "Deras anteckning."
    plan = plan_merge(base, mine, theirs, WHO)
    assert plan.conflicts == []
    notes = [n["text"] for n in _session(plan.document)["agenda"][0]["minute_notes"]]
    assert notes == ["Min anteckning.", "Deras anteckning."]


def test_a_record_removed_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    base, mine, theirs = _docs()
    _session(mine)["entries"].pop(0)
    _session(theirs)["entries"][0]["text"] = "Deras ändring."
    plan = plan_merge(base, mine, theirs, WHO)
    assert [c.key for c in plan.unresolved] == [("entry", FSG, "entry-024")]
    both = plan_merge(base, mine, theirs, WHO, default="both").document
    assert _session(both)["entries"][0]["text"] == "Deras ändring."
    assert "entry-024" not in {e["id"] for e in _session(plan_merge(base, mine, theirs, WHO, default="mine")
                                                          .document)["entries"]}


def test_new_text_on_one_side_and_new_marked_spans_on_the_other_is_a_conflict() -> None:
    base, mine, theirs = _docs()
    _session(mine)["entries"][0]["text"] = "Helt ny text."
    _session(theirs)["entries"][0].setdefault("tags", []).append(
        {"tag": "tag-tema-dialog-inflytande", "start": 0, "end": 20})
    plan = plan_merge(base, mine, theirs, WHO)
    assert [(c.key, c.reason) for c in plan.unresolved] == [(("entry", FSG, "entry-024"), "spans")]
    both = plan_merge(base, mine, theirs, WHO, default="both").document
    validate_document(json.loads(json.dumps(both)))
    copy_ = next(e for e in _session(both)["entries"] if e["id"] == "entry-024-kopia")
    assert any(t.get("start") == 0 for t in copy_["tags"])


def test_the_same_record_added_on_both_sides_with_the_same_content_is_one_record() -> None:
    base, mine, theirs = _docs()
    for doc in (mine, theirs):
        _session(doc)["entries"].append({"id": "entry-ny", "text": "Samma."})
    plan = plan_merge(base, mine, theirs, WHO)
    assert plan.conflicts == [] and [e["id"] for e in _session(plan.document)["entries"]].count("entry-ny") == 1
