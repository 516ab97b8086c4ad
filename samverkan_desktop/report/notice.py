"""The notice of a planned session (kallelse och dagordning): what the secretary sends before the meeting.

Masthead (organisation, body; KALLELSE, case number), the session's title, date, time,
place and kind, one sentence calling the parties, the numbered agenda (§, title, item type,
linked central question) as a table, who is called per party with their meeting role,
and where to report absence. Built as neutral content (``report.content``) for the PDF
and Word renderers. A notice names the people called: it is sent to them.
"""

from __future__ import annotations

from samverkan_desktop.report.content import (
    Cell,
    DocInfo,
    Document,
    Furniture,
    Gap,
    Heading,
    Keep,
    Node,
    Para,
    Table,
    bold,
    italic,
    plain,
)
from samverkan_desktop.report.data import NoticeData
from samverkan_desktop.report.labels import (
    ATTENDANCE_ROLES,
    ITEM_TYPES,
    NO_PARTY,
    SESSION_KINDS,
    label,
    swedish_date,
    time_range,
)
from samverkan_desktop.report.minutes import masthead
from samverkan_desktop.report.options import Progress
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.report.text import one_line


@collector_paused
def build_notice(data: NoticeData, progress: Progress | None = None) -> bytes:
    """The notice as PDF bytes."""
    from samverkan_desktop.report.pdf import render_pdf

    return render_pdf(notice_content(data), progress)


def notice_content(data: NoticeData) -> Document:
    organisation = " · ".join(one_line(x) for x in (data.organisation, data.body) if x)
    when = swedish_date(data.date)
    header = " – ".join(x for x in (organisation, f"Kallelse {when}", one_line(data.title)) if x)
    info = DocInfo(
        title=f"Kallelse {one_line(data.title)} {when}".strip(),
        author=organisation or one_line(data.project_title),
        subject=f"Kallelse och dagordning, {one_line(data.project_title)}",
        keywords=tuple(k for k in ("kallelse", "dagordning", "samverkan", one_line(data.body),
                                   one_line(data.case_number)) if k),
        created=data.created)
    lines = [f"Dnr {data.case_number}"] if data.case_number else []
    nodes: list[Node] = [*masthead(data.organisation, data.body, "KALLELSE", lines),
                         Heading(one_line(data.title) or "Kallelse", 0, "n-title"),
                         *_details(data), *_agenda(data), *_called(data), *_absence(data)]
    return Document(info, Furniture(header, "Kallelse och dagordning", draft=False), tuple(nodes))


#: what the notice calls people to, by session kind (else "sammanträde")
GATHERINGS = {"workplace": "arbetsplatsträff", "focus_group": "samtal i fokusgrupp", "other": "möte"}


def _details(data: NoticeData) -> list[Node]:
    time = time_range(data.start, data.end)
    facts = [("Datum", swedish_date(data.date)), ("Tid", time), ("Plats", data.location or ""),
             ("Typ av möte", label(SESSION_KINDS, data.kind)), ("Projekt", data.project_title)]
    rows = tuple((Cell(bold(name)), Cell(plain(value)))
                 for name, value in facts if value)
    # the members of the collaboration body are called to its own meetings only: an APT or a focus group
    # is not a meeting of the CSG
    own = data.kind in (None, "csg") and data.body
    who = f"Ledamöterna i {one_line(data.body)}" if own else "Nedanstående" if data.called else "Parterna"
    what = GATHERINGS.get(data.kind or "", "sammanträde")
    where = f" i {one_line(data.location)}" if data.location else ""
    sentence = f"{who} kallas till {what} den {swedish_date(data.date)}{', ' + time if time else ''}{where}."
    return [Table(rows, (32, None), header=False, zebra=False), Gap(3), Para(plain(sentence))]


def _agenda(data: NoticeData) -> list[Node]:
    head = Heading("Dagordning", 1, "n-agenda")
    if not data.items:
        return [head, Para(italic("Dagordningen är inte upprättad ännu."), "small")]
    rows = [(Cell(plain(f"§ {item.number}")), Cell(plain(item.title), "cell_bold"),
             Cell(plain(label(ITEM_TYPES, item.item_type))), Cell(plain(item.question)))
            for item in data.items]
    table = Table((tuple(Cell(plain(h)) for h in ("§", "Ärende", "Ärendetyp", "Central fråga")), *rows),
                  (13, None, 38, 52))
    return [Keep((head, table))] if len(rows) <= 12 else [head, table]


def _called(data: NoticeData) -> list[Node]:
    head = Heading("Kallade", 1, "n-called")
    groups: dict[str, list[tuple[str, str]]] = {}
    for person in data.called:
        name = one_line(person.name) or "–"
        name += f", {one_line(person.title)}" if person.title else ""
        role = label(ATTENDANCE_ROLES, person.role) if person.role and person.role != "participant" else ""
        groups.setdefault(person.party or NO_PARTY, []).append((name, role))
    if not groups:
        return [head, Para(italic("Ingen är kallad ännu: lägg till deltagare under Närvaro."), "small")]
    order = [*data.parties, NO_PARTY]
    parties = [p for p in order if p in groups] + [p for p in groups if p not in order]
    rows: list[tuple[Cell, ...]] = [(Cell(plain("Part")), Cell(plain("Namn")), Cell(plain("Roll")))]
    for party in parties:
        for index, (name, role) in enumerate(groups[party]):
            rows.append((Cell(plain(party if index == 0 else ""), "cell_bold"), Cell(plain(name)),
                         Cell(plain(role))))
    table = Table(tuple(rows), (48, None, 32), zebra=False, bands=tuple(len(groups[p]) for p in parties))
    return [Gap(2), Keep((head, table))] if len(rows) <= 16 else [Gap(2), head, table]


def _absence(data: NoticeData) -> list[Node]:
    to = f"{one_line(data.secretary)}, sekreterare" if data.secretary else "sekreteraren"
    return [Gap(4), Para(plain(f"Förhinder anmäls till {to}."))]
