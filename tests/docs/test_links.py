"""Every link in README.md and docs/*.md to a heading (``#anchor``, in the same document or
another one) finds that heading, slugged as GitHub slugs them."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.conftest import REPO

LINK = re.compile(r"\]\(([^)\s#]*)#([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)


def anchors(document: Path) -> set[str]:
    """The anchors of a Markdown document's headings (repeats get -1, -2, …)."""
    text = re.sub(r"^```.*?^```", "", document.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL)
    seen: Counter[str] = Counter()
    found = set()
    for heading in HEADING.findall(text):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug if not seen[slug] else f"{slug}-{seen[slug]}")
        seen[slug] += 1
    return found


def test_every_link_to_a_heading_finds_it() -> None:
    broken = []
    for document in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for target, anchor in LINK.findall(document.read_text(encoding="utf-8")):
            linked = (document.parent / target).resolve() if target else document
            if not linked.is_file() or anchor not in anchors(linked):
                broken.append(f"{document.relative_to(REPO)}: {target}#{anchor}")
    assert not broken, f"links to headings that do not exist: {broken}"
