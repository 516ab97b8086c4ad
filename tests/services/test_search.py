"""Global search: Swedish as Swedish, prefixes, phrases, best first, and no query can break it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.search import match_expression, parse_query, search
from samverkan_desktop.services.search_text import Term, make_snippet, words_of
from samverkan_desktop.storage.library import Library, open_library
from tests.sharding import shards


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """A library with one small project whose entries test the language rules."""
    lib = open_library(DataPaths(tmp_path_factory.mktemp("search") / "data"))
    editor = Editor(lib)
    project = editor.create("project", None, {"title": "Dialog om samverkan", "uid": "projekt-a"})
    session = editor.create("session", project.id, {"title": "CSG i mars", "uid": "csg-mars"})
    for uid, text in [
        ("e-mote", "Mötet öppnades av ordföranden."),
        ("e-mote-ascii", "Vi hade ett mote om MOTE-frågan."),
        ("e-arets", "ÅRETS ÄRENDEN är Öppna för alla."),
        ("e-vision", "Vision & Kommunal lämnar en gemensam synpunkt."),
        ("e-tidig", "Parterna vill ha tidig dialog inför beslut."),
        ("e-dialog", "Dialog är tidig i processen, men inte alltid."),
        ("e-ks", "Enligt KS-beslut 2024/0123 ska frågan utredas."),
        ("e-many", "samverkan samverkan samverkan"),
        ("e-one", "samverkan nämns en gång i en lång mening om något helt annat än det vanliga."),
    ]:
        editor.create("entry", session.id, {"text": text, "uid": uid})
    other = editor.create("project", None, {"title": "Annat projekt", "uid": "projekt-b"})
    other_session = editor.create("session", other.id, {"title": "Annat möte"})
    editor.create("entry", other_session.id, {"text": "Mötet i det andra projektet.", "uid": "e-other"})
    yield lib
    lib.close()


def uids(library: Library, query: str, **options: Any) -> list[str | None]:
    return [hit.entry_uid for hit in search(library, "projekt-a", query, kinds=("entry",), **options)]


def test_swedish_letters_are_letters_of_their_own(library: Library) -> None:
    assert uids(library, "möte") == ["e-mote"]
    assert uids(library, "mote") == ["e-mote-ascii"]
    assert uids(library, "arets") == []


def test_case_is_folded_also_for_aao(library: Library) -> None:
    assert uids(library, "årets") == ["e-arets"]
    assert uids(library, "ÄRENDEN") == ["e-arets"]
    assert uids(library, '"öppna"') == ["e-arets"]
    assert set(uids(library, "ÖPPNA")) == {"e-arets", "e-mote"}  # "öppnades" by prefix


def test_bare_words_are_prefixes(library: Library) -> None:
    assert uids(library, "Möt") == ["e-mote"]
    assert uids(library, "ordf") == ["e-mote"]
    assert uids(library, "ordförandena") == []


def test_phrase_with_punctuation(library: Library) -> None:
    assert uids(library, "Vision & Kommunal") == ["e-vision"]
    assert uids(library, '"Vision & Kommunal"') == ["e-vision"]
    assert uids(library, '"Kommunal & Vision"') == []
    assert uids(library, '"tidig dialog"') == ["e-tidig"]
    assert set(uids(library, "tidig dialog")) == {"e-tidig", "e-dialog"}
    assert uids(library, "KS-beslut") == ["e-ks"]
    assert uids(library, "2024/0123") == ["e-ks"]


def test_best_first_and_limit(library: Library) -> None:
    hits = search(library, "projekt-a", "samverkan", kinds=("entry",))
    assert [h.entry_uid for h in hits] == ["e-many", "e-one"]
    assert hits[0].rank <= hits[1].rank
    assert len(search(library, "projekt-a", "samverkan", limit=1, kinds=("entry",))) == 1


def test_only_the_given_project(library: Library) -> None:
    assert [h.entry_uid for h in search(library, "projekt-b", "mötet")] == ["e-other"]


def test_hit_carries_ids_and_a_highlighted_snippet(library: Library) -> None:
    hit = search(library, "projekt-a", "tidig dialog", kinds=("entry",))[0]
    assert hit.kind == "entry" and hit.session_uid == "csg-mars" and hit.session_title == "CSG i mars"
    assert hit.entry_id is not None and hit.session_id is not None
    assert "[tidig dialog]" in hit.snippet or "[tidig]" in hit.snippet
    marked = search(library, "projekt-a", '"tidig dialog"', marks=("<<", ">>"))[0]
    assert "<<tidig dialog>>" in marked.snippet


def test_project_texts_are_found_with_their_kind(library: Library) -> None:
    hits = search(library, "projekt-a", "samverkan")
    assert {h.kind for h in hits} == {"entry", "project"}
    project_hit = next(h for h in hits if h.kind == "project")
    assert project_hit.entry_id is None and project_hit.session_id is None


def test_unknown_project_is_not_found(library: Library) -> None:
    with pytest.raises(NotFound):
        search(library, "finns-inte", "möte")


@pytest.mark.parametrize("query", [
    '"', '""', '"""', '")', '("', "*", "**", "^", ":", "body:", "kind:entry", "NEAR(a b)",
    "AND", "OR", "NOT", "AND OR NOT NEAR", "a AND", "- möte", "+", "{body}: x",
    "'; DROP TABLE entry; --", "1' OR '1'='1", "\\", "\x00", "möte\x00", "\u200b", "🙂", "", "   ",
])
def test_hostile_queries_never_raise(library: Library, query: str) -> None:
    hits = search(library, "projekt-a", query)
    assert isinstance(hits, list)
    assert uids(library, "möte") == ["e-mote"]  # and nothing was dropped


