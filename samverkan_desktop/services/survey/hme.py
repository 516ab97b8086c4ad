"""SKR's sustainable employee engagement index (HME, Hållbart medarbetarengagemang).

Nine items, answered on a scale of 1 (instämmer inte alls) to 5 (instämmer helt), in
three sub-indices of three items each: Motivation, Ledarskap (leadership) and Styrning
(governance). An answer counts on a 0-100 scale as (answer - 1) x 25, so an item's index
is (mean - 1) x 25; a sub-index, and the whole HME, is the index of all the answers to
its items together (every answer weighs the same).

An item is recognised by its text: a column header or rating item that holds the item's
core words (compared after ``reading.normalise``, so case, spacing and punctuation around
them do not matter, nor a number or "Min närmaste chef" / "Jag" in front) is that item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from samverkan_desktop.services.survey.reading import normalise

SCALE = (1, 2, 3, 4, 5)
MOTIVATION, LEADERSHIP, GOVERNANCE = "motivation", "ledarskap", "styrning"
#: the sub-indices in the order SKR reports them, with their Swedish names
AREAS = {MOTIVATION: "Motivation", LEADERSHIP: "Ledarskap", GOVERNANCE: "Styrning"}


@dataclass(frozen=True)
class HmeItem:
    key: str
    area: str
    #: the item as SKR words it
    text: str
    #: the words that tell the item apart, whatever a survey tool adds around them
    core: str


ITEMS: dict[str, HmeItem] = {item.key: item for item in (
    HmeItem("motivation_1", MOTIVATION, "Mitt arbete känns meningsfullt", "arbete känns meningsfullt"),
    HmeItem("motivation_2", MOTIVATION, "Jag lär nytt och utvecklas i mitt dagliga arbete",
            "lär nytt och utvecklas"),
    HmeItem("motivation_3", MOTIVATION, "Jag ser fram emot att gå till arbetet", "ser fram emot att gå till arbetet"),
    HmeItem("ledarskap_1", LEADERSHIP, "Min närmaste chef visar uppskattning för mina arbetsinsatser",
            "chef visar uppskattning för mina arbetsinsatser"),
    HmeItem("ledarskap_2", LEADERSHIP, "Min närmaste chef visar förtroende för mig som medarbetare",
            "chef visar förtroende för mig"),
    HmeItem("ledarskap_3", LEADERSHIP, "Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete",
            "förutsättningar att ta ansvar i mitt arbete"),
    HmeItem("styrning_1", GOVERNANCE, "Jag är insatt i min arbetsplats mål", "insatt i min arbetsplats mål"),
    HmeItem("styrning_2", GOVERNANCE, "Jag förstår hur mitt arbete bidrar till att nå min arbetsplats mål",
            "bidrar till att nå min arbetsplats mål"),
    HmeItem("styrning_3", GOVERNANCE, "Jag vet vad som förväntas av mig i mitt arbete",
            "vet vad som förväntas av mig"),
)}
_KNOWN = tuple((normalise(item.core), item.key) for item in ITEMS.values())


def recognise(text: str) -> str | None:
    """The key of the HME item ``text`` asks, or None."""
    plain = normalise(text)
    for words, key in _KNOWN:
        if words in plain:
            return key
    return None


def index(counts: Iterable[int]) -> float | None:
    """The 0-100 index of answers counted per step of the scale (1-5); None without answers."""
    values = list(counts)
    n = sum(values)
    if n == 0:
        return None
    return sum(count * (step - 1) * 25 for step, count in zip(SCALE, values, strict=False)) / n


def pooled(counts: Iterable[Iterable[int]]) -> list[int]:
    """The counts of several items added up step by step (a sub-index's answers)."""
    total = [0] * len(SCALE)
    for item in counts:
        for position, count in enumerate(item):
            total[position] += count
    return total
