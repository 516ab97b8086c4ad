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


def test_word_files_by_extension_or_format(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    import zipfile

    import docx

    uid = demo_document["project"]["id"]
    report = tmp_path / "rapport.docx"
    result = run("report", uid, "-o", report, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "1 Sammanfattning" in [p.text for p in docx.Document(str(report)).paragraphs]
    other = tmp_path / "rapport.bin"
    assert run("report", uid, "-o", other, "--format", "docx", data_dir=data).returncode == 0
    assert other.read_bytes() == report.read_bytes()  # same project, same bytes
    minutes = tmp_path / "protokoll.docx"
    session = demo_document["sessions"][0]
    assert run("minutes", uid, session["id"], "-o", minutes, data_dir=data).returncode == 0
    with zipfile.ZipFile(minutes) as archive:
        assert b"PROTOKOLL" in archive.read("word/document.xml")


def test_bad_format_or_template_is_one_swedish_line(data: Path, demo_document: dict[str, Any],
                                                   tmp_path: Path) -> None:
    uid = demo_document["project"]["id"]
    line = assert_clean_error(run("report", uid, "-o", tmp_path / "rapport.txt", data_dir=data))
    assert "filändelsen .pdf eller .docx" in line
    line = assert_clean_error(run("report", uid, "-o", tmp_path / "r.pdf", "--format", "docx", data_dir=data))
    assert "stämmer inte" in line
    not_word = tmp_path / "mall.docx"
    not_word.write_text("inte en Word-fil")
    line = assert_clean_error(run("report", uid, "-o", tmp_path / "r.docx", "--template", not_word, data_dir=data))
    assert "Word-mallen kan inte användas" in line
    line = assert_clean_error(run("report", uid, "-o", tmp_path / "r.pdf", "--template", not_word, data_dir=data))
    assert "bara Word-filer" in line
    assert not list(tmp_path.glob("r.*")) and not (tmp_path / "rapport.txt").exists()


def test_the_notice_of_a_session_as_pdf_and_word(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    import docx

    uid, session = demo_document["project"]["id"], demo_document["sessions"][0]
    pdf, word = tmp_path / "kallelse.pdf", tmp_path / "kallelse.docx"
    for target in (pdf, word):
        result = run("notice", uid, session["id"], "-o", target, data_dir=data)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(target)
    assert "KALLELSE" in _text(pdf) and "Dagordning" in _text(pdf)
    assert "Kallade" in [p.text for p in docx.Document(str(word)).paragraphs]
    line = assert_clean_error(run("notice", uid, "finns-inte", "-o", tmp_path / "x.pdf", data_dir=data))
    assert "Dialogtillfället" in line
    assert "notice" in run("--help").stdout


def _images(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_options_as_in_the_dialog(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    """--sections, --minutes-appendix and --logo build what the dialog's choices build."""
    from PIL import Image

    uid = demo_document["project"]["id"]
    logo = tmp_path / "logga.png"
    Image.new("RGB", (120, 40), "#2e7d5b").save(logo)
    out = tmp_path / "delar.pdf"
    result = run("report", uid, "-o", out, "--sections", "summary, method", "--minutes-appendix", "--logo", logo,
                 data_dir=data)
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "1 Sammanfattning" in text and "2 Metod" in text
    assert "Bakgrund och uppdrag" not in text and "Protokoll från dialogtillfällena" not in text  # no appendices
    assert _images(out) == 1
    out = tmp_path / "bilaga.pdf"
    assert run("report", uid, "-o", out, "--sections", "appendices", "--minutes-appendix",
               data_dir=data).returncode == 0
    assert "Protokoll från dialogtillfällena" in _text(out) and _images(out) == 0


def test_bad_report_options_are_one_swedish_line(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    uid = demo_document["project"]["id"]
    out = tmp_path / "r.pdf"
    line = assert_clean_error(run("report", uid, "-o", out, "--sections", "summary,slutsatser", data_dir=data))
    assert line.startswith("samverkan-desktop: --sections: okänd del \"slutsatser\" (välj bland summary,")
    line = assert_clean_error(run("report", uid, "-o", out, "--sections", ",", data_dir=data))
    assert "ange minst en del" in line
    text_file = tmp_path / "logga.png"
    text_file.write_text("inte en bild")
    line = assert_clean_error(run("report", uid, "-o", out, "--logo", text_file, data_dir=data))
    assert "logga.png är ingen PNG- eller JPEG-bild" in line
    line = assert_clean_error(run("report", uid, "-o", out, "--logo", tmp_path / "saknas.png", data_dir=data))
    assert "saknas.png gick inte att läsa" in line
    assert not out.exists()


def test_help_names_the_section_keys() -> None:
    result = run("report", "--help")
    assert result.returncode == 0
    for key in ("summary (Sammanfattning)", "conclusions (Slutsatser och förslag)", "--minutes-appendix",
                "--logo"):
        assert key in " ".join(result.stdout.split()), key


def test_the_report_says_what_remains_on_stderr(data: Path, demo_document: dict[str, Any], tmp_path: Path) -> None:
    """The same list as the dialog's "Vad återstår"; a final report is built all the same."""
    uid = demo_document["project"]["id"]
    out = tmp_path / "r.pdf"
    result = run("report", uid, "-o", out, "--final", data_dir=data)
    assert result.returncode == 0 and out.exists()
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Innan rapporten kan fastställas återstår:"
    assert "- Protokollet från ”Strukturerat samtal – FSG Utbildningsförvaltningen” (2 oktober 2025) är inte " \
           "justerat." in lines
    assert "- Uppdraget" not in result.stderr  # every mandate of the demo is assessed
    assert result.stdout.strip() == str(out)