def test_operators_are_plain_words(library: Library) -> None:
    assert match_expression("AND OR NOT NEAR") == '"AND"* AND "OR"* AND "NOT"* AND "NEAR"*'
    assert match_expression('"a b') == '"a b"'
    assert match_expression("&") is None and search(library, "projekt-a", "& * ^") == []


def test_parse_query_rules() -> None:
    assert parse_query('Vision & "tidig  dialog" KS-beslut') == [
        Term(("Vision",), True), Term(("tidig", "dialog"), False), Term(("KS", "beslut"), True)]


def test_snippet_marks_runs_and_never_fails() -> None:
    terms = [Term(("tidig", "dialog"), False)]
    assert make_snippet("Vi vill ha tidig dialog nu.", terms) == "Vi vill ha [tidig dialog] nu."
    long = " ".join(f"ord{i}" for i in range(100)) + " möte"
    assert make_snippet(long, [Term(("möte",), True)]).startswith("…")
    assert make_snippet("", terms) == ""
    assert make_snippet("!!!", terms) == "!!!"


@pytest.fixture(scope="module")
def raw_index(library: Library) -> Iterator[sqlite3.Connection]:
    """The app's FTS5 table definition in a plain in-memory database, with a few rows."""
    with library.engine.connect() as c:
        sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar()
    connection = sqlite3.connect(":memory:")
    connection.execute(str(sql))
    for number, body in enumerate(["Mötet öppnades", "Vision & Kommunal", "KS-beslut 2024/0123"], 1):
        connection.execute("INSERT INTO search_index(rowid, body) VALUES (?, ?)", (number, body))
    yield connection
    connection.close()


def _any_unicode_query_makes_a_valid_expression(raw_index: sqlite3.Connection, query: str) -> None:
    """10,000 random strings (four shards of 2,500, tests/sharding.py): the expression always
    parses in FTS5, the snippet never fails."""
    expression = match_expression(query)
    if expression is not None:
        raw_index.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank",
                          (expression,)).fetchall()
    make_snippet("Mötet öppnades, Vision & Kommunal " + query, parse_query(query))


globals().update(shards("test_any_unicode_query_makes_a_valid_expression", _any_unicode_query_makes_a_valid_expression,
                        (st.text(max_size=40),), count=4, examples=10_000, deadline=None,
                        suppress_health_check=list(HealthCheck)))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=40))
def test_any_unicode_query_through_the_service(library: Library, query: str) -> None:
    assert len(search(library, "projekt-a", query)) <= 50


def test_index_reads_the_file_not_python(tmp_path: Path) -> None:
    """A new library holds the FTS5 table (created by migration 0003)."""
    lib = open_library(DataPaths(tmp_path))
    try:
        with lib.engine.connect() as c:
            sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar()
    finally:
        lib.close()
    assert sql is not None and "remove_diacritics 0" in sql


def test_snippet_marks_a_phrase_across_punctuation_beside_a_shorter_term() -> None:
    """``KS KS-beslut``: the phrase covers "KS & beslut" as FTS5 finds it, although the
    shorter term "KS" also matches there."""
    terms = parse_query("KS KS-beslut")
    assert make_snippet("Frågan om KS & beslut togs upp.", terms) == "Frågan om [KS & beslut] togs upp."
    assert make_snippet("Ärendet_KS och ks.", terms) == "Ärendet_[KS] och [ks]."


_WORDS = ["möte", "Möte", "mötet", "samverkan", "KS", "beslut", "tidig", "dialog", "Åsa", "över", "2024"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "-", " & ", ", ", "\n", "_", "—"])),
                max_size=80),
       st.lists(st.sampled_from([*_WORDS, '"tidig dialog"', "KS-beslut", "sam", "mö"]), min_size=1, max_size=3))
def test_snippet_is_the_text_with_every_match_marked(pieces: list[tuple[str, str]], query: list[str]) -> None:
    """Without its marks and "…" the snippet is a stretch of the text; it marks a word
    whenever a term occurs as a whole word in that stretch."""
    text = "".join(word + separator for word, separator in pieces)
    terms = parse_query(" ".join(query))
    snippet = make_snippet(text, terms)
    plain = snippet.replace("[", "").replace("]", "").replace("…", " ")
    assert " ".join(plain.split()) in " ".join(text.replace("\n", " ").split())
    shown = [w.lower() for w in words_of(plain)]
    single = {t.words[0].lower() for t in terms if len(t.words) == 1 and not t.prefix}
    if single & set(shown):
        assert "[" in snippet


def test_project_filter_with_one_project_and_after_a_second_arrives(tmp_path: Path) -> None:
    """With one project the filter is left out (every row is the project's); a second
    project's texts are never found in the first one's search."""
    lib = open_library(DataPaths(tmp_path / "data"))
    try:
        editor = Editor(lib)
        first = editor.create("project", None, {"title": "Ett", "uid": "p1"})
        session = editor.create("session", first.id, {"title": "Möte"})
        editor.create("entry", session.id, {"text": "Arbetsmiljön diskuterades.", "uid": "e1"})
        assert [h.entry_uid for h in search(lib, "p1", "arbetsmiljö", kinds=("entry",))] == ["e1"]
        second = editor.create("project", None, {"title": "Två", "uid": "p2"})
        other = editor.create("session", second.id, {"title": "Möte"})
        editor.create("entry", other.id, {"text": "Arbetsmiljön igen.", "uid": "e2"})
        assert [h.entry_uid for h in search(lib, "p1", "arbetsmiljö", kinds=("entry",))] == ["e1"]
        assert [h.entry_uid for h in search(lib, "p2", "arbetsmiljö", kinds=("entry",))] == ["e2"]
    finally:
        lib.close()
