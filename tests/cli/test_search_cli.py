"""``samverkan-desktop search PROJECT QUERY``: one entry a line, best first; any query is safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search-cli") / "data"
    assert run("import", DEMO, data_dir=folder).returncode == 0
    return folder


def test_hits_are_tab_separated_entry_session_snippet(data: Path, demo_document: dict[str, Any]) -> None:
    uid = demo_document["project"]["id"]
    result = run("search", uid, "mötet", data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines
    entries = {e["id"]: (s["id"], e["text"]) for s in demo_document["sessions"] for e in s["entries"]}
    for line in lines:
        entry, session, snippet = line.split("\t")
        assert entries[entry][0] == session
        assert "[mötet" in snippet.lower() or "[möte" in snippet.lower()
    assert lines[0].split("\t")[0] in {"entry-001", "entry-023"}


def test_phrase_and_no_hits(data: Path, demo_document: dict[str, Any]) -> None:
    uid = demo_document["project"]["id"]
    phrase = run("search", uid, '"tidig dialog"', data_dir=data)
    assert phrase.returncode == 0 and all("[tidig dialog]" in line.lower() for line in phrase.stdout.splitlines())
    assert len(phrase.stdout.splitlines()) >= 2
    none = run("search", uid, "mote", data_dir=data)
    assert none.returncode == 0 and none.stdout == ""


@pytest.mark.parametrize("query", ['")', "AND OR NOT NEAR(a b) *", "'; DROP TABLE entry; --"])
def test_hostile_queries_exit_cleanly(data: Path, demo_document: dict[str, Any], query: str) -> None:
    result = run("search", demo_document["project"]["id"], query, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_unknown_project_is_one_swedish_line(data: Path) -> None:
    message = assert_clean_error(run("search", "finns-inte", "möte", data_dir=data))
    assert "finns inte" in message
