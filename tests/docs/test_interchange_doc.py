"""docs/interchange-format.md describes the schema the app ships: the versions it reads and
writes, and every key and every enumerated value of the schema, named as the schema names it
(in `code`), so that a key added to the schema without a word in the document fails here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from samverkan_desktop.services.interchange.schema import VERSIONS, WRITTEN_VERSION, project_schema
from tests.conftest import REPO

DOC = REPO / "docs" / "interchange-format.md"


def names(node: Any) -> Iterator[str]:
    """Every property name and every enumerated string value in a schema, recursively."""
    if isinstance(node, dict):
        yield from node.get("properties", {})
        yield from (value for value in node.get("enum", []) if isinstance(value, str))
        for value in node.values():
            yield from names(value)
    elif isinstance(node, list):
        for value in node:
            yield from names(value)


def coded() -> set[str]:
    """The words the document writes in `code` (outside its fenced examples)."""
    prose = re.sub(r"^```.*?^```", "", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL)
    spans = re.findall(r"`([^`]+)`", prose)
    return {word for span in spans for word in re.findall(r"[\w-]+", span)}


def test_the_document_names_every_key_and_value_of_the_schema() -> None:
    schema = project_schema()
    assert "previous_round" in set(names(schema))
    missing = sorted(set(names(schema)) - coded())
    assert not missing, f"schema keys or values docs/interchange-format.md does not name: {missing}"


def test_the_document_gives_the_versions_read_and_written() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert text.startswith(f"# The project file (interchange format, version {WRITTEN_VERSION})")
    read = " and ".join(str(v) for v in VERSIONS)
    assert f"The app writes version {WRITTEN_VERSION} and reads versions {read}." in text
    assert project_schema()["properties"]["version"]["enum"] == list(VERSIONS)
