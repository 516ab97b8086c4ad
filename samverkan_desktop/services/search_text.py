"""Words and snippets of the search: text cut into words as the FTS5 index cuts it.

The index's tokenizer (unicode61, ``categories 'L* N* Co M*'``, no diacritics removed)
counts letters, digits, private-use characters and combining marks as parts of a word
and everything else as a separator. ``words_of`` cuts a query the same way; the
snippet of a hit is made here too, from the hit's text and the query's terms, so that
only the few hits shown are highlighted (and the markers are the caller's choice).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

#: words longer than this are cut (no real word is; it keeps the expression small)
MAX_WORD = 64
#: how many words a snippet shows
SNIPPET_WORDS = 14
ELLIPSIS = "…"


#: the characters of a word for snippets (the text's underscores are made spaces first, so
#: ``\\w`` means letters and digits here), plus the common combining marks and the private-use
#: area; ``is_word_char`` is the exact rule, for queries
_WORD_CHARS = "\\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ue000-\uf8ff"
_INSIDE, _OUTSIDE = f"[{_WORD_CHARS}]", f"[^{_WORD_CHARS}]"
_WORD = re.compile(_INSIDE + "+")


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

    The matches are found by one compiled expression per term in the lower-cased text
    (one letter for one, as the index folds case), so a snippet costs a few regex scans
    in C rather than a Python loop over every word.
    """
    text, cut_before, cut_after = _around_first_hit(text, terms, size)
    clean = text.replace("_", " ")
    starts = [match.start() for match in _WORD.finditer(clean)]
    if not starts:
        return " ".join(text.split())
    folded = clean.lower()
    same = len(folded) == len(clean)  # a letter whose lower case is longer (İ): fold in the pattern
    patterns = _patterns(tuple(terms), not same)
    hits = sorted(span for pattern in patterns for span in _overlapping(pattern, folded if same else clean))
    first = bisect.bisect_left(starts, hits[0][0]) if hits else 0
    begin = max(0, min(first - size // 3, len(starts) - size))
    end = min(len(starts), begin + size)
    window_start = starts[begin]
    last_word = _WORD.match(clean, starts[end - 1])
    window_end = last_word.end() if last_word else len(text)
    pieces: list[str] = [ELLIPSIS] if begin > 0 or cut_before else []
    cursor = window_start
    for run_start, run_end in _runs(hits, clean):
        run_start, run_end = max(run_start, window_start), min(run_end, window_end)
        if run_start < run_end:
            pieces += [text[cursor:run_start], marks[0], text[run_start:run_end], marks[1]]
            cursor = run_end
    pieces.append(text[cursor:window_end])
    if end == len(starts) and not cut_after:
        pieces.append(text[window_end:])
    else:
        pieces.append(text[window_end:starts[end] if end < len(starts) else len(text)].rstrip() + ELLIPSIS)
    return " ".join("".join(pieces).split())


def _runs(hits: list[tuple[int, int]], clean: str) -> list[tuple[int, int]]:
    """Sorted matches merged into runs: overlapping ones, and ones with no word between."""
    runs: list[tuple[int, int]] = []
    for start, stop in hits:
        if runs and (start <= runs[-1][1] or _WORD.search(clean, runs[-1][1], start) is None):
            runs[-1] = (runs[-1][0], max(runs[-1][1], stop))
        else:
            runs.append((start, stop))
    return runs


@functools.lru_cache(maxsize=64)
def _patterns(terms: tuple[Term, ...], ignore_case: bool) -> list[re.Pattern[str]]:
    """One expression per term: its words (lower case) as whole words, the last one a
    prefix when the term is, separated by anything that is not a word. Searched in the
    lower-cased text, or with ``ignore_case`` in the text as it is."""
    patterns = []
    for term in terms:
        if not term.words:
            continue
        body = (_OUTSIDE + "+").join(re.escape(word.lower()) for word in term.words)
        tail = _INSIDE + "*" if term.prefix else ""
        flags = re.IGNORECASE if ignore_case else 0
        patterns.append(re.compile(f"(?<!{_INSIDE}){body}{tail}(?!{_INSIDE})", flags))
    return patterns


def _overlapping(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of every match, also of matches that overlap an earlier one."""
    found: list[tuple[int, int]] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        found.append(match.span())
        position = match.start() + 1
    return found
