"""Generate large, valid Samverkan project documents for benchmarks and load tests.

The document follows the interchange schema (format ``samverkan-project``, version 1)
and passes ``validate_document``: 6 parties, 30 people, 4 mandates, 6 questions, 20
nested tags (themes, strengths and improvement areas with proposal, priority, owner
and mandates), and per session an attendance list, an agenda and the minutes entries.
About 40 % of the entries are tagged, some of them on a span of the text (offsets in
Unicode code points), and every session gets a few action items.

The output is fully determined by the sizes and the seed. It is also shaped so that
an import followed by an export gives the same document back (apart from
``exported_at``): no empty nested lists, ``"parent": null`` on root tags.

Run it::

    uv run python benchmarks/generate_project.py --sessions 50 --entries-per-session 1000 -o big.json

or import it and call ``generate(sessions, entries_per_session, seed=0)``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

# --- vocabulary ---------------------------------------------------------------------

SUBJECTS = [
    "Arbetsgivaren", "Kommunal", "Vision", "Vårdförbundet", "Sveriges Lärare", "Akademikerförbundet SSR",
    "Skyddsombuden", "Cheferna", "Medarbetarna", "Förvaltningen", "De fackliga organisationerna",
    "Arbetsplatsombuden", "Rektorerna", "Enhetscheferna", "Ledningsgruppen", "Personalen i hemtjänsten",
    "Undersköterskorna", "Sjuksköterskorna", "Lärarna på högstadiet", "Biståndshandläggarna",
    "Förskolans personal", "HR-avdelningen", "Kostenheten", "Huvudskyddsombudet", "Samtalsledaren",
]
SAYS = [
    "upplever att", "menar att", "påpekar att", "framhåller att", "önskar att", "föreslår att",
    "betonar att", "konstaterar att", "är överens om att", "ifrågasätter om", "lyfter fram att",
    "beskriver hur", "vill förtydliga att", "är oroliga för att", "ser positivt på att",
]
TOPICS = [
    "samverkan", "arbetsmiljön", "dialogen", "informationen", "underlaget", "arbetsplatsträffen",
    "schemaläggningen", "bemanningen", "förändringsarbetet", "ledarskapet", "medarbetarskapet",
    "risk- och konsekvensanalysen", "riktlinjen för samverkan", "delegationsordningen",
    "budgetprocessen", "löneöversynen", "kompetensutvecklingen", "introduktionen av nyanställda",
    "återkopplingen från FSG", "den fackliga tiden", "tillitsbaserad styrning", "uppföljningen",
    "sjukfrånvaron", "arbetsbelastningen", "samarbetet mellan förvaltningarna", "måltidsverksamheten",
]
PREDICATES = [
    "fungerar bättre än tidigare", "har blivit tydligare under året", "behöver utvecklas vidare",
    "kommer för sent", "ofta hamnar i skymundan", "måste förbättras", "har fått ett tydligare fokus",
    "upplevs som otydlig", "inte når ut till alla", "har stärkts sedan förra mätningen",
    "skiljer sig mellan enheterna", "tar mycket tid i anspråk", "har påverkats av omorganisationen",
    "är en förutsättning för verkligt inflytande", "inte har följts upp", "bör ses över gemensamt",
    "fortfarande är ojämn", "har gett märkbara resultat", "skapar oro på arbetsplatserna",
]
PLACES = [
    "på arbetsplatsträffarna", "i FSG", "i CSG", "inom vård och omsorg", "inom barn och utbildning",
    "i hemtjänsten", "på särskilt boende", "i förskolan", "på högstadieskolorna", "i ledningsgruppen",
    "på enhetsnivå", "i kommunhuset", "inom socialtjänsten", "på kostenheten", "i grundskolan",
    "under hösten", "sedan i våras", "inför budgetåret", "efter sommaren", "under mandatperioden",
]
BECAUSE = [
    "eftersom underlagen skickas ut sent", "eftersom frågorna kommer upp när förslagen redan är färdiga",
    "då många chefer har fler än fyrtio medarbetare", "när verksamheten är hårt belastad",
    "trots att parterna är överens om målet", "vilket gör att förtroendet påverkas",
    "så att medarbetarna får möjlighet att påverka", "för att alla ska kunna förbereda sig",
    "samtidigt som ärendemängden har ökat kraftigt", "vilket begränsar inflytandet före beslut",
    "även om det finns goda exempel", "men det märks sällan i besluten",
]
WORDS = [
    "återkoppling", "förtroende", "delaktighet", "arbetsmiljö", "förändring", "målsättning", "överenskommelse",
    "förståelse", "framförhållning", "inflytande", "ansvar", "förbättring", "närvaro", "utbildning",
    "uppföljning", "prioritering", "ärende", "öppenhet", "förslag", "förvaltning", "lärande", "kvalitet",
    "hälsa", "trygghet", "gemensam", "tydlig", "långsiktig", "hållbar", "möjlighet", "förändringar",
    "åtgärder", "bedömning", "årsplan", "kännedom", "nöjd", "särskilt", "väsentlig", "förutsättningar",
    "påverkan", "kartläggning", "dagordning", "justering", "protokoll", "sammanträde", "överläggning",
]
FIRST_NAMES = [
    "Karin", "Peter", "Sofia", "Anders", "Maria", "Jenny", "Mikael", "Lena", "Tobias", "Helena", "Erik",
    "Annika", "Sara", "Jonas", "Åsa", "Björn", "Märta", "Göran", "Linnéa", "Örjan", "Ulla", "Håkan",
    "Birgitta", "Jörgen", "Kerstin", "Stefan", "Ingrid", "Mats", "Eva", "Pär",
]
LAST_NAMES = [
    "Lindqvist", "Sandberg", "Nyberg", "Holm", "Blom", "Karlsson", "Svensson", "Åberg", "Lund", "Ström",
    "Wallin", "Hedlund", "Olofsson", "Falk", "Öberg", "Björk", "Sjögren", "Ekström", "Nordström", "Hägg",
    "Forsberg", "Lövgren", "Bergström", "Sundqvist", "Engström", "Åkesson", "Dahl", "Möller", "Höglund",
    "Nilsson",
]
LOCATIONS = [
    "Kommunhuset, sammanträdesrum Björken", "Kommunhuset, sammanträdesrum Eken", "Stadsbiblioteket, hörsalen",
    "Äldreboendet Solgläntan, konferensrummet", "Förskolan Ängsbacken, personalrummet",
    "Österskolan, lärarrummet", "Digitalt via Teams", "Hälsocentralen, mötesrum Älven",
]
PARTIES = [
    ("party-arbetsgivaren", "Arbetsgivaren", "employer"),
    ("party-kommunal", "Kommunal", "union"),
    ("party-vision", "Vision", "union"),
    ("party-sveriges-larare", "Sveriges Lärare", "union"),
    ("party-vardforbundet", "Vårdförbundet", "union"),
    ("party-akademikerforbundet-ssr", "Akademikerförbundet SSR", "union"),
]
ROLES = {
    "employer": ["HR-chef", "Kommundirektör", "HR-strateg", "Förvaltningschef, vård och omsorg",
                 "Förvaltningschef, barn och utbildning", "Enhetschef", "Rektor", "Ekonomichef"],
    "union": ["Sektionsordförande", "Huvudskyddsombud", "Ordförande", "Förtroendevald",
              "Arbetsplatsombud", "Skyddsombud"],
}
MANDATES = [
    ("U1", "Utveckla samverkan", "partly"),
    ("U2", "Satsa på medarbetarskap och ledarskapsutveckling", "strengthened"),
    ("U3", "Förtydliga styrdokument för inflytande", "not_strengthened"),
    ("U4", "Tillitsbaserad styrning", "not_assessed"),
]
QUESTIONS = [
    ("Hur fungerar samverkan i dag mellan arbetsgivaren och de fackliga organisationerna?", [0]),
    ("Vad har blivit bättre sedan de politiska uppdragen gavs, och vad har bidragit till det?", [0, 1]),
    ("Vad behöver utvecklas för att samverkan och medbestämmande ska stärkas?", [0, 2]),
    ("Hur väl får de fackliga organisationerna inflytande innan beslut fattas?", [2, 3]),
    ("Hur hänger samverkan på central nivå ihop med arbetsplatsträffarna (APT)?", [1, 3]),
    ("Hur påverkar arbetsbelastningen möjligheten att delta i samverkan?", [0, 1]),
]
#: (id suffix, kind, name, parent suffix or None, mandate indexes)
TAGS = [
    ("tema-information", "theme", "Information och dialog", None, []),
    ("tema-information-i-tid", "theme", "Information i tid", "tema-information", []),
    ("tema-tidig-dialog", "theme", "Tidig dialog", "tema-information", []),
    ("tema-aterkoppling", "theme", "Återkoppling till arbetsplatserna", "tema-tidig-dialog", []),
    ("tema-tillit", "theme", "Tillit och förtroende", None, []),
    ("tema-apt", "theme", "Arbetsplatsträffar (APT)", None, []),
    ("tema-apt-dagordning", "theme", "Dagordning på APT", "tema-apt", []),
    ("tema-arbetsmiljo", "theme", "Arbetsmiljö och arbetsbelastning", None, []),
    ("tema-arbetsmiljo-bemanning", "theme", "Bemanning och scheman", "tema-arbetsmiljo", []),
    ("tema-arbetsmiljo-halsa", "theme", "Hälsa och sjukfrånvaro", "tema-arbetsmiljo", []),
    ("styrka-samtalsklimat", "strength", "Respektfullt samtalsklimat", None, [0]),
    ("styrka-utbildning", "strength", "Gemensam utbildning för chefer och skyddsombud", None, [1]),
    ("styrka-arbetsmiljopunkt", "strength", "Stående arbetsmiljöpunkt i FSG", None, [0]),
    ("styrka-riskbedomning", "strength", "Skyddsombud deltar i riskbedömningar", "styrka-arbetsmiljopunkt", [0, 3]),
    ("forb-underlag", "improvement", "Tidigare information och underlag", None, [0, 2]),
    ("forb-styrdokument", "improvement", "Tydligare styrdokument för inflytande", None, [2]),
    ("forb-apt", "improvement", "Arbetsplatsträffar med verkligt inflytande", None, [1, 3]),
    ("forb-facklig-tid", "improvement", "Tid och resurser för fackliga uppdrag", None, [0]),
    ("forb-arsplan", "improvement", "Gemensam årsplan för samverkan", "forb-underlag", [0]),
    ("forb-uppfoljning", "improvement", "Uppföljning av fattade beslut", None, [3]),
]
OWNERS = ["HR-chefen", "Kommundirektören", "Förvaltningscheferna", "HR-avdelningen",
          "Arbetsgivaren och de fackliga organisationerna gemensamt", "Ekonomichefen"]
SESSION_KINDS = [("csg", "Central samverkansgrupp"), ("fsg", "Förvaltningens samverkansgrupp"),
                 ("focus_group", "Fokusgrupp"), ("workplace", "Arbetsplatsträff")]
FORMAL_ITEMS = ["Mötet öppnas", "Fastställande av dagordning", "Val av justerare"]
BUSINESS_ITEMS = [
    ("information", "Information: Delårsrapport och budgetprocessen", "none"),
    ("consultation", "Samverkan före beslut: Reviderad riktlinje för samverkan", "agreement"),
    ("consultation", "Samverkan före beslut: Ny organisation för måltidsverksamheten", "disagreement"),
    ("negotiation", "Förhandling enligt MBL § 11: Förändrade öppettider i förskolan", "agreement"),
    ("information", "Information: Sjukfrånvaron per förvaltning", "none"),
    ("consultation", "Samverkan före beslut: Schemaläggning inom hemtjänsten", "disagreement"),
]


class _Text:
    """Swedish-ish sentences and paragraphs of varying length from a seeded ``Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self) -> str:
        r = self.rng
        shape = r.random()
        if shape < 0.55:
            text = f"{r.choice(SUBJECTS)} {r.choice(SAYS)} {r.choice(TOPICS)} {r.choice(PREDICATES)}"
            if r.random() < 0.5:
                text += f" {r.choice(PLACES)}"
            if r.random() < 0.35:
                text += f", {r.choice(BECAUSE)}"
        elif shape < 0.8:
            text = f"{r.choice(TOPICS).capitalize()} {r.choice(PREDICATES)} {r.choice(PLACES)}"
            if r.random() < 0.4:
                text += f", {r.choice(BECAUSE)}"
        else:
            words = r.choices(WORDS, k=r.randint(4, 14))
            text = " ".join(words).capitalize()
        return text + r.choice([".", ".", ".", ".", "!", "?"] if shape >= 0.8 else ["."])

    def paragraph(self, low: int = 1, high: int = 4) -> str:
        count = self.rng.randint(low, high)
        if self.rng.random() < 0.05:  # now and then a long statement
            count += self.rng.randint(4, 10)
        return " ".join(self.sentence() for _ in range(count))


