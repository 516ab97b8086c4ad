"""``samverkan-desktop report`` and ``minutes``: PDFs written atomically; errors as one Swedish line."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-cli") / "data"
    assert run("import", DEMO, data_dir=folder).returncode == 0
    return folder


def _text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_draft_and_final_with_names(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    uid = demo_document["project"]["id"]
    draft = tmp_path / "ut" / "rapport.pdf"
    result = run("report", uid, "-o", draft, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(draft)
    assert draft.read_bytes().startswith(b"%PDF-") and "UTKAST" in _text(draft)
    assert not [p for p in draft.parent.iterdir() if p.name != "rapport.pdf"]  # no temporary file left

    final = tmp_path / "fastställd.pdf"
    result = run("report", uid, "-o", final, "--final", "--names", data_dir=data)
    assert result.returncode == 0, result.stderr
    text = _text(final)
    assert "UTKAST" not in text and "Fastställd" in text
    assert demo_document["project"]["secretary"] in text  # names only with --names
    assert demo_document["project"]["secretary"] not in _text(draft)


def test_minutes_of_a_session(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    uid = demo_document["project"]["id"]
    session = demo_document["sessions"][0]
    out = tmp_path / "protokoll.pdf"
    result = run("minutes", uid, session["id"], "-o", out, data_dir=data)
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "PROTOKOLL" in text and "Justering" in text


def test_errors_are_one_swedish_line_and_leave_no_file(data: Path, demo_document: dict[str, Any],
                                                       tmp_path: Path) -> None:
    uid = demo_document["project"]["id"]
    out = tmp_path / "saknas.pdf"
    line = assert_clean_error(run("report", "finns-inte", "-o", out, data_dir=data))
    assert "Projektet" in line and "finns inte" in line
    line = assert_clean_error(run("minutes", uid, "finns-inte", "-o", out, data_dir=data))
    assert "Dialogtillfället" in line
    assert not out.exists()
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    line = assert_clean_error(run("report", uid, "-o", blocker / "rapport.pdf", data_dir=data))
    assert "kunde inte sparas" in line and "en fil står i vägen" in line
    assert_clean_error(run("report", uid, data_dir=data))  # -o is required
