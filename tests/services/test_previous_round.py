"""The previous round: linking copies last year's project, matches by name, keeps the user's
decisions, and the comparison reads ratings then and now, follow-ups and rating items."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import comparison as C
from samverkan_desktop.services import erasure
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.previous_round import LinkRefused, link_previous, previous_link, unlink_previous
from samverkan_desktop.services.survey.columns import automatic, describe
from samverkan_desktop.services.survey.importing import import_responses
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.services.tags import delete_tag, merge_tags, undo_change
from samverkan_desktop.storage.library import Library, open_library
from tests import survey_files as sf

LAST_YEAR = "project-ekdala-2025"


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(DataPaths(tmp_path / "data"))
    yield library
    library.close()


def _previous_document(demo: dict[str, Any]) -> dict[str, Any]:
    """Last year's report: made anew (other ids), one mandate worded differently, other ratings."""
    old = copy.deepcopy(demo)
    old["project"] = {"id": LAST_YEAR, "title": "Dialograpport 2025", "due_date": "2025-03-31"}
    for mandate in old["mandates"]:
        mandate["id"] = "old-" + mandate["id"]
    ratings = {"U1": "not_strengthened", "U2": "strengthened", "U3": "partly", "U4": "not_assessed"}
    for mandate in old["mandates"]:
        mandate["assessment"] = {"rating": ratings[mandate["code"]], "motivation": f"Bedömt 2025: {mandate['code']}"}
    old["mandates"][2]["title"] = "Delaktighet på arbetsplatserna"  # renamed since: matched by hand
    for question in old["questions"]:
        question["mandates"] = ["old-" + uid for uid in question.get("mandates", [])]
    for tag in old["tags"]:
        tag["mandates"] = ["old-" + uid for uid in tag.get("mandates", [])]
    old["tags"].append({"id": "tag-forb-lokaler", "kind": "improvement", "name": "Lokaler för samverkan",
                        "parent": None, "proposal": "Boka fasta rum"})
    return old


def _projects(lib: Library, demo: dict[str, Any]) -> tuple[int, int]:
    previous = import_document(lib, _previous_document(demo)).project_id
    current = import_document(lib, demo).project_id
    return current, previous


def _item(lib: Library, project_id: int, kind: str, title: str) -> m.PreviousItem:
    with lib.sessions() as db:
        found = db.scalars(select(m.PreviousItem).where(m.PreviousItem.project_id == project_id,
                                                        m.PreviousItem.kind == kind,
                                                        m.PreviousItem.title == title)).one()
        db.expunge(found)
    return found


def _ids(lib: Library, model: Any, project_id: int, column: str) -> dict[str, int]:
    with lib.sessions() as db:
        return {getattr(r, column): r.id for r in db.scalars(select(model).where(model.project_id == project_id))}


def test_linking_copies_the_previous_round_and_matches_by_name(lib: Library, demo_document: dict[str, Any]) -> None:
    current, previous = _projects(lib, demo_document)
    result = link_previous(lib, current, previous)
    assert (result.previous_uid, result.mandates, result.questions, result.tags) == (LAST_YEAR, 4, 5, 15)
    assert result.unmatched == 2  # the renamed mandate and the new improvement area
    link = previous_link(lib, current)
    assert link is not None and (link.title, link.date.isoformat() if link.date else None) == (
        "Dialograpport 2025", "2025-03-31")
    found = C.comparison(lib, current)
    assert found is not None
    by_code = {change.code_then: change for change in found.mandates if change.code_then}
    assert (by_code["U1"].rating_then, by_code["U1"].rating_now, by_code["U1"].direction) == (
        "not_strengthened", "partly", C.STRONGER)
    assert (by_code["U2"].rating_then, by_code["U2"].rating_now, by_code["U2"].direction) == (
        "strengthened", "strengthened", C.UNCHANGED)
    assert by_code["U3"].mandate_id is None and by_code["U3"].direction is None
    assert by_code["U4"].direction is None  # "cannot be assessed" has no direction
    assert by_code["U1"].motivation_then == "Bedömt 2025: U1"
    new = [change for change in found.mandates if change.previous_item_id is None]
    assert [change.code_now for change in new] == ["U3"]  # this round's U3 matches nothing yet
    areas = {f.name: f for f in found.follow_ups}
    assert len(areas) == 5 and areas["Lokaler för samverkan"].tag_id is None
    apt = areas["Arbetsplatsträffar som ger inflytande"]
    assert apt.tag_id is not None and apt.entries_now > 0 and apt.entries_then == apt.entries_now
    assert len(apt.passages) == min(apt.entries_now, C.FOLLOW_UP_EXAMPLES) and all(p.source for p in apt.passages)


def test_matches_and_follow_up_are_edited_and_kept_when_linking_again(
        lib: Library, demo_document: dict[str, Any]) -> None:
    current, previous = _projects(lib, demo_document)
    link_previous(lib, current, previous)
    editor = Editor(lib)
    renamed = _item(lib, current, "mandate", "Delaktighet på arbetsplatserna")
    u3 = _ids(lib, m.Mandate, current, "code")["U3"]
    editor.set("previous_item", renamed.id, match_mandate_id=u3)
    area = _item(lib, current, "tag", "Tid för fackliga uppdrag och skyddsombud")
    editor.set("previous_item", area.id, status="in_progress", comment="Kartläggningen redovisas i februari.")
    link_previous(lib, current, previous)  # refreshed: what the user decided stays
    again = _item(lib, current, "mandate", "Delaktighet på arbetsplatserna")
    assert again.match_mandate_id == u3
    area = _item(lib, current, "tag", "Tid för fackliga uppdrag och skyddsombud")
    assert (area.status, area.comment) == ("in_progress", "Kartläggningen redovisas i februari.")
    found = C.comparison(lib, current)
    assert found is not None
    change = next(c for c in found.mandates if c.code_then == "U3")
    assert (change.rating_then, change.rating_now, change.direction) == ("partly", "not_strengthened", C.WEAKER)
    assert all(c.previous_item_id is not None for c in found.mandates)
    follow = next(f for f in found.follow_ups if f.name == "Tid för fackliga uppdrag och skyddsombud")
    assert (follow.status, follow.comment) == ("in_progress", "Kartläggningen redovisas i februari.")


