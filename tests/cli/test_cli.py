"""The command line, run as the user runs it: a real subprocess on a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO


def run(*args: str | Path, data_dir: Path | None = None, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "samverkan_desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "SAMVERKAN_LANG": "sv", **(env or {})}
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, env=full_env, check=False)


def assert_clean_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, result
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("samverkan-desktop ")


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    """``samverkan-cli sessions X | head -1``: the reader closes the pipe; the command stops without
    a message (it said "Filsystemet sa nej: Broken pipe ()") and without a traceback."""
    data = tmp_path / "data"
    assert run("import", DEMO, data_dir=data).returncode == 0
    command = [sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), "sessions",
               demo_document["project"]["id"]]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "SAMVERKAN_LANG": "sv"})
    assert process.stdout is not None
    process.stdout.close()  # long before the command prints: it starts Python first
    _out, err = process.communicate(timeout=120)
    assert err.decode("utf-8") == "" and process.returncode == 1


def test_import_list_sessions_export_roundtrip(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    data = tmp_path / "data"
    imported = run("import", DEMO, data_dir=data)
    assert imported.returncode == 0, imported.stderr
    uid = demo_document["project"]["id"]
    assert imported.stdout.strip().splitlines()[-1] == uid
    assert (data / "library.sqlite3").exists() and (data / "logs").is_dir()

    listed = run("list", data_dir=data)
    assert listed.stdout.splitlines() == [f"{uid}\t{demo_document['project']['title']}"]

    sessions = run("sessions", uid, data_dir=data)
    expected = sorted((s["date"], s.get("start") or "", s["id"], s["title"]) for s in demo_document["sessions"])
    assert sessions.stdout.splitlines() == [f"{i}\t{d}\t{t}" for d, _s, i, t in expected]

    out = tmp_path / "ut" / "projekt.json"
    exported = run("export", uid, "-o", out, data_dir=data)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["version"] == 2  # a version 1 file is written back as version 2
    for doc in (document, demo_document):
        doc.pop("exported_at", None)
    assert document == demo_document | {"version": 2}  # written at the newest version


def test_import_twice_is_refused_unless_replace(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("import", DEMO, data_dir=data).returncode == 0
    message = assert_clean_error(run("import", DEMO, data_dir=data))
    assert "finns redan" in message and "--replace" in message
    replaced = run("import", DEMO, "--replace", data_dir=data)
    assert replaced.returncode == 0 and replaced.stdout.startswith("Ersatte")
    assert len(run("list", data_dir=data).stdout.splitlines()) == 1


def test_broken_file_gives_one_swedish_line_and_writes_nothing(tmp_path: Path,
                                                              demo_document: dict[str, Any]) -> None:
    data = tmp_path / "data"
    broken = demo_document
    broken["sessions"][1]["entries"][2]["party"] = "visio"
    path = tmp_path / "trasig.json"
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    message = assert_clean_error(run("import", path, data_dir=data))
    assert 'sessions[1].entries[2].party: okänd part "visio"' in message
    assert run("list", data_dir=data).stdout == ""


@pytest.mark.parametrize("args, words", [
    (("import", "finns-inte.json"), "finns inte"),
    (("export", "okänt-projekt", "-o", "x.json"), "finns inte i biblioteket"),
    (("sessions", "okänt-projekt"), "finns inte i biblioteket"),
    (("import",), "saknas"),
    (("nonsens",), "okänt val"),
])
def test_errors_are_one_clear_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    message = assert_clean_error(run(*args, data_dir=tmp_path / "data"))
    assert words in message


def test_errors_in_english_when_asked(tmp_path: Path) -> None:
    result = run("sessions", "nope", data_dir=tmp_path / "data", env={"SAMVERKAN_LANG": "en"})
    assert "is not in the library" in assert_clean_error(result)


def test_data_dir_from_environment(tmp_path: Path) -> None:
    data = tmp_path / "från-miljön"
    result = run("import", DEMO, env={"SAMVERKAN_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "library.sqlite3").exists()


def test_check_healthy_missing_and_damaged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    missing = run("check", data_dir=data)
    assert missing.returncode == 0 and "inget bibliotek" in missing.stdout
    assert not (data / "library.sqlite3").exists()
    run("import", DEMO, data_dir=data)
    healthy = run("check", data_dir=data)
    assert healthy.returncode == 0 and "helt" in healthy.stdout
    database = data / "library.sqlite3"
    raw = bytearray(database.read_bytes())
    raw[4096:8192] = b"\xff" * 4096
    database.write_bytes(bytes(raw))
    message = assert_clean_error(run("check", data_dir=data), code=1)
    assert "skadat" in message


def test_cli_loads_no_gui_and_reading_commands_no_qt(tmp_path: Path) -> None:
    """Writing commands load QtCore for the app's lock file only; reading commands no Qt at all."""
    code = (
        "import sys; from samverkan_desktop.__main__ import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'import', {str(DEMO)!r}]); "
        "assert rc == 0, rc; assert 'PySide6.QtCore' in sys.modules; "
        "assert not any(m.startswith(('PySide6.QtGui', 'PySide6.QtWidgets')) for m in sys.modules), 'GUI loaded'; "
        "assert 'reportlab' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    code = (
        "import sys; from samverkan_desktop.__main__ import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'list']); "
        "assert rc == 0, rc; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_the_command_line_keeps_its_own_log(tmp_path: Path) -> None:
    """The app's log file is never written (or rotated) by a command run beside the open app."""
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    app_log = data / "logs" / "samverkan.log"
    app_log.write_text("the open app's record\n", encoding="utf-8")
    assert run("import", DEMO, data_dir=data).returncode == 0
    assert run("report", "no-such-project", "-o", tmp_path / "r.pdf", data_dir=data).returncode == 2
    assert app_log.read_text(encoding="utf-8") == "the open app's record\n"
    cli_log = (data / "logs" / "samverkan-cli.log").read_text(encoding="utf-8")
    assert "Running upgrade" in cli_log
