"""Send sessions out, record on two laptops, merge back: record by record, through the services."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.services.archive import read_project_or_archive
from samverkan_desktop.services.backups import list_backups, restore
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.merge import service
from tests.merge.conftest import ADJUSTED, DEMO, FOCUS, FSG, OTHER, PROJECT, Laptop


def applied(central: Laptop, prepared: service.Prepared, plan: service.MergePlan) -> service.MergeResult:
    """Apply a plan, then prove the library holds exactly the merged document (record for record,
    in order; only the time of the export and the exporting laptop's name may differ)."""
    result = service.apply(central.library, central.paths, prepared, plan)

    def normal(document: dict[str, object]) -> str:
        return json.dumps({k: v for k, v in document.items() if k not in ("exported_at", "collaboration")},
                          ensure_ascii=False, sort_keys=True)

    assert normal(central.export()) == normal(plan.document)
    return result


def test_send_out_carries_the_frame_the_sessions_and_only_their_people(central: Laptop, sent: Path) -> None:
    with zipfile.ZipFile(sent) as archive:
        text = archive.read("project.json").decode("utf-8")
    document = json.loads(text)
    full = central.export()
    assert [s["id"] for s in document["sessions"]] == [FSG, FOCUS]
    assert [t["id"] for t in document["tags"]] == [t["id"] for t in full["tags"]]
    assert [q["id"] for q in document["questions"]] == [q["id"] for q in full["questions"]]
    assert {a.get("session") for a in document["actions"]} <= {FSG, FOCUS}
    present = {p["id"] for p in document["people"]}
    for person in full["people"]:
        if person["id"] not in present:
            assert person["name"] not in text  # GDPR: nobody else's name travels
    assert len(present) < len(full["people"])
    origin = document["collaboration"]["origin"]
    assert origin["sessions"] == [FSG, FOCUS] and origin["recipient"] == "FSG Utbildning – Karin"
    assert [p["id"] for p in full["collaboration"]["sent_out"]] == [origin["id"]]


def test_the_recipient_gets_the_same_ids_and_keeps_the_starting_point_through_export_and_replace(
        fsg: Laptop, tmp_path: Path) -> None:
    exported = fsg.export()
    assert exported["project"]["id"] == PROJECT
    assert [s["id"] for s in exported["sessions"]] == [FSG, FOCUS]
    origin = exported["collaboration"]["origin"]
    for target in (tmp_path / "round.json", tmp_path / "round.samverkan"):
        if target.suffix == ".json":
            target.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
        else:
            fsg.archive(target)
        import_document(fsg.library, read_project_or_archive(target), replace=True)
        assert fsg.export()["collaboration"]["origin"] == origin


def test_done_when_two_record_one_entry_edited_on_both_sides(central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    # both record
    theirs_new = fsg.add_entry(FSG, "Kommunal vill ha fler FSG-möten <&> 😀", "party-kommunal")
    fsg.add_entry(FOCUS, "Fokusgruppen efterlyser återkoppling.")
    mine_new = central.add_entry(FSG, "Centralt tillägg efter mötet.")
    fsg.set_entry(FSG, "entry-025", text="Ändrat hos FSG.")
    central.set_entry(FSG, "entry-026", text="Ändrat centralt.")
    # one entry edited on both sides
    fsg.set_entry(FSG, "entry-024", text="FSG:s version av inlägget.")
    central.set_entry(FSG, "entry-024", text="Den centrala versionen av inlägget.")
    back = fsg.archive(tmp_path / "tillbaka.samverkan")
    before = central.dump()

    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(back))
    preview = service.plan(prepared)
    assert [c.key for c in preview.unresolved] == [("entry", FSG, "entry-024")]
    assert preview.counts["entry"]["added"] == 2 and preview.counts["entry"]["changed"] == 1
    assert preview.counts["entry"]["conflicts"] == 1
    with pytest.raises(service.UnresolvedConflicts):
        service.apply(central.library, central.paths, prepared, preview)
    assert central.dump() == before  # shows the conflict instead of choosing; nothing written

    result = applied(central, prepared, service.plan(prepared, default="both"))
    assert result.written and result.backup is not None
    entries = {e["id"]: e for e in central.entries(FSG)}
    assert entries[theirs_new]["text"] == "Kommunal vill ha fler FSG-möten <&> 😀"
    assert entries[theirs_new]["origin"] == {"recorder": "FSG Utbildning – Karin", "laptop": prepared.provenance.get(
        "laptop", "")} or entries[theirs_new]["origin"]["recorder"] == "FSG Utbildning – Karin"
    assert mine_new in entries
    assert entries["entry-025"]["text"] == "Ändrat hos FSG."
    assert entries["entry-026"]["text"] == "Ändrat centralt."
    assert entries["entry-024"]["text"] == "Den centrala versionen av inlägget."
    copy = entries["entry-024-kopia"]
    assert copy["text"] == "FSG:s version av inlägget." and copy["origin"]["conflict_copy_of"] == "entry-024"
    order = [e["id"] for e in central.entries(FSG)]
    assert order.index("entry-024-kopia") == order.index("entry-024") + 1  # next to it
    assert any(e["text"] == "Fokusgruppen efterlyser återkoppling." for e in central.entries(FOCUS))
    session = next(s for s in central.export()["sessions"] if s["id"] == FSG)
    assert session["origin"]["recorder"] == "FSG Utbildning – Karin"
    assert "origin" not in next(s for s in central.export()["sessions"] if s["id"] == OTHER)

    # repeated: the same file again changes nothing, not even a backup
    after, backups = central.dump(), len(list_backups(central.paths))
    again = service.prepare(central.library, PROJECT, read_project_or_archive(back))
    plan = service.plan(again)
    assert plan.conflicts == [] and not plan.changes_anything
    assert not service.apply(central.library, central.paths, again, plan).written
    assert central.dump() == after and len(list_backups(central.paths)) == backups

    # undone: the backup before the merge restores the project as it was
    backup = next(b for b in list_backups(central.paths) if b.reason == service.BEFORE_MERGE)
    restore(central.library, central.paths, backup.path)
    assert central.entry(FSG, "entry-024")["text"] == "Den centrala versionen av inlägget."
    assert theirs_new not in {e["id"] for e in central.entries(FSG)}


def test_a_later_copy_brings_only_what_changed_since_the_last_merge(
        central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    fsg.add_entry(FSG, "Första omgången.")
    first = fsg.archive(tmp_path / "1.samverkan")
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(first))
    applied(central, prepared, service.plan(prepared))
    central.set_entry(FSG, "entry-024", text="Centralt rättat efter första omgången.")
    time.sleep(1.1)  # an archive is stamped with its last change, to the second
    fsg.add_entry(FSG, "Andra omgången.")
    second = fsg.archive(tmp_path / "2.samverkan")
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(second))
    plan = service.plan(prepared)
    assert plan.conflicts == [] and plan.counts["entry"]["added"] == 1
    applied(central, prepared, plan)
    texts = [e["text"] for e in central.entries(FSG)]
    assert "Första omgången." in texts and "Andra omgången." in texts
    assert central.entry(FSG, "entry-024")["text"] == "Centralt rättat efter första omgången."
    older = service.prepare  # the first copy again is older than the one merged
    with pytest.raises(service.MergeRefused, match="äldre"):
        older(central.library, PROJECT, read_project_or_archive(first))


