"""``samverkan-desktop --self-test`` from the source tree, and how it reports a failing step."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_desktop import selftest


@pytest.mark.slow
def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    temp = tmp_path / "temp"  # its own temporary folder: other tests may run a self-test meanwhile
    temp.mkdir()
    # a display that does not exist: the self-test must force offscreen by itself
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":4242", "SAMVERKAN_DATA_DIR": str(tmp_path / "user"),
           "TMPDIR": str(temp)}
    result = subprocess.run([sys.executable, "-m", "samverkan_desktop", "--self-test"], capture_output=True,
                            text=True, encoding="utf-8", timeout=300, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if re.match(r"\[\d+\] ", line)]
    assert len(steps) == len(selftest.STEPS)
    for line in steps:
        assert line.split()[1] == "ok", line
    assert "offscreen" in steps[0]
    for line in (steps[-4], steps[-2]):  # the report and the minutes
        assert re.search(r"PDF \(\d+ pages, \d+ kB\)", line), line
    assert re.search(r"Qt Pdf \(\d+ pages\)", steps[-3])
    assert re.search(r"Word \(\d+ kB\)", steps[-1])  # python-docx's template and the chart's picture
    assert lines[-1].startswith("Självtestet gick igenom / The self-test passed")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "user").exists()  # the user's data folder is never touched
    assert list(temp.glob("samverkan-selftest-*")) == []  # its own is removed


def _ok(_run: object) -> str:
    return "fine"


def _broken(_run: object) -> str:
    raise selftest.StepFailed("the PDF has no pages")


def _never(_run: object) -> str:
    raise AssertionError("a step after a failure ran")


def test_a_failing_step_stops_the_run_with_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    code = selftest.run_self_test([("först", "first", _ok), ("rapporten", "the report", _broken),
                                   ("sist", "last", _never)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "[1] ok  först / first (fine)" in out
    assert "[2] FEL / FAILED: rapporten / the report: StepFailed: the PDF has no pages" in out
    assert "[3]" not in out
    assert out.rstrip().endswith("Självtestet misslyckades / The self-test failed")
    assert "Traceback" in err  # for whoever builds the bundle; the user sees the one line


def test_pdf_pages_counts_pages_and_refuses_what_is_no_pdf(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "two.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Sida ett")
    canvas.showPage()
    canvas.drawString(72, 720, "Sida två")
    canvas.save()
    assert selftest.pdf_pages(path.read_bytes()) == 2
    with pytest.raises(selftest.StepFailed, match="not a PDF"):
        selftest.pdf_pages(b"<html>")
    with pytest.raises(selftest.StepFailed, match="no pages"):
        selftest.pdf_pages(b"%PDF-1.4\n%%EOF")


@pytest.mark.slow
def test_self_test_on_screen_uses_the_machines_own_platform(tmp_path: Path) -> None:
    """``samverkan-cli --self-test --on-screen``: the same steps on a real display (the Windows
    workflow runs it on the ``windows`` plugin; here Xvfb and ``xcb``)."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run is not installed")
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env["SAMVERKAN_DATA_DIR"] = str(tmp_path / "user")
    env["TMPDIR"] = str(tmp_path)  # its temporary library stays out of the other self-test's count
    result = subprocess.run([xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m",
                             "samverkan_desktop.console", "--self-test", "--on-screen"],
                            capture_output=True, text=True, encoding="utf-8", timeout=300, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    first = next(line for line in result.stdout.splitlines() if line.startswith("[1] "))
    assert first.startswith("[1] ok  Qt startar / Qt starts") and first.split("(", 1)[1].startswith("Qt "), first
    assert ", xcb)" in first, first