def test_the_comparison_survives_the_previous_project_and_travels_in_the_file(
        lib: Library, demo_document: dict[str, Any], tmp_path: Path) -> None:
    current, previous = _projects(lib, demo_document)
    link_previous(lib, current, previous)
    Editor(lib).set("previous_item", _item(lib, current, "tag", "Lokaler för samverkan").id, status="not_relevant",
                    comment="Lokalerna är ordnade.")
    before = C.comparison(lib, current)
    Editor(lib).delete("project", previous)
    assert C.comparison(lib, current) == before
    document = export_document(lib, demo_document["project"]["id"])
    assert document["previous_round"]["project"] == LAST_YEAR
    tags = {t["name"]: t for t in document["previous_round"]["tags"]}
    assert tags["Lokaler för samverkan"]["status"] == "not_relevant" and "match" not in tags["Lokaler för samverkan"]
    assert tags["Arbetsplatsträffar som ger inflytande"]["match"] == "tag-forb-apt"
    other = open_library(DataPaths(tmp_path / "elsewhere"))
    try:
        project_id = import_document(other, document).project_id
        moved = C.comparison(other, project_id)
        again = export_document(other, demo_document["project"]["id"])
    finally:
        other.close()
    assert moved is not None and before is not None
    assert [(c.code_then, c.rating_then, c.rating_now, c.direction) for c in moved.mandates] == [
        (c.code_then, c.rating_then, c.rating_now, c.direction) for c in before.mandates]
    assert [(f.name, f.status, f.comment, f.entries_now) for f in moved.follow_ups] == [
        (f.name, f.status, f.comment, f.entries_now) for f in before.follow_ups]
    document.pop("exported_at"), again.pop("exported_at")
    assert again == document


def test_rating_items_of_both_rounds_are_compared(lib: Library, demo_document: dict[str, Any]) -> None:
    current, previous = _projects(lib, demo_document)
    last_year = [[*r[:8], 1, 1, *r[10:]] if 0 < i < 5 else r for i, r in enumerate(sf.rows())]  # lower then
    for project_id, data in ((previous, sf.forms_workbook(last_year)), (current, sf.forms_workbook())):
        table = read_survey_bytes(data, "svar.xlsx")
        import_responses(lib, project_id, table, automatic(describe(table, [])))
    link_previous(lib, current, previous)
    found = C.comparison(lib, current)
    assert found is not None
    changes = {r.hme: r for r in found.ratings}
    assert set(changes) == {"motivation_1", "ledarskap_1"}
    assert changes["motivation_1"].then.counts == (4, 0, 0, 0, 0) and changes["motivation_1"].now.mean == 3.5
    assert changes["motivation_1"].change == pytest.approx(2.5)
    assert [a.key for a in found.hme_then] == [a.key for a in found.hme_now] == ["motivation", "ledarskap", "hme"]


def test_linking_to_itself_or_nothing_is_refused(lib: Library, demo_document: dict[str, Any]) -> None:
    current, _previous = _projects(lib, demo_document)
    with pytest.raises(LinkRefused):
        link_previous(lib, current, current)
    with pytest.raises(Exception, match="finns inte"):
        link_previous(lib, current, 999_999)
    assert C.comparison(lib, current) is None


def test_unlinking_removes_the_copy(lib: Library, demo_document: dict[str, Any]) -> None:
    current, previous = _projects(lib, demo_document)
    link_previous(lib, current, previous)
    unlink_previous(lib, current)
    assert C.comparison(lib, current) is None and previous_link(lib, current) is None
    with lib.sessions() as db:
        assert db.scalars(select(m.PreviousItem).where(m.PreviousItem.project_id == current)).all() == []


def test_merging_or_deleting_a_matched_tag_keeps_the_match_right(lib: Library, demo_document: dict[str, Any]) -> None:
    current, previous = _projects(lib, demo_document)
    link_previous(lib, current, previous)
    tags = _ids(lib, m.Tag, current, "uid")
    area = _item(lib, current, "tag", "Återkoppling från CSG och FSG till arbetsplatserna")
    assert area.match_tag_id == tags["tag-forb-aterkoppling"]
    merge_tags(lib, tags["tag-forb-aterkoppling"], tags["tag-forb-apt"])
    assert _item(lib, current, "tag", area.title).match_tag_id == tags["tag-forb-apt"]
    change = delete_tag(lib, tags["tag-forb-apt"])
    assert _item(lib, current, "tag", area.title).match_tag_id is None
    undo_change(lib, change)
    assert _item(lib, current, "tag", area.title).match_tag_id == tags["tag-forb-apt"]


def test_erasing_a_person_scrubs_the_follow_up_too(lib: Library, demo_document: dict[str, Any]) -> None:
    current, previous = _projects(lib, demo_document)
    link_previous(lib, current, previous)
    person = demo_document["people"][0]
    area = _item(lib, current, "tag", "Lokaler för samverkan")
    Editor(lib).set("previous_item", area.id, comment=f"{person['name']} ordnar rummen.")
    person_id = _ids(lib, m.Person, current, "uid")[person["id"]]
    erasure.erase_person(lib, None, person_id)
    assert _item(lib, current, "tag", area.title).comment == "[namn borttaget] ordnar rummen."
