"""LibreOffice headless for the Word tests: .docx files converted to PDF, as a real office suite reads them.

Each test session (each xdist worker) gets its own LibreOffice profile
(``-env:UserInstallation``), so parallel runs never share one and clash.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


class Office:
    def __init__(self, profile: Path) -> None:
        self.profile = profile

    def to_pdf(self, *documents: Path) -> list[Path]:
        """Each document converted to a PDF beside it (one LibreOffice start for all)."""
        assert SOFFICE is not None
        folder = documents[0].parent
        result = subprocess.run(
            [SOFFICE, f"-env:UserInstallation={self.profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents)],
            capture_output=True, text=True, timeout=300, check=False)
        pdfs = [folder / f"{document.stem}.pdf" for document in documents]
        missing = [p for p in pdfs if not p.exists()]
        assert not missing, (missing, result.stdout, result.stderr)
        return pdfs


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui")
    return Office(tmp_path_factory.mktemp("lo-profile"))
