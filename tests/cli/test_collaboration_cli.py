"""``send-out`` and ``merge`` as the user runs them: exit 0, 2 (one Swedish line) and 3 (conflicts)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO

PROJECT = "project-ekdala-dialograpport-2026"
FSG = "session-2025-10-02-fsg-utb"
FOCUS = "session-2025-10-16-fokusgrupp"


def _dump(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "library.sqlite3")
    try:
        return [line for line in connection.iterdump() if "search_index" not in line]
    finally:
        connection.close()


def _edit_entry(document: dict[str, object], text: str) -> None:
    session = next(s for s in document["sessions"] if s["id"] == FSG)  # type: ignore[index, union-attr]
    session["entries"][0]["text"] = text  # type: ignore[index]


def test_send_out_record_on_both_sides_and_merge_back(tmp_path: Path) -> None:
    central, fsg = tmp_path / "central", tmp_path / "fsg"
    assert run("import", DEMO, data_dir=central).returncode == 0
    out = tmp_path / "ut.samverkan"
    sent = run("send-out", PROJECT, "--sessions", f"{FSG},{FOCUS}", "--to", "FSG Utbildning", "-o", out,
               data_dir=central)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.splitlines()[-1] == str(out)
    assert run("import", out, data_dir=fsg).returncode == 0

    # the FSG secretary edits entry-024 in a round trip through JSON, so does the centre
    for data, text in ((fsg, "FSG:s version."), (central, "Central version.")):
        path = tmp_path / f"{data.name}.json"
        assert run("export", PROJECT, "-o", path, data_dir=data).returncode == 0
        document = json.loads(path.read_text(encoding="utf-8"))
        _edit_entry(document, text)
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        assert run("import", path, "--replace", data_dir=data).returncode == 0
    back = tmp_path / "tillbaka.samverkan"
    assert run("export", PROJECT, "-o", back, data_dir=fsg).returncode == 0
    before = _dump(central)

    dry = run("merge", PROJECT, back, "--dry-run", "--on-conflict", "both", data_dir=central)
    assert dry.returncode == 0, dry.stderr
    assert "Provkörning" in dry.stdout and dry.stdout.splitlines()[-1].startswith("Sammanfogning: ")
    assert _dump(central) == before

    conflicts = run("merge", PROJECT, back, data_dir=central)
    assert conflicts.returncode == 3, conflicts.stderr
    assert "entry-024" in conflicts.stdout and "FSG:s version." in conflicts.stdout
    assert "Central version." in conflicts.stdout
    last = conflicts.stdout.splitlines()[-1]
    assert last.startswith("Sammanfogning: ") and "1 konflikter" in last
    assert _dump(central) == before

    merged = run("merge", PROJECT, back, "--on-conflict", "both", data_dir=central)
    assert merged.returncode == 0, merged.stderr
    assert "Säkerhetskopia före sammanfogningen" in merged.stdout
    result = tmp_path / "result.json"
    assert run("export", PROJECT, "-o", result, data_dir=central).returncode == 0
    texts = json.dumps(json.loads(result.read_text(encoding="utf-8"))["sessions"], ensure_ascii=False)
    assert "FSG:s version." in texts and "Central version." in texts

    after = _dump(central)
    again = run("merge", PROJECT, back, data_dir=central)
    assert again.returncode == 0, again.stderr
    assert "redan mottagen" in again.stdout
    assert _dump(central) == after


def test_what_cannot_be_merged_gets_exit_2_and_one_swedish_line(tmp_path: Path) -> None:
    central = tmp_path / "central"
    assert run("import", DEMO, data_dir=central).returncode == 0
    before = _dump(central)
    plain = tmp_path / "plain.samverkan"
    assert run("export", PROJECT, "-o", plain, data_dir=central).returncode == 0
    damaged = tmp_path / "damaged.samverkan"
    damaged.write_bytes(plain.read_bytes()[:-40])
    evil = tmp_path / "evil.samverkan"
    with zipfile.ZipFile(evil, "w") as zipped:
        zipped.writestr("manifest.json", "{}")
        zipped.writestr("../../outside.txt", "x")
    for path, words in ((plain, "ingen tillbakaskickad kopia"), (damaged, "Arkivet kan inte importeras"),
                        (evil, "utanför"), (tmp_path / "saknas.samverkan", "finns inte")):
        message = assert_clean_error(run("merge", PROJECT, path, data_dir=central))
        assert words in message, message
    other = assert_clean_error(run("merge", "project-annat", plain, data_dir=central))
    assert "annat projekt" in other
    unknown = assert_clean_error(run("send-out", PROJECT, "--sessions", "session-x", "-o", tmp_path / "u.samverkan",
                                     data_dir=central))
    assert "session-x" in unknown and not (tmp_path / "u.samverkan").exists()
    assert _dump(central) == before
