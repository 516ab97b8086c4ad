"""Words for a merge: the kinds of record, a record in one line, the preview's summary.

Shared by the command line and the app's log; the app's own labels go through Qt
Linguist. Texts are Swedish and English (``LocalText``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.merge.threeway import Conflict, MergePlan

KIND_NAMES: dict[str, LocalText] = {
    "project": LocalText("projektet", "project"), "party": LocalText("parter", "parties"),
    "person": LocalText("personer", "people"), "mandate": LocalText("politiska uppdrag", "mandates"),
    "question": LocalText("frågor", "questions"), "tag": LocalText("koder", "tags"),
    "session": LocalText("dialogtillfällen", "sessions"), "attendance": LocalText("närvarorader", "attendance"),
    "agenda": LocalText("dagordningspunkter", "agenda items"),
    "note": LocalText("protokollsanteckningar", "minute notes"), "entry": LocalText("inlägg", "entries"),
    "tagging": LocalText("kodningar", "taggings"), "action": LocalText("åtgärder", "actions"),
}
KIND_NAME_ONE: dict[str, LocalText] = {
    "project": LocalText("projektet", "project"), "party": LocalText("part", "party"),
    "person": LocalText("person", "person"), "mandate": LocalText("politiskt uppdrag", "mandate"),
    "question": LocalText("fråga", "question"), "tag": LocalText("kod", "tag"),
    "session": LocalText("dialogtillfälle", "session"), "attendance": LocalText("närvarorad", "attendance line"),
    "agenda": LocalText("dagordningspunkt", "agenda item"), "note": LocalText("protokollsanteckning", "minute note"),
    "entry": LocalText("inlägg", "entry"), "tagging": LocalText("kodning", "tagging"),
    "action": LocalText("åtgärd", "action"),
}
COUNT_NAMES: dict[str, LocalText] = {
    "added": LocalText("tillagda", "added"), "changed": LocalText("ändrade", "changed"),
    "removed": LocalText("borttagna", "removed"), "conflicts": LocalText("konflikter", "conflicts"),
    "unchanged": LocalText("oförändrade", "unchanged"),
}
REASONS: dict[str, LocalText] = {
    "changed": LocalText("båda sidor har ändrat", "both sides changed it"),
    "spans": LocalText("texten ändrades på ena sidan och de kodade passagerna på den andra",
                       "the text changed on one side and the marked spans on the other"),
    "adjusted": LocalText("dialogtillfället är justerat här; öppna det igen och ta emot filen på nytt för att "
                          "få med ändringarna", "the session is adjusted here; reopen it and merge the file again "
                          "to take the changes"),
    "locked": LocalText("dialogtillfället justerades där och ändrades här; det tas helt eller inte alls",
                        "the session was adjusted there and changed here; it is taken whole or not at all"),
}
MAX_SHOWN = 70


def one_line(value: dict[str, Any] | None, language: str = "sv") -> str:
    """A record in a few words: its text, name or title; "(borttagen)" when removed."""
    if value is None:
        return LocalText("(borttagen)", "(removed)")(language)
    for key in ("text", "name", "title", "memo", "person"):
        if isinstance(value.get(key), str) and value[key]:
            text = " ".join(value[key].split())
            return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1] + "…"
    return str(value.get("id", ""))


def summary(totals: Counter[str], language: str = "sv") -> str:
    parts = ", ".join(f"{totals[name]} {word(language)}" for name, word in COUNT_NAMES.items())
    return f"{LocalText('Sammanfogning', 'Merge')(language)}: {parts}"


def table(plan: MergePlan, language: str = "sv") -> list[str]:
    """The preview per kind of record, one line each (kinds the merge does not touch left out)."""
    width = max(len(n(language)) for n in KIND_NAMES.values())
    head = " ".join(f"{w(language):>11}" for w in COUNT_NAMES.values())
    lines = [f"{'':<{width}} {head}"]
    for kind, name in KIND_NAMES.items():
        counts = plan.counts.get(kind, Counter())
        if sum(counts.values()):
            lines.append(f"{name(language):<{width}} " + " ".join(f"{counts[c]:>11}" for c in COUNT_NAMES))
    return lines


def conflict_lines(conflict: Conflict, language: str = "sv") -> list[str]:
    kind = KIND_NAME_ONE[conflict.kind](language)
    mine, theirs = LocalText("min", "mine")(language), LocalText("deras", "theirs")(language)
    return [f"{conflict.ident} ({kind}): {REASONS[conflict.reason](language)}",
            f"    {mine}:   {one_line(conflict.mine, language)}",
            f"    {theirs}: {one_line(conflict.theirs, language)}"]
