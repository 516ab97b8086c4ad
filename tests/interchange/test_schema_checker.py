"""The schema's compiled checker (services/interchange/schema_check.py) is generated from the
schema shipped beside it and is never stale: a schema change without regenerating it fails here."""

from __future__ import annotations

import json
from typing import Any

import fastjsonschema
import pytest

from samverkan_desktop.services.interchange import schema
from samverkan_desktop.services.interchange.schema_check import validate_samverkan_project_v2
from tests.conftest import DEMO


def test_the_checker_is_the_schema_compiled_now() -> None:
    assert schema.CHECKER.read_text(encoding="utf-8") == schema.checker_source(), (
        "the schema changed: run `uv run python -m samverkan_desktop.services.interchange.schema`")


def test_the_checker_agrees_with_jsonschema_on_a_good_and_a_bad_file() -> None:
    import jsonschema

    document: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
    validate_samverkan_project_v2(document)
    assert not list(jsonschema.Draft202012Validator(schema.project_schema()).iter_errors(document))
    document["sessions"][0]["entries"][0]["kind"] = "skvaller"
    with pytest.raises(fastjsonschema.JsonSchemaException):
        validate_samverkan_project_v2(document)
    assert list(jsonschema.Draft202012Validator(schema.project_schema()).iter_errors(document))
