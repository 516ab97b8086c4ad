"""Words and snippets of the search: text cut into words as the FTS5 index cuts it.

The index's tokenizer (unicode61, ``categories 'L* N* Co M*'``, no diacritics removed)
counts letters, digits, private-use characters and combining marks as parts of a word
and everything else as a separator. ``words_of`` cuts a query the same way; the
snippet of a hit is made here too, from the hit's text and the query's terms, so that
only the few hits shown are highlighted (and the markers are the caller's choice).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: words longer than this are cut (no real word is; it keeps the expression small)
MAX_WORD = 64
#: how many words a snippet shows
SNIPPET_WORDS = 14
ELLIPSIS = "…"


#: a word for snippets, fast on long texts: letters and digits (``[^\W_]``), the common
#: combining marks and the private-use area; ``is_word_char`` is the exact rule, for queries
_WORD = re.compile("(?:[^\\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                   "\ue000-\uf8ff])+")


@dataclass(frozen=True)
class Term:
    """One term of a query: its words, and whether the last word is a prefix."""

    words: tuple[str, ...]
    prefix: bool


def is_word_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LNM" or category == "Co"


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text``."""
    spans: list[tuple[int, int]] = []
    start = -1
    for index, char in enumerate(text):
        if is_word_char(char):
            if start < 0:
                start = index
        elif start >= 0:
            spans.append((start, index))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def words_of(chunk: str) -> list[str]:
    """The words of a piece of text (case kept), each at most ``MAX_WORD`` long."""
    return [chunk[a:b][:MAX_WORD] for a, b in word_spans(chunk)]


def _matches(words: list[str], at: int, term: tuple[str, ...], prefix: bool) -> bool:
    if at + len(term) > len(words):
        return False
    for offset, wanted in enumerate(term):
        word = words[at + offset]
        last = offset == len(term) - 1
        if not (word.startswith(wanted) if prefix and last else word == wanted):
            return False
    return True


#: characters a word takes at most, on average, for cutting a long text before the words are found
_CHARS_PER_WORD = 9


def _around_first_hit(text: str, terms: list[Term], size: int) -> tuple[str, bool, bool]:
    """A long text cut to a stretch around the first place a term may begin (so that a
    1,500-character entry is not cut into words whole); and whether it was cut before, after."""
    reach = size * _CHARS_PER_WORD
    if len(text) <= 2 * reach:
        return text, False, False
    firsts = {t.words[0].lower() for t in terms if t.words}
    lowered = text.lower() if len(text.lower()) == len(text) else None
    found = min((p for p in (lowered.find(f) for f in firsts) if p >= 0), default=0) if lowered else 0
    start = max(0, found - reach // 2)
    while 0 < start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        start += 1  # do not begin inside a word
    stop = min(len(text), start + reach * 2)
    while stop < len(text) and is_word_char(text[stop - 1]) and is_word_char(text[stop]):
        stop += 1
    return text[start:stop], start > 0, stop < len(text)


def make_snippet(text: str, terms: list[Term], marks: tuple[str, str] = ("[", "]"),
                 size: int = SNIPPET_WORDS) -> str:
    """A window of about ``size`` words of ``text`` around the first hit, each run of
    matched words between ``marks``; "…" where the text goes on. Never fails.

    Case is folded with ``str.lower`` (as the index folds it, one letter for one).
    """
    text, cut_before, cut_after = _around_first_hit(text, terms, size)
    spans = [match.span() for match in _WORD.finditer(text)]
    if not spans:
        return " ".join(text.split())
    lowered = text.lower()
    # a letter whose lower case is longer (İ) shifts the offsets: then fold word by word
    same = len(lowered) == len(text)
    words = [lowered[a:b] if same else text[a:b].lower() for a, b in spans]
    folded = [(tuple(w.lower() for w in t.words), t.prefix) for t in terms if t.words]
    starts = tuple({term[0] for term, _prefix in folded})  # every match begins with one of these

    def hit_at(at: int) -> int:
        """How many words the first term matching at ``at`` covers (0: none)."""
        if not words[at].startswith(starts):
            return 0
        for term, prefix in folded:
            if _matches(words, at, term, prefix):
                return len(term)
        return 0

    first = next((at for at in range(len(words)) if hit_at(at)), 0)
    begin = max(0, min(first - size // 3, len(spans) - size))
    end = min(len(spans), begin + size)
    marked = [False] * (end - begin)
    for at in range(begin, end):
        for k in range(at, min(end, at + hit_at(at))):
            marked[k - begin] = True
    pieces: list[str] = [ELLIPSIS] if begin > 0 or cut_before else []
    cursor = spans[begin][0]
    for k in range(begin, end):
        a, b = spans[k]
        on = marked[k - begin]
        opens = on and (k == begin or not marked[k - begin - 1])
        closes = on and (k == end - 1 or not marked[k - begin + 1])
        pieces.append(text[cursor:a])
        pieces.append(f"{marks[0] if opens else ''}{text[a:b]}{marks[1] if closes else ''}")
        cursor = b
    if end == len(spans) and not cut_after:
        tail = text[cursor:]
    else:
        tail = text[cursor:spans[end][0] if end < len(spans) else len(text)].rstrip() + ELLIPSIS
    pieces.append(tail)
    return " ".join("".join(pieces).split())
