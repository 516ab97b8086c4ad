"""The minutes (protokoll) of one session, in the form Swedish collaboration groups use.

Heading with organisation, body, protocol number, date, time and place; attendance per
party with roles; the numbered paragraphs (§) with item type, what was said (attributed
to parties), the outcome and the parties' protokollsanteckningar; the justering block
with signature lines. Unadjusted minutes carry an "Utkast" watermark.

``minutes_story`` is also used by the dialogue report for its minutes appendix, where
people are named only when the user turned names on (otherwise attendance is counted
per party and role).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from samverkan_desktop.report.data import Attendee, MinutesData, MinutesEntry, MinutesItem
from samverkan_desktop.report.document import (
    ACCENT,
    SHADE,
    TEXT_WIDTH,
    Metadata,
    PageDecor,
    heading,
    markup,
    para,
    render,
    styles,
    table,
)
from samverkan_desktop.report.fonts import draws_all
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
from samverkan_desktop.report.lead import lead_paragraph
from samverkan_desktop.report.options import Progress
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.report.text import escape, one_line

SIGNATURE_ROLES = ("Vid protokollet", "Ordförande", "Justeras", "Justeras")


@collector_paused
def build_minutes(data: MinutesData, progress: Progress | None = None) -> bytes:
    """The standalone minutes of a session as PDF bytes (names the people present, as minutes must)."""
    story = [*_masthead(data), *minutes_story(data, names=True, level=0, key="m")]
    organisation = " · ".join(one_line(x) for x in (data.organisation, data.body) if x)
    header = " – ".join(x for x in (organisation, f"Protokoll {swedish_date(data.date)}", one_line(data.title)) if x)
    footer = "Justerat protokoll" if data.adjusted else "Utkast – protokollet är inte justerat"
    metadata = Metadata(
        title=f"Protokoll {one_line(data.title)} {swedish_date(data.date)}".strip(),
        author=organisation or one_line(data.project_title),
        subject=f"Protokoll, {one_line(data.project_title)}",
        keywords=tuple(k for k in ("protokoll", "samverkan", one_line(data.body), one_line(data.case_number)) if k),
        created=data.created)
    return render(story, PageDecor(header, footer, draft=not data.adjusted), metadata, progress)


def _masthead(data: MinutesData) -> list[Any]:
    left = "<br/>".join(x for x in (f"<b>{escape(data.organisation)}</b>" if data.organisation else "",
                                    escape(data.body)) if x)
    right = "<b>PROTOKOLL</b>"
    if data.protocol_number:
        right += f"<br/>Nr {escape(data.protocol_number)}"
    if data.case_number:
        right += f"<br/>Dnr {escape(data.case_number)}"
    head = table([[markup(left or "&nbsp;", "lead"), markup(right, "lead_right")]],
                 [TEXT_WIDTH * 0.62, TEXT_WIDTH * 0.38], header=False, zebra=False)
    head.setStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT), ("LEFTPADDING", (0, 0), (0, 0), 0),
                   ("RIGHTPADDING", (1, 0), (1, 0), 0)])
    return [head, Spacer(1, 5 * mm)]


def minutes_story(data: MinutesData, names: bool, level: int, key: str) -> list[Any]:
    """The minutes as flowables; headings at ``level`` (outline) with bookmark keys under ``key``."""
    title = one_line(data.title) or "Protokoll"
    story: list[Any] = [heading(title, level, f"{key}-title", style="h1" if level == 0 else "h2")]
    details = [("Datum", swedish_date(data.date)), ("Tid", time_range(data.start, data.end)),
               ("Plats", data.location or ""), ("Typ av möte", label(SESSION_KINDS, data.kind)),
               ("Projekt", data.project_title if level == 0 else "")]
    rows = [[markup(f"<b>{name}</b>", "cell"), para(value, "cell")] for name, value in details if value]
    if rows:
        story += [table(rows, [32 * mm, TEXT_WIDTH - 32 * mm], header=False, zebra=False), Spacer(1, 3 * mm)]
    story += _attendance(data, names, level + 1, key)
    for index, item in enumerate(data.items, start=1):
        story += _item(item, level + 1, f"{key}-p{index}")
    if data.other_entries:
        story.append(heading("Övriga anteckningar", level + 1, f"{key}-other", style="h3"))
        story += [_entry(e) for e in data.other_entries]
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


def _person(person: Attendee) -> str:
    text = f"<b>{escape(person.name)}</b>" if person.name else "–"
    if person.title:
        text += f", {escape(person.title)}"
    return text


def _roles_counted(people: list[Attendee]) -> str:
    counts: dict[str, int] = {}
    for person in people:
        role = label(ATTENDANCE_ROLES, person.role or "participant")
        counts[role] = counts.get(role, 0) + 1
    return ", ".join(f"{n} {role}" if n > 1 or role == "deltagare" else role for role, n in counts.items())


def _attendance(data: MinutesData, names: bool, level: int, key: str) -> list[Any]:
    story: list[Any] = []
    for present, caption in ((True, "Närvarande"), (False, "Frånvarande")):
        groups = _party_groups(data, present)
        if not groups:
            continue
        shading: list[tuple[Any, ...]] = []
        if names:
            rows: list[list[Any]] = [[markup("Part", "cell_head"), markup("Namn", "cell_head"),
                                      markup("Roll", "cell_head")]]
            for number, (party, people) in enumerate(groups):
                first = len(rows)
                for index, person in enumerate(people):
                    rows.append([para(party if index == 0 else "", "cell_bold"), markup(_person(person), "cell"),
                                 para(label(ATTENDANCE_ROLES, person.role) if present else "", "cell")])
                # one party, one band: the rule and the shading follow the parties, not the rows
                band = SHADE if number % 2 else colors.white
                shading.append(("BACKGROUND", (0, first), (-1, len(rows) - 1), band))
                shading.append(("LINEBELOW", (0, first), (-1, len(rows) - 2), 0.5, band))
            widths = [48 * mm, TEXT_WIDTH - 48 * mm - 32 * mm, 32 * mm]
        else:
            rows = [[markup("Part", "cell_head"), markup("Antal och roller", "cell_head")]]
            rows += [[para(party, "cell_bold"), para(count_phrase(len(people), "person", "personer")
                                                     + (f": {_roles_counted(people)}" if present else ""), "cell")]
                     for party, people in groups]
            widths = [60 * mm, TEXT_WIDTH - 60 * mm]
        grid = table(rows, widths, zebra=not shading)
        if shading:
            grid.setStyle(shading)
        story += [heading(caption, level, f"{key}-{'present' if present else 'absent'}", style="h3"),
                  grid, Spacer(1, 2 * mm)]
    return story


def _entry(entry: MinutesEntry) -> Any:
    """An entry led by its party (and "Beslut"/"Åtgärd") in bold.

    The lead is drawn as the paragraph's bullet, so that the entry's text stays one plain
    fragment: ReportLab lays out a paragraph with inline bold markup about three times
    slower, and the entries are most of a long report's pages. A lead too wide for that
    (a very long party name), or one with a letter the bold face lacks, is written inline
    instead, where such a letter prints in the regular face (``fonts.with_fallback``).
    """
    kind = ENTRY_KINDS.get(entry.kind or "", "") if entry.kind in ("decision", "action") else ""
    lead = " – ".join(x for x in (one_line(entry.party), kind) if x)
    if not lead:
        return para(entry.text, "statement")
    style = styles()["statement_lead"]
    if stringWidth(lead, style.bulletFontName, style.bulletFontSize) > TEXT_WIDTH / 2 \
            or not draws_all(style.bulletFontName, lead):
        return markup(f"<b>{escape(lead)}:</b> {escape(entry.text)}", "statement")
    return lead_paragraph(entry.text, "statement_lead", f"{lead}:")


def _item(item: MinutesItem, level: int, key: str) -> list[Any]:
    title = heading(f"§ {item.number} {one_line(item.title)}", level, key, style="h3")
    meta = [f"Ärendetyp: {escape(label(ITEM_TYPES, item.item_type))}" if item.item_type else "",
            f"Central fråga: {escape(one_line(item.question))}" if item.question else ""]
    head: list[Any] = [title]
    if any(meta):
        head.append(markup(" · ".join(x for x in meta if x), "small"))
    entries = [_entry(e) for e in item.entries]
    story: list[Any] = [CondPageBreak(28 * mm), KeepTogether([*head, *entries[:1]]), *entries[1:]]
    sentence = outcome_sentence(item.outcome, item.item_type)
    if sentence:
        story.append(markup(f"<b>{sentence}</b>", "body"))
    for note in item.notes:
        story.append(markup(f"<b>Protokollsanteckning från {escape(note.party)}:</b>", "label"))
        story.append(para(note.text, "quote"))
    if not item.entries and not sentence and not item.notes:
        story.append(markup("<i>Inga anteckningar.</i>", "small"))
    return story


def _signature(role: str, name: str | None, names: bool) -> Any:
    line = "_" * 34
    who = escape(name) if names and name else "&nbsp;"
    return markup(f"<b>{role}</b><br/><br/><br/>{line}<br/>{who}", "cell")


def _adjustment(data: MinutesData, names: bool, level: int, key: str) -> list[Any]:
    adjusters = list(data.adjusters) or [None]
    people = [("Vid protokollet", data.secretary), ("Ordförande", data.chair)]
    people += [("Justeras", name) for name in adjusters]
    cells = [_signature(role, name, names) for role, name in people]
    if len(cells) % 2:
        cells.append(markup("&nbsp;", "cell"))
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    grid = table(rows, [TEXT_WIDTH / 2, TEXT_WIDTH / 2], header=False, zebra=False)
    grid.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0, "#ffffff"), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)])
    status = (f"Protokollet justerades {swedish_date(data.adjusted_at)}." if data.adjusted and data.adjusted_at
              else "Protokollet är justerat." if data.adjusted else "Utkast – protokollet är ännu inte justerat.")
    return [Spacer(1, 6 * mm), KeepTogether([heading("Justering", level, f"{key}-adjust", style="h3"),
                                                 markup(status, "small"), grid])]
