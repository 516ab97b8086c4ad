"""The documents' benchmark commands run as written (no Qt, nothing is run): every script
under benchmarks/ is documented with the command that reproduces its figures, every script a
document names exists, and every option a documented command line gives is one the script
accepts (its ``add_argument`` calls, read as text)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

BENCHMARKS = REPO / "benchmarks"
#: a documented command: the script, and what follows it up to a comment or the end of the code
COMMAND = re.compile(r"python (benchmarks/[\w/]+\.py)([^`#\n]*)")
OPTION = re.compile(r"(?<![\w-])(--?[a-z][\w-]*)")
#: modules beside the scripts that are not run on their own
HELPERS = {"bench_common"}


def documents() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in [REPO / "README.md", *(REPO / "docs").glob("*.md")]}


def commands() -> list[tuple[str, str, str]]:
    """(document, script, the rest of its command line) for every documented command."""
    return [(path.name, script, rest) for path, text in documents().items() for script, rest in COMMAND.findall(text)]


def accepted(script: Path) -> set[str]:
    """The option strings of the script's ``add_argument`` calls."""
    tree = ast.parse(script.read_text(encoding="utf-8"))
    return {arg.value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add_argument"
            for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            and arg.value.startswith("-")} | {"-h", "--help"}


def test_every_benchmark_script_is_documented_with_its_command() -> None:
    scripts = {path.name for path in BENCHMARKS.glob("*.py") if path.stem not in HELPERS}
    documented = {Path(script).name for _doc, script, _rest in commands()}
    assert not scripts - documented, f"scripts no document gives a command for: {sorted(scripts - documented)}"


def test_every_documented_command_runs_an_existing_script_with_its_options() -> None:
    wrong = []
    for document, script, rest in commands():
        path = REPO / script
        if not path.is_file():
            wrong.append(f"{document}: {script} does not exist")
            continue
        unknown = set(OPTION.findall(rest)) - accepted(path)
        wrong += [f"{document}: {script} has no option {option}" for option in sorted(unknown)]
    assert not wrong, wrong