def _span(rng: random.Random, text: str) -> tuple[int, int]:
    """A span of whole words inside ``text``, in code points (``str`` indexes)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    first = rng.randrange(len(starts))
    last = min(len(starts) - 1, first + rng.randint(1, 8))
    start = starts[first]
    end = starts[last] - 1 if last > first else len(text)
    if end <= start:
        end = len(text)
    return start, end


def _offset(day: dt.date) -> str:
    """Swedish summer time, roughly: +02:00 from April to October, else +01:00."""
    return "+02:00" if 4 <= day.month <= 10 else "+01:00"


def _add_item(agenda: list[dict[str, Any]], s_index: int, title: str, item_type: str, **more: Any) -> None:
    number = len(agenda) + 1
    agenda.append({"id": f"agenda-{s_index + 1:04d}-{number:02d}", "number": number,
                   "title": title, "type": item_type, **more})


def generate(sessions: int, entries_per_session: int, seed: int = 0) -> dict[str, Any]:
    """A valid project document with ``sessions`` sessions of ``entries_per_session`` entries each."""
    rng = random.Random(seed)
    words = _Text(rng)

    parties = [{"id": uid, "name": name, "side": side} for uid, name, side in PARTIES]
    people: list[dict[str, Any]] = []
    by_party: dict[str, list[str]] = {uid: [] for uid, _, _ in PARTIES}
    for index in range(30):
        party = PARTIES[0] if index < 10 else PARTIES[1 + (index - 10) % 5]
        person_id = f"person-{index + 1:02d}"
        people.append({
            "id": person_id,
            "name": f"{FIRST_NAMES[index]} {LAST_NAMES[(index * 7) % len(LAST_NAMES)]}",
            "party": party[0],
            "role": rng.choice(ROLES["employer" if party[2] == "employer" else "union"]),
        })
        by_party[party[0]].append(person_id)

    mandates = []
    for code, title, rating in MANDATES:
        mandates.append({
            "id": f"mandate-{code.lower()}", "code": code, "title": title,
            "description": words.paragraph(1, 2),
            "assessment": {"rating": rating, "motivation": words.paragraph(2, 4)},
        })
    questions = []
    for index, (text, links) in enumerate(QUESTIONS):
        questions.append({
            "id": f"question-{index + 1}", "position": index + 1, "text": text,
            "guidance": words.paragraph(1, 3), "mandates": [mandates[i]["id"] for i in links],
        })
    palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
               "#7f7f7f", "#bcbd22", "#17becf"]
    tags: list[dict[str, Any]] = []
    for index, (suffix, kind, name, parent, links) in enumerate(TAGS):
        tag: dict[str, Any] = {
            "id": f"tag-{suffix}", "kind": kind, "name": name,
            "parent": None if parent is None else f"tag-{parent}",
            "color": palette[index % len(palette)], "description": words.paragraph(1, 2),
        }
        if kind == "improvement":
            tag.update(proposal=words.paragraph(2, 3), priority=rng.choice(["high", "medium", "low"]),
                       owner=rng.choice(OWNERS))
        if links:
            tag["mandates"] = [mandates[i]["id"] for i in links]
        tags.append(tag)
    improvements = [t["id"] for t in tags if t["kind"] == "improvement"]
    tag_ids = [t["id"] for t in tags]

    session_list: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    entry_number = 0
    first_day = dt.date(2024, 1, 9)
    for s_index in range(sessions):
        day = first_day + dt.timedelta(days=7 * s_index + rng.randint(0, 3))
        kind, kind_name = SESSION_KINDS[s_index % len(SESSION_KINDS)]
        sid = f"session-{s_index + 1:04d}"
        start_hour = rng.choice([8, 9, 10, 13, 14])
        status = "adjusted" if s_index < sessions * 0.6 else rng.choice(["held", "planned"])
        session: dict[str, Any] = {
            "id": sid, "title": f"{kind_name}, möte {s_index + 1}/{day.year % 100}", "kind": kind,
            "date": day.isoformat(), "start": f"{start_hour:02d}:00", "end": f"{start_hour + 3:02d}:00",
            "location": rng.choice(LOCATIONS), "protocol_number": f"{s_index + 1}/{day.year % 100}",
            "status": status,
        }
        employer = [p["id"] for p in people if p["party"] == "party-arbetsgivaren"]
        union = [p["id"] for p in people if p["party"] != "party-arbetsgivaren"]
        chair, secretary = rng.sample(employer, 2)
        adjusters = rng.sample(union, 2)
        rest = [p for p in employer + union if p not in (chair, secretary, *adjusters)]
        attendance = [{"person": chair, "present": True, "role": "chair"},
                      {"person": secretary, "present": True, "role": "secretary"}]
        attendance += [{"person": p, "present": True, "role": "adjuster"} for p in adjusters]
        attendance += [{"person": p, "present": rng.random() > 0.1, "role": "participant"}
                       for p in rng.sample(rest, rng.randint(6, 12))]
        session["attendance"] = attendance

        agenda: list[dict[str, Any]] = []
        for title in FORMAL_ITEMS:
            _add_item(agenda, s_index, title, "formal")
        for q_index in rng.sample(range(len(questions)), rng.randint(2, 4)):
            _add_item(agenda, s_index, f"Dialog: {questions[q_index]['text']}", "dialogue",
                      question=questions[q_index]["id"])
        for item_type, title, outcome in rng.sample(BUSINESS_ITEMS, rng.randint(1, 3)):
            more: dict[str, Any] = {"outcome": outcome}
            if outcome == "disagreement":
                more["minute_notes"] = [{"party": rng.choice(parties[1:])["id"], "text": words.paragraph(2, 4)}]
            _add_item(agenda, s_index, title, item_type, **more)
        _add_item(agenda, s_index, "Övriga frågor", "other")
        _add_item(agenda, s_index, "Mötet avslutas", "formal")
        session["agenda"] = agenda
        if status == "adjusted":
            session["adjusted"] = {"by": adjusters, "at": (day + dt.timedelta(days=7)).isoformat()}

        entries = []
        clock = dt.datetime(day.year, day.month, day.day, start_hour, 0, 0)
        step = dt.timedelta(seconds=max(1, 3 * 3600 // max(1, entries_per_session)))
        attending = {a["person"] for a in attendance if a["present"]}
        speakers_of = {uid: [p for p in ids if p in attending] or ids for uid, ids in by_party.items()}
        for e_index in range(entries_per_session):
            entry_number += 1
            point = agenda[min(len(agenda) - 1, e_index * len(agenda) // entries_per_session)]
            speaker_party = rng.choice(parties)["id"]
            entry: dict[str, Any] = {"id": f"entry-{entry_number:06d}", "agenda_item": point["id"]}
            if "question" in point:
                entry["question"] = point["question"]
            entry["party"] = speaker_party
            if rng.random() < 0.8:
                entry["person"] = rng.choice(speakers_of[speaker_party])
            entry["kind"] = rng.choices(["statement", "decision", "action", "note"], [80, 6, 4, 10])[0]
            entry["text"] = words.paragraph()
            entry["recorded_at"] = f"{clock.isoformat(timespec='seconds')}{_offset(day)}"
            clock += step
            if rng.random() < 0.4:
                taggings = []
                for tag_id in rng.sample(tag_ids, rng.choices([1, 2, 3], [70, 22, 8])[0]):
                    tagging: dict[str, Any] = {"tag": tag_id}
                    if rng.random() < 0.3:
                        tagging["start"], tagging["end"] = _span(rng, entry["text"])
                    if rng.random() < 0.05:
                        tagging["memo"] = words.sentence()
                    taggings.append(tagging)
                entry["tags"] = taggings
            entries.append(entry)
        session["entries"] = entries
        session_list.append(session)

        for _ in range(rng.randint(1, 3)):
            actions.append({
                "id": f"action-{len(actions) + 1:04d}", "text": words.paragraph(1, 2),
                "owner": rng.choice(OWNERS), "due": (day + dt.timedelta(days=rng.randint(14, 120))).isoformat(),
                "status": rng.choice(["open", "open", "done"]), "session": sid,
                "improvement": rng.choice(improvements),
            })

    return {
        "format": "samverkan-project",
        "version": 1,
        "exported_at": "2025-01-15T10:00:00+01:00",
        "project": {
            "id": f"project-benchmark-{sessions}x{entries_per_session}-seed{seed}",
            "title": "Dialograpport – Central samverkan inför budget 2026 (genererad)",
            "organisation": "Björkviks kommun",
            "body": "Central samverkansgrupp (CSG)",
            "budget_year": 2026,
            "case_number": "KS 2025/0042",
            "commissioned_by": "Kommunstyrelsen",
            "commission": words.paragraph(4, 6),
            "decision_date": "2024-01-08",
            "responsible": "Kommundirektören",
            "secretary": f"{people[2]['name']}",
            "due_date": "2025-06-30",
            "status": "draft",
            "summary": words.paragraph(4, 8),
            "method": words.paragraph(3, 6),
            "conclusions": words.paragraph(4, 8),
        },
        "parties": parties,
        "people": people,
        "mandates": mandates,
        "questions": questions,
        "tags": tags,
        "sessions": session_list,
        "actions": actions,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--entries-per-session", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    parser.add_argument("--compact", action="store_true", help="no indentation")
    args = parser.parse_args(argv)
    document = generate(args.sessions, args.entries_per_session, args.seed)
    text = json.dumps(document, ensure_ascii=False, indent=None if args.compact else 2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
