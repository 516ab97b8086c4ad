"""Readable record ids made from names: "Sveriges Lärare" -> "party-sveriges-larare".

The ids appear in exported project files, so a reader should recognise what they
name. Swedish letters fold to their base letter, as the demo project's ids do.
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; "" when nothing readable is left."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(char for char in folded if not unicodedata.combining(char))
    return _SEPARATORS.sub("-", ascii_text.replace("æ", "ae").replace("ø", "o")).strip("-")


def readable_uid(prefix: str, name: str, limit: int = 48) -> str:
    """``prefix-slug-of-name``, kept short; just ``prefix`` when the name has no letters."""
    words = slug(name)[:limit].strip("-")
    return f"{prefix}-{words}" if words else prefix
