"""The Swedish words the printed documents use for stored values, dates and times.

The documents are Swedish public records, so they are always written in Swedish
whatever the language of the app; these labels match the words of the app's Swedish UI.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")

SESSION_KINDS = {"csg": "CSG", "fsg": "FSG", "focus_group": "Fokusgrupp", "workplace": "Arbetsplatsträff (APT)",
                 "written_answers": "Skriftliga svar",
                 "other": "Annat"}
#: kinds in a narrow table column (the report's list of sessions)
SESSION_KINDS_SHORT = {**SESSION_KINDS, "workplace": "APT"}
#: kinds as a sentence counts them: (one, many)
SESSION_KINDS_PROSE = {"csg": ("möte i CSG", "möten i CSG"), "fsg": ("möte i FSG", "möten i FSG"),
                       "focus_group": ("fokusgrupp", "fokusgrupper"),
                       "workplace": ("arbetsplatsträff", "arbetsplatsträffar"), "other": ("annat möte", "andra möten"),
                       "written_answers": ("omgång skriftliga svar", "omgångar skriftliga svar")}
ATTENDANCE_ROLES = {"chair": "ordförande", "secretary": "sekreterare", "adjuster": "justerare",
                    "facilitator": "samtalsledare", "participant": "deltagare"}
ITEM_TYPES = {"information": "Information (MBL § 19)", "consultation": "Samverkan före beslut",
              "negotiation": "Förhandling (MBL § 11)", "dialogue": "Dialog", "formal": "Formalia",
              "other": "Övrigt"}
RATINGS = {"strengthened": "Stärkts", "partly": "Delvis stärkts", "not_strengthened": "Inte stärkts",
           "not_assessed": "Kan inte bedömas"}
PRIORITIES = {"high": "Hög", "medium": "Medel", "low": "Låg"}
PARTY_SIDES = {"employer": "Arbetsgivare", "union": "Arbetstagarorganisation", "other": "Övrig"}
ENTRY_KINDS = {"statement": "Yttrande", "decision": "Beslut", "action": "Åtgärd", "note": "Anteckning"}
NO_PARTY = "Utan part"
FOLLOW_UP = {"done": "Genomfört", "in_progress": "Pågår", "not_started": "Inte påbörjat",
             "not_relevant": "Inte längre aktuellt"}
DIRECTIONS = {"stronger": "Stärkts mer", "unchanged": "Oförändrat", "weaker": "Försämrats"}


def outcome_sentence(outcome: str | None, item_type: str | None) -> str | None:
    """The closing sentence of a § in the minutes, or None when the item has no outcome."""
    what = "Förhandlingen" if item_type == "negotiation" else "Samverkan"
    if outcome == "agreement":
        return f"{what} är därmed fullgjord i enighet."
    if outcome == "disagreement":
        return f"{what} är därmed fullgjord i oenighet."
    return None


def label(table: dict[str, str], value: str | None) -> str:
    """The label of a stored value ('' for None, the value itself when unknown)."""
    if value is None:
        return ""
    return table.get(value, value)


def swedish_date(day: dt.date | None) -> str:
    """``27 november 2026``; '' for None."""
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def time_range(start: str | None, end: str | None) -> str:
    """``kl. 13.00–15.30`` (Swedish clock style), ``kl. 13.00``, or ''."""
    def clock(value: str) -> str:
        return value.replace(":", ".")
    if start and end:
        return f"kl. {clock(start)}–{clock(end)}"
    if start:
        return f"kl. {clock(start)}"
    return ""


def count_phrase(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def decimal(value: float | None, places: int = 1) -> str:
    """``3,5`` with a decimal comma, as written in Sweden; ``–`` for None."""
    if value is None:
        return "–"
    return f"{value:.{places}f}".replace(".", ",").replace("-", "−")


def signed(value: float | None, places: int = 1) -> str:
    """A change: ``+0,4``, ``−0,2``, ``±0,0``; ``–`` for None."""
    if value is None:
        return "–"
    shown = decimal(abs(value), places)
    if float(shown.replace(",", ".")) == 0:
        return "±" + shown
    return ("+" if value > 0 else "−") + shown


def whole(value: float | None) -> str:
    """An index 0-100 in whole numbers, a half rounded up; ``–`` for None."""
    return "–" if value is None else str(int(value + 0.5))
