"""The minutes (protokoll) of one session, in the form Swedish collaboration groups use.

Heading with organisation, body, protocol number, date, time and place; attendance per
party with roles; the numbered paragraphs (§) with item type, what was said (attributed
to parties), the outcome and the parties' protokollsanteckningar; the justering block
with signature lines. Unadjusted minutes carry an "Utkast" watermark.

``minutes_content`` builds them as neutral content (``report.content``) for the PDF and
Word renderers. ``minutes_body`` is also used by the dialogue report for its minutes
appendix, where people are named only when the user turned names on (otherwise
attendance is counted per party and role).
"""

from __future__ import annotations

from samverkan_desktop.report.content import (
    TEXT_WIDTH_MM,
    Cell,
    DocInfo,
    Document,
    Furniture,
    Gap,
    Heading,
    Inline,
    Keep,
    Led,
    NeedSpace,
    Node,
    Para,
    Span,
    Table,
    bold,
    italic,
    plain,
)
from samverkan_desktop.report.data import Attendee, MinutesData, MinutesEntry, MinutesItem
from samverkan_desktop.report.labels import (
    ATTENDANCE_ROLES,
    ENTRY_KINDS,
    ITEM_TYPES,
    NO_PARTY,
    SESSION_KINDS,
    count_phrase,
    label,
    outcome_sentence,
    swedish_date,
    time_range,
)
from samverkan_desktop.report.options import Progress
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.report.text import one_line

SIGNATURE_ROLES = ("Vid protokollet", "Ordförande", "Justeras", "Justeras")
NBSP = "\u00a0"


@collector_paused
def build_minutes(data: MinutesData, progress: Progress | None = None) -> bytes:
    """The standalone minutes of a session as PDF bytes (names the people present, as minutes must)."""
    from samverkan_desktop.report.pdf import render_pdf

    return render_pdf(minutes_content(data), progress)


def minutes_content(data: MinutesData) -> Document:
    """The standalone minutes as neutral content, for any renderer."""
    organisation = " · ".join(one_line(x) for x in (data.organisation, data.body) if x)
    header = " – ".join(x for x in (organisation, f"Protokoll {swedish_date(data.date)}", one_line(data.title)) if x)
    footer = "Justerat protokoll" if data.adjusted else "Utkast – protokollet är inte justerat"
    info = DocInfo(
        title=f"Protokoll {one_line(data.title)} {swedish_date(data.date)}".strip(),
        author=organisation or one_line(data.project_title),
        subject=f"Protokoll, {one_line(data.project_title)}",
        keywords=tuple(k for k in ("protokoll", "samverkan", one_line(data.body), one_line(data.case_number)) if k),
        created=data.created)
    nodes = [*_masthead(data), *minutes_body(data, names=True, level=0, key="m")]
    return Document(info, Furniture(header, footer, draft=not data.adjusted), tuple(nodes))


def masthead(organisation: str | None, body: str | None, kind: str, lines: list[str]) -> list[Node]:
    """The document's head: organisation and body on the left, its kind and numbers on the right."""
    left: list[Span] = []
    if organisation:
        left.append(Span(organisation, bold=True))
    if body:
        left.append(Span(("\n" if left else "") + body))
    right = (Span(kind, bold=True), *(Span("\n" + line) for line in lines))
    head = Table(((Cell(tuple(left) or plain(NBSP), "lead"), Cell(right, "lead_right")),),
                 (TEXT_WIDTH_MM * 0.62, TEXT_WIDTH_MM * 0.38), header=False, zebra=False, look="masthead")
    return [head, Gap(5)]


def _masthead(data: MinutesData) -> list[Node]:
    lines = [f"Nr {data.protocol_number}" if data.protocol_number else "",
             f"Dnr {data.case_number}" if data.case_number else ""]
    return masthead(data.organisation, data.body, "PROTOKOLL", [line for line in lines if line])


def minutes_body(data: MinutesData, names: bool, level: int, key: str) -> list[Node]:
    """The minutes as content; headings at ``level`` (outline) with bookmark keys under ``key``."""
    title = one_line(data.title) or "Protokoll"
    story: list[Node] = [Heading(title, level, f"{key}-title", rank=1 if level == 0 else 2)]
    details = [("Datum", swedish_date(data.date)), ("Tid", time_range(data.start, data.end)),
               ("Plats", data.location or ""), ("Typ av möte", label(SESSION_KINDS, data.kind)),
               ("Projekt", data.project_title if level == 0 else "")]
    rows = tuple((Cell(bold(name)), Cell(plain(value))) for name, value in details if value)
    if rows:
        story += [Table(rows, (32, None), header=False, zebra=False), Gap(3)]
    story += _attendance(data, names, level + 1, key)
    for index, item in enumerate(data.items, start=1):
        story += _item(item, level + 1, f"{key}-p{index}")
    for index, group in enumerate(data.question_entries, start=1):
        number = f" {group.number}" if group.number is not None else ""
        title = f"Central fråga{number}: {one_line(group.question)}"
        head: list[Node] = [Heading(title, level + 1, f"{key}-q{index}", rank=3)]
        if data.items:  # a talk that follows the question guide without an agenda needs no such note
            head.append(Para(plain("Frågan fanns inte på dagordningen."), "small"))
        entries = _entries(group.entries)
        story += [NeedSpace(28), Keep((*head, *entries[:1])), *entries[1:]]
    if data.other_entries:
        story.append(Heading("Övriga anteckningar", level + 1, f"{key}-other", rank=3))
        story += _entries(data.other_entries)
    story += _adjustment(data, names, level + 1, key)
    return story


