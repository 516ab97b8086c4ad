"""The tag tree: reading with counts, merging (with exact undo), deleting, re-parenting and its refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import tags
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def project(library: Library, demo_document: dict[str, Any]) -> int:
    return import_document(library, demo_document).project_id


def by_name(library: Library, project: int) -> dict[str, tags.TagNode]:
    return {node.name: node for node in tags.tag_tree(library, project)}


def dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a tag change touches, without the timestamps of the project."""
    out = {}
    with library.engine.connect() as c:
        for model in (m.Tag, m.Tagging, m.TagMandate, m.ActionItem):
            table = table_of(model)
            out[table.name] = sorted(tuple(r) for r in c.execute(select(table)).all())
    return out


def add_tagging(library: Library, tag_id: int, entry_id: int, start: int | None = None,
                end: int | None = None, memo: str | None = None) -> int:
    return Editor(library).create("tagging", entry_id, {"tag_id": tag_id, "start": start, "end": end,
                                                        "memo": memo}).id


def first_entry(library: Library) -> int:
    with library.engine.connect() as c:
        return int(c.execute(select(table_of(m.Entry).c.id).order_by(table_of(m.Entry).c.id)).scalars().first())


def test_tree_is_depth_first_with_counts(library: Library, project: int) -> None:
    nodes = tags.tag_tree(library, project)
    names = [n.name for n in nodes if n.kind == "theme"]
    assert names[:3] == ["Dialog och inflytande", "Information i tid", "Tidig dialog"]
    named = by_name(library, project)
    assert named["Information i tid"].parent_id == named["Dialog och inflytande"].id
    assert sum(n.taggings for n in nodes) > 0
    assert all(n.entries <= n.taggings for n in nodes)
    improvement = named["Tidiga underlag och öppna alternativ"]
    assert improvement.priority == "high" and improvement.proposal and len(improvement.mandate_ids) == 2
    parent = named["Dialog och inflytande"]
    own = tags.tagging_count(library, parent.id)
    total = tags.tagging_count(library, parent.id, include_descendants=True)
    assert own == (parent.taggings, parent.entries)
    below = tags.descendant_ids(nodes, parent.id)
    assert total[0] == own[0] + sum(named_node.taggings for named_node in nodes if named_node.id in below)


def test_default_colours_are_calm_and_per_kind() -> None:
    assert tags.default_color("theme", 0) != tags.default_color("improvement", 0)
    assert tags.default_color("strength", 6) == tags.default_color("strength", 0)
    assert all(c.startswith("#") and len(c) == 7 for p in tags.PALETTES.values() for c in p)


def test_merge_moves_everything_and_undo_is_exact(library: Library, project: int) -> None:
    named = by_name(library, project)
    source, target = named["Dialog och inflytande"], named["Arbetsmiljö"]
    entry = first_entry(library)
    add_tagging(library, source.id, entry, 0, 4, memo="källans memo")
    add_tagging(library, target.id, entry, 0, 4)
    add_tagging(library, source.id, entry, None, None)
    before = dump(library)
    total_before = source.taggings + 2 + target.taggings + 1

    change = tags.merge_tags(library, source.id, target.id)
    after = by_name(library, project)
    assert "Dialog och inflytande" not in after
    merged = after["Arbetsmiljö"]
    # the duplicate span collapsed into the target's tagging, with the source's memo
    assert merged.taggings == total_before - 1
    assert after["Information i tid"].parent_id == target.id
    with library.engine.connect() as c:
        memo = c.execute(select(table_of(m.Tagging).c.memo).where(
            table_of(m.Tagging).c.tag_id == target.id, table_of(m.Tagging).c.start == 0)).scalar()
    assert memo == "källans memo"

    tags.undo_change(library, change)
    assert dump(library) == before
    # redo gives the same result again
    tags.merge_tags(library, source.id, target.id)
    assert by_name(library, project)["Arbetsmiljö"].taggings == merged.taggings


def test_merge_into_own_child_and_mixed_kinds(library: Library, project: int) -> None:
    named = by_name(library, project)
    parent, child = named["Dialog och inflytande"], named["Tidig dialog"]
    before = dump(library)
    change = tags.merge_tags(library, parent.id, child.id)
    after = by_name(library, project)
    assert after["Tidig dialog"].parent_id is None
    assert after["Information i tid"].parent_id == child.id
    tags.undo_change(library, change)
    assert dump(library) == before
    with pytest.raises(tags.TagRefused) as refused:
        tags.merge_tags(library, parent.id, named["Årsplan för CSG"].id)
    assert "blandas" in refused.value.text("sv") and "mixed" in refused.value.text("en")
    with pytest.raises(tags.TagRefused):
        tags.merge_tags(library, parent.id, parent.id)


def test_merge_unites_mandates_and_moves_actions(library: Library, project: int) -> None:
    named = by_name(library, project)
    source = named["Återkoppling från CSG och FSG till arbetsplatserna"]
    target = named["Arbetsplatsträffar som ger inflytande"]
    with library.engine.connect() as c:
        actions = c.execute(select(table_of(m.ActionItem).c.id).where(
            table_of(m.ActionItem).c.improvement_id == source.id)).scalars().all()
    tags.merge_tags(library, source.id, target.id)
    merged = by_name(library, project)[target.name]
    assert set(merged.mandate_ids) == set(source.mandate_ids) | set(target.mandate_ids)
    assert merged.mandate_ids[0] == target.mandate_ids[0]
    for action in actions:
        assert Editor(library).get("action", action)["improvement_id"] == target.id


def test_delete_moves_children_up_and_undo_is_exact(library: Library, project: int) -> None:
    named = by_name(library, project)
    parent = named["Dialog och inflytande"]
    before = dump(library)
    change = tags.delete_tag(library, parent.id)
    after = by_name(library, project)
    assert "Dialog och inflytande" not in after
    assert after["Information i tid"].parent_id is None and after["Tidig dialog"].parent_id is None
    themes = [n.name for n in tags.tag_tree(library, project) if n.kind == "theme"]
    assert themes[:2] == ["Information i tid", "Tidig dialog"]
    tags.undo_change(library, change)
    assert dump(library) == before


def test_reparent_and_refusals(library: Library, project: int) -> None:
    named = by_name(library, project)
    top, child = named["Dialog och inflytande"], named["Information i tid"]
    work = named["Arbetsmiljö"]
    before = dump(library)
    change = tags.reparent(library, top.id, work.id, 0)
    after = by_name(library, project)
    assert after["Dialog och inflytande"].parent_id == work.id
    kids = [n.name for n in tags.tag_tree(library, project) if n.parent_id == work.id]
    assert kids[0] == "Dialog och inflytande"
    tags.undo_change(library, change)
    assert dump(library) == before

    with pytest.raises(tags.TagRefused) as cycle:
        tags.reparent(library, top.id, child.id)
    assert "undertaggar" in cycle.value.text("sv") and "sub-tags" in cycle.value.text("en")
    with pytest.raises(tags.TagRefused):
        tags.reparent(library, top.id, top.id)
    with pytest.raises(tags.TagRefused):
        tags.reparent(library, top.id, named["Årsplan för CSG"].id)
    assert dump(library) == before
    tags.reparent(library, child.id, None)
    assert by_name(library, project)["Information i tid"].parent_id is None