def test_what_is_not_a_sent_back_copy_of_this_project_is_refused(
        central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    from tests.merge.conftest import laptop

    before = central.dump()
    plain = central.export()
    plain.pop("collaboration")
    other = json.loads(json.dumps(fsg.export()))
    other["project"]["id"] = "project-annat"
    for parts in (other["collaboration"]["origin"]["document"],):
        parts["project"]["id"] = "project-annat"
    # a copy of the same project sent out from another library (the starting point was never sent here)
    elsewhere = laptop(tmp_path / "elsewhere")
    try:
        import_document(elsewhere.library, json.loads(DEMO.read_text(encoding="utf-8")))
        from samverkan_desktop.services.merge.sendout import send_out

        stranger = send_out(elsewhere.library, PROJECT, [FSG], "Någon annan", tmp_path / "x.samverkan").path
        for document, words in ((plain, "ingen tillbakaskickad kopia"), (other, "annat projekt"),
                                (read_project_or_archive(stranger), "aldrig skickat ut")):
            with pytest.raises(service.MergeRefused, match=words):
                service.prepare(central.library, PROJECT, document)
    finally:
        elsewhere.library.close()
    assert central.dump() == before


def test_the_file_that_was_sent_out_is_not_taken_for_the_copy_coming_back(
        central: Laptop, sent: Path, fsg: Laptop, tmp_path: Path) -> None:
    """Picking the sent-out file from the folder instead of the recipient's copy is refused with
    a message that says so; the recipient's export of an unchanged copy is a merge of nothing."""
    before = central.dump()
    with pytest.raises(service.MergeRefused, match="filen som skickades ut härifrån till FSG Utbildning – Karin"):
        service.prepare(central.library, PROJECT, read_project_or_archive(sent))
    assert central.dump() == before
    unchanged = fsg.archive(tmp_path / "tillbaka.samverkan")
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(unchanged))
    assert not service.plan(prepared).changes_anything