def _party_groups(data: MinutesData, present: bool) -> list[tuple[str, list[Attendee]]]:
    groups: dict[str, list[Attendee]] = {}
    for person in data.attendees:
        if person.present == present:
            groups.setdefault(person.party or NO_PARTY, []).append(person)
    order = [*data.parties, NO_PARTY]
    known = [p for p in order if p in groups] + [p for p in groups if p not in order]
    return [(party, groups[party]) for party in known]


def _person(person: Attendee) -> Inline:
    name = Span(person.name, bold=True) if person.name else Span("–")
    return (name, Span(f", {person.title}")) if person.title else (name,)


def _roles_counted(people: list[Attendee]) -> str:
    counts: dict[str, int] = {}
    for person in people:
        role = label(ATTENDANCE_ROLES, person.role or "participant")
        counts[role] = counts.get(role, 0) + 1
    if len(people) == 1:  # "1 person: deltagare" as "1 person: ordförande", not "1 person: 1 deltagare"
        return next(iter(counts))
    return ", ".join(f"{n} {role}" if n > 1 or role == "deltagare" else role for role, n in counts.items())


def _attendance(data: MinutesData, names: bool, level: int, key: str) -> list[Node]:
    story: list[Node] = []
    for present, caption in ((True, "Närvarande"), (False, "Frånvarande")):
        groups = _party_groups(data, present)
        if not groups:
            continue
        if names:
            rows: list[tuple[Cell, ...]] = [(Cell(plain("Part")), Cell(plain("Namn")), Cell(plain("Roll")))]
            for party, people in groups:
                for index, person in enumerate(people):
                    rows.append((Cell(plain(party if index == 0 else ""), "cell_bold"), Cell(_person(person)),
                                 Cell(plain(label(ATTENDANCE_ROLES, person.role) if present else ""))))
            # one party, one band: the shading follows the parties, not the rows
            grid = Table(tuple(rows), (48, None, 32), zebra=False, bands=tuple(len(p) for _party, p in groups))
        else:
            rows = [(Cell(plain("Part")), Cell(plain("Antal och roller")))]
            rows += [(Cell(plain(party), "cell_bold"),
                      Cell(plain(count_phrase(len(people), "person", "personer")
                                 + (f": {_roles_counted(people)}" if present else ""))))
                     for party, people in groups]
            grid = Table(tuple(rows), (60, None))
        story += [Heading(caption, level, f"{key}-{'present' if present else 'absent'}", rank=3), grid, Gap(2)]
    return story


#: kinds whose entries are labelled; a note is labelled too right after one of them, so that it
#: does not read as part of the decision or action
_LABELLED = ("decision", "action")


def _entries(entries: tuple[MinutesEntry, ...]) -> list[Node]:
    """Entries led by their party (and "Beslut", "Åtgärd", "Anteckning" after those) in bold."""
    nodes: list[Node] = []
    previous: str | None = None
    for entry in entries:
        labelled = entry.kind in _LABELLED or (entry.kind == "note" and previous in _LABELLED)
        kind = ENTRY_KINDS.get(entry.kind or "", "") if labelled else ""
        lead = " – ".join(x for x in (one_line(entry.party), kind) if x)
        nodes.append(Led(lead, entry.text) if lead else Para(plain(entry.text), "statement"))
        previous = entry.kind
    return nodes


def _item(item: MinutesItem, level: int, key: str) -> list[Node]:
    meta = [f"Ärendetyp: {label(ITEM_TYPES, item.item_type)}" if item.item_type else "",
            f"Central fråga: {one_line(item.question)}" if item.question else ""]
    head: list[Node] = [Heading(f"§ {item.number} {one_line(item.title)}", level, key, rank=3)]
    if any(meta):
        head.append(Para(plain(" · ".join(x for x in meta if x)), "small"))
    entries = _entries(item.entries)
    story: list[Node] = [NeedSpace(28), Keep((*head, *entries[:1])), *entries[1:]]
    sentence = outcome_sentence(item.outcome, item.item_type)
    if sentence:
        story.append(Para(bold(sentence)))
    for note in item.notes:
        story.append(Para(bold(f"Protokollsanteckning från {note.party}:"), "label"))
        story.append(Para(plain(note.text), "quote"))
    if not item.entries and not sentence and not item.notes:
        story.append(Para(italic("Inga anteckningar."), "small"))
    return story


def _signature(role: str, name: str | None, names: bool) -> Cell:
    who = name if names and name else NBSP
    return Cell((Span(role, bold=True), Span(f"\n\n\n{'_' * 34}\n{who}")))


def _adjustment(data: MinutesData, names: bool, level: int, key: str) -> list[Node]:
    adjusters = list(data.adjusters) or [None]
    people = [("Vid protokollet", data.secretary), ("Ordförande", data.chair)]
    people += [("Justeras", name) for name in adjusters]
    cells = [_signature(role, name, names) for role, name in people]
    if len(cells) % 2:
        cells.append(Cell(plain(NBSP)))
    grid = Table(tuple(tuple(cells[i:i + 2]) for i in range(0, len(cells), 2)), (None, None), header=False,
                 zebra=False, look="signatures")
    status = (f"Protokollet justerades {swedish_date(data.adjusted_at)}." if data.adjusted and data.adjusted_at
              else "Protokollet är justerat." if data.adjusted else "Utkast – protokollet är ännu inte justerat.")
    return [Gap(6), Keep((Heading("Justering", level, f"{key}-adjust", rank=3), Para(plain(status), "small"),
                          grid))]
