"""One word for one thing: the body that reports is "samverkansorgan" everywhere in Swedish
(the UI, the user guide, the report builders), "collaboration body" in English."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPO
from tests.i18n.test_translations import CATALOGUES, messages

#: the word chosen, and the ones it replaces
CHOSEN = "samverkansorgan"
REPLACED = re.compile(r"rapporterande\s+organ|reporting\s+body", re.IGNORECASE)


def texts() -> dict[Path, str]:
    folders = [REPO / "samverkan_desktop", REPO / "docs", REPO / "resources"]
    files = [path for folder in folders for path in folder.rglob("*")
             if path.suffix in (".py", ".md", ".ts", ".json") and "migrations" not in path.parts]
    return {path: path.read_text(encoding="utf-8") for path in [*files, REPO / "README.md"]}


def test_the_replaced_words_are_gone() -> None:
    found = [f"{path.relative_to(REPO)}: {match.group(0)}" for path, text in texts().items()
             for match in REPLACED.finditer(text)]
    assert found == []


def test_every_label_of_the_body_says_samverkansorgan() -> None:
    labels = [(context, translations) for context, source, translations, _numerus in messages(CATALOGUES["sv"])
              if "collaboration body" in source.lower()]
    assert len(labels) >= 2  # the project's details and the wizard
    for context, translations in labels:
        assert all(CHOSEN in t.replace("&", "").lower() for t in translations), context
    guide = (REPO / "docs" / "anvandarguide.md").read_text(encoding="utf-8").lower()
    assert guide.count(CHOSEN) >= 2
