"""Schema validation of a project document, with messages that name the JSON path.

The schema ships inside the package (``samverkan-project.schema.json``): the shared
interchange schema of version 1, extended to version 2 (which adds optional parts, so a
version 1 file is a valid version 2 file apart from its number).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema

from samverkan_desktop.services.errors import ImportRefused, LocalText

if TYPE_CHECKING:  # jsonschema only words the error of a bad file: imported when one comes
    import jsonschema
    from jsonschema.exceptions import ValidationError

#: the versions read; the exporter writes the last
VERSIONS = (1, 2)
WRITTEN_VERSION = VERSIONS[-1]


@cache
def project_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("samverkan-project.schema.json").read_text(
        encoding="utf-8"
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(project_schema())


#: the module holding the schema compiled to Python (``write_checker`` makes it)
CHECKER = Path(__file__).with_name("schema_check.py")
_CHECKER_HEADER = (
    '"""The project file schema (samverkan-project.schema.json) compiled to Python by fastjsonschema.\n\n'
    "Generated: do not edit. ``uv run python -m samverkan_desktop.services.interchange.schema``\n"
    "writes it again after the schema changes; tests/interchange/test_schema_checker.py fails\n"
    'while it is stale.\n"""\n# ruff: noqa\n# mypy: ignore-errors\n')


def checker_source() -> str:
    """The text of ``schema_check.py`` for the schema as it is now."""
    schema = {k: v for k, v in project_schema().items() if k != "$schema"}
    return _CHECKER_HEADER + fastjsonschema.compile_to_code(schema, use_formats=False)  # dates: validate.py


def write_checker() -> Path:
    CHECKER.write_text(checker_source(), encoding="utf-8", newline="\n")
    return CHECKER


@cache
def _fast_check() -> Callable[[Any], Any]:
    """The schema compiled to Python by fastjsonschema: 30-40 times faster than jsonschema on
    a large file. The schema uses nothing beyond draft 7 ($defs are plain JSON pointers), so
    both agree on what is valid; jsonschema is asked only to word the error of a bad file.

    The compiled code is a module of the package (``schema_check.py``), not compiled at run
    time: compiling its 260 kB held the interpreter for 50 to 120 ms in the middle of an
    import, which stopped the window for as long (docs/performance.md); an installed app
    and the bundle load it from bytecode."""
    from samverkan_desktop.services.interchange.schema_check import validate_samverkan_project_v2

    return validate_samverkan_project_v2


def json_path(parts: Iterable[str | int]) -> str:
    """``["sessions", 2, "entries", 5, "party"]`` -> ``sessions[2].entries[5].party``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(hela filen)"


def _describe(error: ValidationError) -> LocalText:
    kind = error.validator
    value: Any = error.validator_value
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else "?"
        return LocalText(f'saknar "{missing}"', f'"{missing}" is missing')
    if kind == "type":
        names = {"string": ("en text", "a string"), "integer": ("ett heltal", "an integer"),
                 "object": ("ett objekt", "an object"), "array": ("en lista", "an array"),
                 "boolean": ("true eller false", "true or false"), "null": ("null", "null")}
        wanted = value if isinstance(value, str) else value[0]
        sv, en = names.get(wanted, (wanted, wanted))
        return LocalText(f"ska vara {sv}", f"must be {en}")
    if kind == "enum":
        options = ", ".join(f'"{v}"' for v in value)
        return LocalText(
            f'okänt värde "{error.instance}" (tillåtet: {options})',
            f'unknown value "{error.instance}" (allowed: {options})',
        )
    if kind == "const":
        return LocalText(f'ska vara "{value}"', f'must be "{value}"')
    if kind == "minLength":
        return LocalText("får inte vara tom", "must not be empty")
    if kind == "maxLength":
        return LocalText(f"är längre än {value} tecken", f"is longer than {value} characters")
    if kind == "minimum":
        return LocalText(f"ska vara minst {value}", f"must be at least {value}")
    if kind == "pattern":
        return LocalText(f'har fel form: "{error.instance}"', f'has the wrong form: "{error.instance}"')
    if kind == "oneOf":
        return LocalText("ska vara ett id eller null", "must be an id or null")
    return LocalText(f"är ogiltigt ({kind})", f"is invalid ({kind})")


def refused(path: Iterable[str | int], problem: LocalText) -> ImportRefused:
    where = json_path(path)
    return ImportRefused(LocalText(f"{where}: {problem.sv}", f"{where}: {problem.en}"))


def check_schema(document: Any) -> None:
    """Raise ``ImportRefused`` for the most relevant schema violation, if any."""
    if not isinstance(document, dict) or document.get("format") != "samverkan-project":
        raise ImportRefused(LocalText(
            'Filen är ingen projektfil för Samverkan (fältet "format" saknas eller är fel).',
            'The file is not a Samverkan project file ("format" is missing or wrong).',
        ))
    version = document.get("version")
    if type(version) is not int or version not in VERSIONS:
        shown = "saknas" if version is None else f"är {json.dumps(version, ensure_ascii=False)}"
        shown_en = "is missing" if version is None else f"is {json.dumps(version)}"
        raise ImportRefused(LocalText(
            f"Filens version {shown}; den här versionen av programmet läser version 1 och 2.",
            f"The file's version {shown_en}; this version of the app reads versions 1 and 2.",
        ))
    try:
        _fast_check()(document)
    except fastjsonschema.JsonSchemaException as fast_error:
        from jsonschema.exceptions import best_match

        error = best_match(_validator().iter_errors(document))
        if error is not None:
            raise refused(error.absolute_path, _describe(error)) from None
        raise ImportRefused(LocalText(  # pragma: no cover - the two validators disagree
            f"Filen följer inte formatet: {fast_error}", f"The file does not follow the format: {fast_error}"
        )) from None


if __name__ == "__main__":
    print(f"written: {write_checker()}")