def test_records_both_sides_added_and_removed(central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    # the recipient removes an entry the centre left alone; the centre removes one the recipient left alone
    fsg.editor.delete("entry", fsg.id_of(m.Entry, "entry-030", FSG))
    central.editor.delete("entry", central.id_of(m.Entry, "entry-031", FSG))
    # the centre removes a party the recipient's new entry speaks for: the party stays
    party = central.id_of(m.Party, "party-vision")
    central.editor.delete("party", party)
    fsg.add_entry(FOCUS, "Vision om arbetsmiljön.", "party-vision")
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(fsg.archive(tmp_path / "b.samverkan")))
    plan = service.plan(prepared)
    assert plan.conflicts == []
    applied(central, prepared, plan)
    ids = {e["id"] for e in central.entries(FSG)}
    assert "entry-030" not in ids and "entry-031" not in ids
    exported = central.export()
    assert "party-vision" in {p["id"] for p in exported["parties"]}
    assert any(e.get("party") == "party-vision" and e["text"] == "Vision om arbetsmiljön."
               for e in central.entries(FOCUS))


def test_a_session_adjusted_centrally_is_never_changed_by_a_merge(
        central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    from samverkan_desktop.services.adjustment import adjust, reopen

    session_id = central.id_of(m.Session, FSG)
    adjust(central.library, session_id, [], __import__("datetime").date(2025, 10, 10))
    fsg.set_entry(FSG, "entry-024", text="Ändrat efter justeringen.")
    back = read_project_or_archive(fsg.archive(tmp_path / "b.samverkan"))
    prepared = service.prepare(central.library, PROJECT, back)
    for default in ("theirs", "both"):
        plan = service.plan(prepared, default=default)  # type: ignore[arg-type]
        assert [(c.key, c.reason) for c in plan.unresolved] == [(("session", FSG), "adjusted")]
    before = central.entry(FSG, "entry-024")
    applied(central, prepared, service.plan(prepared, default="mine"))
    assert central.entry(FSG, "entry-024") == before
    # reopened, the same file brings the change
    reopen(central.library, session_id)
    prepared = service.prepare(central.library, PROJECT, back)
    plan = service.plan(prepared)
    assert plan.unresolved == []
    applied(central, prepared, plan)
    assert central.entry(FSG, "entry-024")["text"] == "Ändrat efter justeringen."


def test_the_adjusted_session_that_was_never_sent_is_left_alone(central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    fsg.add_entry(FSG, "Nytt.")
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(fsg.archive(tmp_path / "b.samverkan")))
    plan = service.plan(prepared)
    assert plan.conflicts == []
    before = next(s for s in central.export()["sessions"] if s["id"] == ADJUSTED)
    applied(central, prepared, plan)
    assert next(s for s in central.export()["sessions"] if s["id"] == ADJUSTED) == before


def test_a_tag_of_the_same_name_is_offered_for_combining_never_combined_silently(
        central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    project = fsg.id_of(m.Project, PROJECT)
    new_tag = fsg.editor.create("tag", project, {"name": "Arbetsmiljö", "kind": "theme"}).uid
    central.editor.create("tag", central.id_of(m.Project, PROJECT), {"name": "arbetsmiljö ", "kind": "theme"})
    entry = fsg.id_of(m.Entry, "entry-024", FSG)
    fsg.editor.create("tagging", entry, {"tag_id": fsg.id_of(m.Tag, new_tag)})
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(fsg.archive(tmp_path / "b.samverkan")))
    plan = service.plan(prepared)
    assert [(p.theirs, p.name) for p in plan.tag_pairs] == [(new_tag, "Arbetsmiljö")]
    assert new_tag in {t["id"] for t in plan.document["tags"]}  # by default added beside it
    mine_uid = plan.tag_pairs[0].mine
    combined = service.plan(prepared, combine={new_tag: mine_uid})
    assert new_tag not in {t["id"] for t in combined.document["tags"]}
    applied(central, prepared, combined)
    assert mine_uid in {t["tag"] for t in central.entry(FSG, "entry-024")["tags"]}


def test_the_merge_is_one_transaction(central: Laptop, fsg: Laptop, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fsg.add_entry(FSG, "Nytt.")
    fsg.set_entry(FSG, "entry-024", text="Ändrat.")
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(fsg.archive(tmp_path / "b.samverkan")))
    plan = service.plan(prepared)
    before = central.dump()
    real = service.write_changes

    def broken(*args: object) -> None:  # fails after the rows of the merge were written
        real(*args)  # type: ignore[arg-type]
        raise service.SQLAlchemyError("disk I/O error")

    monkeypatch.setattr(service, "write_changes", broken)
    with pytest.raises(service.StorageFailed):
        applied(central, prepared, plan)
    assert central.dump() == before


def test_erasing_a_person_leaves_no_trace_in_the_stored_starting_points(
        central: Laptop, fsg: Laptop) -> None:
    from samverkan_desktop.services.erasure import erase_person

    exported = fsg.export()
    person = next(p for p in exported["people"] if p["id"] == "person-10")
    for it in (central, fsg):
        erase_person(it.library, it.paths, it.id_of(m.Person, "person-10"))
        with it.library.engine.connect() as c:
            stored = json.dumps([list(r) for r in c.execute(select(m.StartingPoint.document, m.StartingPoint.merged))],
                                ensure_ascii=False)
        assert person["name"] not in stored
        assert '"person-10"' not in stored


def test_a_person_erased_here_stays_erased_when_a_copy_comes_back_from_where_they_were_not(
        central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    from samverkan_desktop.services.erasure import PLACEHOLDER, erase_person

    person = next(p for p in central.export()["people"] if p["id"] == "person-10")
    fsg.add_entry(FSG, f"{person['name']} sa att FSG behöver mer tid.")
    fsg.set_entry(FSG, "entry-025", text=f"Ändrat hos FSG, där {person['name']} ännu inte är raderad.")
    erase_person(central.library, central.paths, central.id_of(m.Person, "person-10"))
    back = read_project_or_archive(fsg.archive(tmp_path / "b.samverkan"))
    assert person["name"] in json.dumps(back, ensure_ascii=False)

    prepared = service.prepare(central.library, PROJECT, back)
    plan = service.plan(prepared, default="both")
    applied(central, prepared, plan)

    exported = json.dumps(central.export(), ensure_ascii=False)
    assert person["name"] not in exported and '"person-10"' not in exported
    assert f"{PLACEHOLDER} sa att FSG behöver mer tid." in exported
    assert [p["name"] for p in central.export()["people"]].count(PLACEHOLDER) == 1
    with central.library.engine.connect() as c:
        stored = json.dumps([list(r) for r in c.execute(select(m.StartingPoint.document, m.StartingPoint.merged))],
                            ensure_ascii=False)
    assert person["name"] not in stored


def test_what_the_central_report_quotes_stays_quoted(central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    document = central.export()
    session = next(s for s in document["sessions"] if s["id"] == FSG)
    spanned = next(e for e in session["entries"] if any("start" in t for t in e.get("tags", [])))
    span = next(t for t in spanned["tags"] if "start" in t)
    whole = next(e for e in session["entries"] if e["id"] not in (spanned["id"],))
    document["report"] = {"quotes": [
        {"id": "quote-span", "entry": spanned["id"], "start": span["start"], "end": span["end"], "tag": span["tag"]},
        {"id": "quote-whole", "entry": whole["id"], "mandate": document["mandates"][0]["id"]}]}
    import_document(central.library, document, replace=True)
    # there: the quoted entry is removed, and the spanned entry gets a new tagging of its own
    fsg.editor.delete("entry", fsg.id_of(m.Entry, whole["id"], FSG))
    fsg.editor.create("tagging", fsg.id_of(m.Entry, spanned["id"], FSG),
                      {"tag_id": fsg.id_of(m.Tag, document["tags"][-1]["id"])})
    prepared = service.prepare(central.library, PROJECT, read_project_or_archive(fsg.archive(tmp_path / "b.samverkan")))
    applied(central, prepared, service.plan(prepared))
    quotes = central.export()["report"]["quotes"]
    assert [q["id"] for q in quotes] == ["quote-span", "quote-whole"]
    assert whole["id"] in {e["id"] for e in central.entries(FSG)}
    assert document["tags"][-1]["id"] in {t["tag"] for t in central.entry(FSG, spanned["id"])["tags"]}
