"""Quoting a passage: the tagged span of an entry, marked […] where the entry goes on.

A quote of a whole entry prints the entry. A quote of a tagged span prints the span's
words (trimmed of blank space, and widened to whole words when the selection began or
ended inside one), with "[…]" before them when the entry has more words before the span
and after them when it has more words after it. Punctuation alone (the full stop that
ends the sentence) does not count as more words. Both outputs and
the app's lists show a quote through ``quoted``.
"""

from __future__ import annotations

from dataclasses import dataclass

ELLIPSIS = "[…]"


@dataclass(frozen=True)
class Excerpt:
    """The words quoted, and whether the entry goes on before and after them."""

    text: str
    cut_before: bool = False
    cut_after: bool = False


def _has_words(text: str) -> bool:
    return any(char.isalnum() for char in text)


def excerpt(entry_text: str, start: int | None, end: int | None) -> Excerpt:
    """The passage of ``entry_text`` from ``start`` to ``end`` (code points); the whole
    entry when either is None or the span does not lie inside the text."""
    if start is None or end is None or not 0 <= start < end <= len(entry_text):
        return Excerpt(entry_text.strip())
    while 0 < start < end and entry_text[start - 1].isalnum() and entry_text[start].isalnum():
        start -= 1
    while start < end < len(entry_text) and entry_text[end - 1].isalnum() and entry_text[end].isalnum():
        end += 1
    words = entry_text[start:end].strip()
    if not words:
        return Excerpt(entry_text.strip())
    return Excerpt(words, _has_words(entry_text[:start]), _has_words(entry_text[end:]))


def quoted(text: str, cut_before: bool = False, cut_after: bool = False) -> str:
    """The quote's text with its ellipses: ``[…] words […]``."""
    return f"{ELLIPSIS + ' ' if cut_before else ''}{text}{' ' + ELLIPSIS if cut_after else ''}"
