"""Regenerate the screenshots in docs/screenshots/ from the real app.

Run under a real X server, so that real fonts are drawn (offscreen Qt can hide boxes
where glyphs are missing):

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/make_screenshots.py

Each screen is shown at 1366x768 on the demo project in a temporary library.
``--pseudo`` (or SAMVERKAN_PSEUDO=1) shoots the pseudo-localised UI: every string
stretched by about 40 %, so that clipped labels and buttons show; the files get the
suffix ``-pseudo`` (keep them out of the repository: ``--out /tmp/pseudo``).
``--dark`` starts from the palette of Windows 11's dark mode (``ui.appearance``), as a
laptop set to dark mode does, then sets the app up as it starts: suffix ``-dark``, also to
be kept out of the repository. ``--dark --as-is`` leaves out the app's light scheme, to
see what it guards against.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)


def settle(app: QApplication, ms: int = 150) -> None:
    loop_end = QTimer()
    loop_end.setSingleShot(True)
    loop_end.start(ms)
    while loop_end.isActive():
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--language", default="sv")
    parser.add_argument("--pseudo", action="store_true", help="pseudo-localised strings (also SAMVERKAN_PSEUDO=1)")
    parser.add_argument("--only", help="shoot only the screens whose file name contains this")
    parser.add_argument("--dark", action="store_true", help="start from the palette of Windows' dark mode")
    parser.add_argument("--as-is", action="store_true", help="with --dark: without the app's light scheme")
    options = parser.parse_args()
    pseudo = options.pseudo or os.environ.get("SAMVERKAN_PSEUDO") == "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from samverkan_desktop.app import STYLE
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.services.demo_project import ensure_demo_project
    from samverkan_desktop.storage.library import open_library
    from samverkan_desktop.ui import appearance, i18n
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.context import EditContext
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.models.navigator import Node, Section

    app = QApplication(sys.argv[:1])
    if options.dark:
        app.setPalette(appearance.pseudo_dark_palette())
    if not options.as_is:
        appearance.use_light_scheme(app)  # as the app does at start
    app.setStyleSheet(STYLE)
    root = Path(tempfile.mkdtemp(prefix="samverkan-shots-"))
    paths = DataPaths(root).ensure()
    language = i18n.install(options.language, root / "cache", pseudo=pseudo)
    library = open_library(paths)
    ctx = EditContext(library, language)
    window = MainWindow(ctx, paths, S.Settings(root / "settings.ini"))
    window.resize(*SIZE)
    window.show()
    settle(app, 200)
    options.out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if options.language == "sv" else f"-{options.language}") + ("-pseudo" if pseudo else "") + (
        ("-dark-as-is" if options.as_is else "-dark") if options.dark else "")

    def shoot(name: str, prepare: Callable[[], object] | None = None, widget: QWidget | None = None) -> None:
        if options.only and options.only not in name:
            return
        if prepare is not None:
            prepare()
        settle(app)
        target = widget or window
        path = options.out / f"{name}{suffix}.png"
        target.grab().save(str(path))
        print(path)

    shoot_first_run(app, window, shoot)
    uid = ensure_demo_project(library)
    window.refresh_navigator()
    window.open_project(uid)
    settle(app, 400)
    project_id = window.current_project_id()
    assert project_id is not None

    from samverkan_desktop.services import library_service

    sessions = library_service.list_sessions(library, uid)
    screens: list[tuple[str, Node]] = [
        ("08-uppdrag", Node(Section.DETAILS, project_id)),
        ("09-politiska-uppdrag", Node(Section.MANDATES, project_id)),
        ("10-samtalsguide", Node(Section.QUESTIONS, project_id)),
        ("11-parter-och-personer", Node(Section.PARTIES, project_id)),
        ("12-dialogtillfallen", Node(Section.SESSIONS, project_id)),
    ]
    if sessions:
        screens.append(("13-dialogtillfalle", Node(Section.SESSION, project_id, sessions[0].id)))
    screens.append(("18-teman", Node(Section.TAGS, project_id)))
    screens.append(("24-bedomning", Node(Section.ASSESSMENT, project_id)))
    screens.append(("30-atgarder", Node(Section.ACTIONS, project_id)))
    for name, node in screens:
        shoot(name, lambda n=node: window.select_node(n))
    shoot_review(window, library, sessions, shoot)
    shoot_analysis(window, project_id, shoot)
    shoot_meeting(app, window, library, sessions, shoot)
    shoot_report_writing(window, project_id, shoot)
    shoot_reports(window, uid, sessions, shoot)
    shoot_collaboration(app, window, library, uid, project_id, root, shoot)
    shoot("02-startsida", window.show_welcome)
    shoot_about(window, shoot)
    shoot_user_guide(window, project_id, shoot)
    shoot_survey(app, window, project_id, shoot)
    window.close()
    library.close()
    return 0


def shoot_first_run(app: QApplication, window: object, shoot: Callable) -> None:
    """The first start (an empty library: the start page) and the five pages of the new-project wizard."""
    from samverkan_desktop.ui.project_wizard import ProjectWizard

    shoot("01-forsta-start", window.show_welcome)  # type: ignore[attr-defined]
    wizard = ProjectWizard(window.ctx.library, window.ctx.language, window)  # type: ignore[attr-defined]
    wizard.show()
    settle(app)
    details = wizard.details
    details.title_edit.setText("Dialograpport – central samverkan 2027")
    details.organisation.setText("Ekdala kommun")
    details.body.setText("Central samverkansgrupp (CSG)")
    details.case_number.setText("KS 2026/0311")
    details.commissioned_by.setText("Kommunstyrelsen")
    details.commission.setPlainText("Kommunstyrelsen ger kommundirektören i uppdrag att tillsammans med de "
                                    "fackliga organisationerna följa upp hur samverkansavtalet tillämpas.")
    shoot("03-nytt-projekt-1-uppgifter", widget=wizard)
    wizard.next()
    wizard.mandates.add_row("U1", "Stärk samverkan på arbetsplatsnivå",
                            "Arbetsplatsträffarna ska vara ett forum för dialog.")
    wizard.mandates.add_row("U2", "Tidig dialog inför beslut", "Information enligt 19 § MBL i god tid.")
    shoot("04-nytt-projekt-2-uppdrag", widget=wizard)
    wizard.next()
    shoot("05-nytt-projekt-3-samtalsguide", widget=wizard)
    wizard.next()
    for name in ("Kommunal", "Vision", "Sveriges Lärare", "Vårdförbundet"):
        wizard.parties.set_ticked(name)
    shoot("06-nytt-projekt-4-parter", widget=wizard)
    wizard.next()
    people = wizard.people
    people.table.setRowCount(0)
    for person in (("Karin Lind", "Arbetsgivaren", "Kommundirektör"), ("Ola Berg", "Arbetsgivaren", "HR-chef"),
                   ("Sara Nilsson", "Kommunal", "Huvudskyddsombud"), ("Jonas Ek", "Vision", "Ordförande")):
        people.add_row(*person)
    shoot("07-nytt-projekt-5-personer", widget=wizard)
    wizard.reject()


def shoot_reports(window: object, project_uid: str, sessions: list, shoot: Callable) -> None:
    """The report settings, and the preview of the dialogue report and of a session's minutes."""
    from samverkan_desktop.report.options import ReportOptions
    from samverkan_desktop.services.reports import build_minutes_pdf, build_notice, build_report_pdf
    from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog
    from samverkan_desktop.ui.report.preview import PreviewWindow, WordExport

    dialog = ReportOptionsDialog(window.settings, window, None, False,  # type: ignore[attr-defined]
                                 window.ctx, window.current_project_id())  # type: ignore[attr-defined]
    dialog.show()
    shoot("37-rapportinstallningar", widget=dialog)
    dialog.reject()
    library, language = window.ctx.library, window.ctx.language  # type: ignore[attr-defined]
    documents = [("38-forhandsgranska-rapport", build_report_pdf(library, project_uid, ReportOptions()), 4)]
    if sessions:
        documents.append(("36-forhandsgranska-protokoll", build_minutes_pdf(library, project_uid, sessions[0].uid), 1))
        documents.append(("35-forhandsgranska-kallelse", build_notice(library, project_uid, sessions[0].uid), 0))
    for name, pdf, page in documents:
        word = WordExport(lambda _progress: b"", "dokument.docx")  # the button; nothing is saved here
        preview = PreviewWindow(pdf, "Förhandsgranska", "dokument.pdf", language=language, word=word)
        preview.resize(*SIZE)
        preview.show()
        shoot(name, lambda w=preview, p=page: w.go_to_page(p), widget=preview)
        preview.close()


def shoot_report_writing(window: object, project_id: int, shoot: Callable) -> None:
    """The Rapport place (texts, chosen quotes, names in the entries) and the quote dialog.

    Two statements are chosen as quotes for the first mandate, and a name is typed into an
    entry ("Skyddsombudet Anna Berg"), so that the lists have something to show.
    """
    from sqlalchemy import select

    from samverkan_desktop.domain import models as m
    from samverkan_desktop.services import quotes
    from samverkan_desktop.services.tagging import set_entry_text
    from samverkan_desktop.ui.models.navigator import Node, Section
    from samverkan_desktop.ui.report_writing.quote_dialog import QuoteDialog

    ctx = window.ctx  # type: ignore[attr-defined]
    with ctx.library.sessions() as db:
        rows = db.execute(select(m.Entry.id, m.Entry.text).join(m.Session).where(
            m.Session.project_id == project_id, m.Entry.kind == "statement").order_by(m.Session.date, m.Entry.id)).all()
    mandate = ctx.editor.children("mandate", project_id)[0].id
    named = next((i for i, text in rows if text.startswith("Skyddsombudet var med")), None)
    if named is not None:  # through the tagging service, so that the tagged spans move along
        set_entry_text(ctx.library, named, ctx.editor.get("entry", named)["text"].replace(
            "Skyddsombudet var med", "Skyddsombudet Anna Berg var med", 1))
    for entry_id, _text in rows[3:5]:
        ctx.editor.create("quote", project_id, quotes.quote_values(ctx.library, project_id, entry_id, None,
                                                                   ("mandate", mandate)))
    node = Node(Section.REPORT, project_id)
    window.select_node(node)  # type: ignore[attr-defined]
    view = window.editors[node]  # type: ignore[attr-defined]
    shoot("31-rapport-texter", lambda: view.tabs.setCurrentIndex(0))
    shoot("33-rapport-valda-citat", lambda: view.tabs.setCurrentIndex(1))
    shoot("34-rapport-namn", lambda: view.tabs.setCurrentIndex(2))
    view.tabs.setCurrentIndex(0)
    tagged = next(((v.entry_id, v.id) for v in _spans(ctx.library, project_id)), None)
    if tagged is not None:
        dialog = QuoteDialog(ctx, project_id, tagged[0], tagged[1], ("mandate", mandate), window)  # type: ignore[arg-type]
        dialog.show()
        shoot("32-citera-i-rapporten", widget=dialog)
        dialog.reject()


def _spans(library: object, project_id: int) -> list:
    """The project's taggings of a span, oldest first."""
    from sqlalchemy import select

    from samverkan_desktop.domain import models as m
    from samverkan_desktop.services.tagging import taggings_of_entry

    with library.sessions() as db:  # type: ignore[attr-defined]
        entries = db.scalars(select(m.Tagging.entry_id).join(m.Entry).join(m.Session).where(
            m.Session.project_id == project_id, m.Tagging.start.is_not(None)).order_by(m.Tagging.id)).all()
    return [v for e in dict.fromkeys(entries) for v in taggings_of_entry(library, e) if not v.whole_entry]  # type: ignore[arg-type]


def shoot_about(window: object, shoot: Callable) -> None:
    """The about dialog on the licence of Qt."""
    from samverkan_desktop.ui.about import AboutDialog

    dialog = AboutDialog(window)  # type: ignore[arg-type]
    dialog.show()
    shoot("43-om-programmet", lambda: dialog.show_licence(1), widget=dialog)
    dialog.close()


def shoot_user_guide(window: object, project_id: int, shoot: Callable) -> None:
    """Hjälp > Användarguide opened with F1 on the actions (the chapter of the screen in front)."""
    from samverkan_desktop.ui.models.navigator import Node, Section

    window.select_node(Node(Section.ACTIONS, project_id))  # type: ignore[attr-defined]
    guide = window.show_user_guide()  # type: ignore[attr-defined]
    guide.resize(*SIZE)
    shoot("42-anvandarguide", lambda: guide.show_chapter("Åtgärder"), widget=guide)
    guide.close()


def shoot_analysis(window: object, project_id: int, shoot: Callable) -> None:
    """Analysis: the evidence of the theme with the most passages, then the overview tab."""
    from samverkan_desktop.ui.models.navigator import Node, Section

    node = Node(Section.ANALYSIS, project_id)
    window.select_node(node)  # type: ignore[attr-defined]
    view = window.editors[node]  # type: ignore[attr-defined]
    overview = view.overview.model.overview
    busiest = max(overview.tags, key=lambda t: (overview.totals.get(t.id, 0), -t.depth))
    shoot("22-analys", lambda: view.select_tag(busiest.id))
    shoot("23-oversikt", lambda: view.tabs.setCurrentWidget(view.overview))
    view.tabs.setCurrentWidget(view.evidence)


def shoot_review(window: object, library: object, sessions: list, shoot: Callable) -> None:
    """The session's "Entries and tagging" tab on an entry with a tagged span."""
    from samverkan_desktop.domain.rules import is_read_only
    from samverkan_desktop.services.tagging import taggings_of_session

    for session in sorted(sessions, key=lambda s: (is_read_only(s.status), -s.entries)):
        tagged = taggings_of_session(library, session.id)  # type: ignore[arg-type]
        spans = [e for e, views in tagged.items() if any(v.start is not None for v in views)]
        if spans:
            shoot("21-granskning", lambda e=spans[0]: window.show_entry(e))  # type: ignore[attr-defined]
            return


def shoot_meeting(app: QApplication, window: object, library: object, sessions: list, shoot: Callable) -> None:
    """Meeting mode on the demo's longest held session: normal, with a draft, and full screen;
    the tag palette over it, the F1 overview, and adjusted (locked) minutes."""
    from samverkan_desktop.domain.rules import is_read_only
    from samverkan_desktop.services.tagging import tags_of_project
    from samverkan_desktop.ui.meeting.key_overview import KeyOverview
    from samverkan_desktop.ui.tagging.palette import TagPalette

    held = [s for s in sessions if not is_read_only(s.status)]
    if not held:
        return
    target = max(held, key=lambda s: s.entries)
    meeting = window.open_meeting(target.id)  # type: ignore[attr-defined]
    meeting.resize(*SIZE)
    meeting.showNormal()
    meeting.resize(*SIZE)
    meeting.choose_party(2)
    meeting.step_topic(1)
    meeting.editor.setPlainText("Vision vill att underlaget till budgetdialogen skickas ut två veckor "
                                "före mötet, så att medlemmarna hinner läsa in sig.")
    shoot("14-moteslage", widget=meeting)
    from PySide6.QtCore import QCoreApplication

    entry = " ".join(meeting.session.model.entries[-1].text.split()[:8]) + " …"
    palette = TagPalette(tags_of_project(library, meeting.session.data.project_id), [],  # type: ignore[arg-type]
                         QCoreApplication.translate("Tagging", "Tag the whole entry “%1”").replace("%1", entry),
                         meeting)
    palette.show()
    palette.move(meeting.geometry().center() - palette.rect().center())
    shoot("19-moteslage-koda", widget=_Screen(app))
    palette.filter_edit.setText("arbetsplats")
    shoot("20-moteslage-koda-nytt-tema", widget=_Screen(app))
    palette.close()
    overview = KeyOverview(meeting)
    overview.show()
    shoot("15-moteslage-tangenter", widget=overview)
    overview.close()
    meeting.showFullScreen()
    shoot("16-moteslage-helskarm", widget=meeting)
    meeting.showNormal()
    meeting.editor.clear()
    meeting.close()
    settle(app)
    locked = [s for s in sessions if is_read_only(s.status)]
    if locked:
        adjusted = window.open_meeting(locked[0].id)  # type: ignore[attr-defined]
        adjusted.showNormal()
        adjusted.resize(*SIZE)
        adjusted.session.step_topic(5)
        adjusted.editor.setFocus()
        adjusted.session.refuse_locked()  # what a key typed into locked minutes says
        shoot("17-moteslage-justerat", widget=adjusted)
        adjusted.close()
        settle(app)


class _Screen:
    """The whole screen, for a dialog shown over a window (a window's grab leaves it out)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def grab(self) -> object:
        screen = self.app.primaryScreen()
        return screen.grabWindow(0)


def shoot_collaboration(app: QApplication, window: object, library: object, uid: str, project_id: int, root: Path,
                        shoot: Callable) -> None:
    """Send out two sessions, record on a second library, edit one entry on both sides, receive it back."""
    from PySide6.QtCore import Qt

    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.services import library_service
    from samverkan_desktop.services.archive import read_project_or_archive, write_archive
    from samverkan_desktop.services.editing import Editor
    from samverkan_desktop.services.interchange.importer import import_document
    from samverkan_desktop.services.merge import service
    from samverkan_desktop.services.merge.sendout import send_out
    from samverkan_desktop.services.tagging import set_entry_text
    from samverkan_desktop.storage.library import open_library
    from samverkan_desktop.ui.collaboration.merge_dialog import MergeDialog
    from samverkan_desktop.ui.collaboration.send_out import SendOutDialog
    from samverkan_desktop.ui.models.navigator import Node, Section

    sessions = library_service.sessions_of_project(library, project_id)  # type: ignore[arg-type]
    held = [s for s in sessions if s.status == "held"][:2]
    dialog = SendOutDialog(sessions, window)  # type: ignore[arg-type]
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(Qt.ItemDataRole.UserRole + 1) in {s.uid for s in held}:
            dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.recipient_edit.setText("FSG Barn och utbildning – Karin Ek")
    dialog.show()
    shoot("39-skicka-ut", widget=dialog)
    dialog.close()

    sent = send_out(library, uid, [s.uid for s in held], "FSG Barn och utbildning – Karin Ek",  # type: ignore[arg-type]
                    root / "utskick.samverkan").path
    fsg = open_library(DataPaths(root / "fsg").ensure())
    import_document(fsg, read_project_or_archive(sent))
    first = held[0].uid
    there = library_service.sessions_of_project(fsg, library_service.project_id_for(fsg, uid))
    fsg_session = next(s.id for s in there if s.uid == first)
    editor = Editor(fsg)
    for text in ("Kommunal vill att FSG följer upp arbetsmiljön i fritidshemmen varje termin.",
                 "Sveriges Lärare: planeringstiden räcker inte när grupperna växer."):
        editor.create("entry", fsg_session, {"text": text})
    entry_there = editor.children("entry", fsg_session)[0].id
    set_entry_text(fsg, entry_there, "FSG:s version: förvaltningschefen deltar nu på varje möte, och "
                   "frågorna tas upp innan beslut fattas.")
    entry_here = Editor(library).children("entry", held[0].id)[0].id  # type: ignore[arg-type]
    set_entry_text(library, entry_here, "Central version: förvaltningschefen deltar på varje möte.")  # type: ignore[arg-type]
    back = write_archive(fsg, uid, root / "tillbaka.samverkan")
    fsg.close()
    prepared = service.prepare(library, uid, read_project_or_archive(back))  # type: ignore[arg-type]
    plan = service.plan(prepared)
    merge = MergeDialog(prepared, plan, window)  # type: ignore[arg-type]
    merge.resize(1100, 740)
    merge.show()
    shoot("40-ta-emot", widget=merge)
    merge.radios["both"].click()
    service.apply(library, window.paths, prepared, service.plan(prepared, merge.choices()))  # type: ignore[arg-type, attr-defined]
    merge.close()
    window.reload()  # type: ignore[attr-defined]
    shoot("41-mottaget", lambda: window.select_node(Node(Section.SESSIONS, project_id)))  # type: ignore[attr-defined]
    settle(app)


ANSWERS = {
    0: ["Vi får underlagen för sent, ofta samma vecka som beslutet.", "Bättre i år – CSG har en årsplan.",
        "Facket kommer in när allt redan är bestämt.", "Dialogpunkten för nya utredningar har hjälpt."],
    2: ["APT är mest information från chefen.", "Vi påverkar schemat, men inte mycket mer.",
        "Arbetsplatsträffen ställs ofta in.", "Bra diskussioner om arbetsmiljön på senaste APT."],
}
AREAS = ["Socialförvaltningen", "Utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen"]
HME_ITEMS = ["Mitt arbete känns meningsfullt", "Jag ser fram emot att gå till arbetet",
             "Min närmaste chef visar uppskattning för mina arbetsinsatser",
             "Jag vet vad som förväntas av mig i mitt arbete"]


def survey_file(questions: list[str], seed: int, lift: int) -> bytes:
    """A Microsoft Forms export in Swedish: identity columns first, then the questions, HME items and the
    administration; ``lift`` moves the ratings up or down."""
    import datetime as dt
    import io
    import random

    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ID", "Starttid", "Sluttid", "E-post", "Namn", "Senaste ändringstid", questions[0], questions[2],
                  *HME_ITEMS, "Förvaltning"])
    for number in range(1, 49):
        start = dt.datetime(2026, 3, 2, 8) + dt.timedelta(minutes=37 * number)
        texts = [rng.choice(ANSWERS[i]) if rng.random() < 0.6 else None for i in (0, 2)]
        ratings = [min(5, max(1, round(rng.gauss(3.4, 0.9)) + lift)) for _ in HME_ITEMS]
        sheet.append([number, start, start + dt.timedelta(minutes=6), f"person{number}@ekdala.se",
                      f"Person {number}", None, *texts, *ratings, rng.choice(AREAS)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def shoot_survey(app: QApplication, window: object, project_id: int, shoot: Callable) -> None:
    """Written answers and the previous round: the mapping dialog, the comparison beside the assessment,
    the follow-up of the earlier improvement areas, the survey tab of the analysis and the matching dialog."""
    import copy
    import json

    from samverkan_desktop.services.comparison import comparison
    from samverkan_desktop.services.editing import Editor
    from samverkan_desktop.services.interchange.importer import import_document
    from samverkan_desktop.services.previous_round import link_previous
    from samverkan_desktop.services.survey.columns import automatic, describe
    from samverkan_desktop.services.survey.importing import guide_questions, import_responses
    from samverkan_desktop.services.survey.reading import read_survey_bytes
    from samverkan_desktop.ui.models.navigator import Node, Section
    from samverkan_desktop.ui.survey.import_dialog import ResponsesImportDialog

    library = window.ctx.library  # type: ignore[attr-defined]
    demo = json.loads((Path(__file__).resolve().parents[1] / "resources" / "demo-project.json").read_text("utf-8"))
    old = copy.deepcopy(demo)
    old["project"] = {"id": "project-ekdala-dialograpport-2025", "title": "Dialograpport – samverkan 2025",
                      "organisation": "Ekdala kommun", "due_date": "2025-03-31"}
    for mandate, rating in zip(old["mandates"], ("not_strengthened", "partly", "partly", "not_assessed"), strict=True):
        mandate["assessment"] = {"rating": rating, "motivation": "Förra året bedömdes uppdraget så här: underlaget "
                                 "kom sent och parterna hade olika bild av läget."}
    old["mandates"][2]["title"] = "Delaktighet på arbetsplatserna"  # worded otherwise last year: no match by name
    previous_id = import_document(library, old).project_id
    questions = [text for _id, text in guide_questions(library, project_id)]
    for target, seed, lift in ((previous_id, 3, -1), (project_id, 5, 0)):
        table = read_survey_bytes(survey_file(questions, seed, lift), "Medarbetarenkät.xlsx")
        import_responses(library, target, table, automatic(describe(table, guide_questions(library, target)),
                                                           "Förvaltning"), title="Medarbetarenkät")
    link_previous(library, project_id, previous_id)
    found = comparison(library, project_id)
    assert found is not None
    comments = ["Underlagen skickas nu ut två veckor före CSG; utbildningsförvaltningen har inte kommit i gång.",
                "En gemensam struktur för APT gäller sedan i höstas.", "", "Kartläggningen redovisas i februari."]
    for area, status, comment in zip(found.follow_ups, ("in_progress", "done", "not_started", "in_progress"),
                                     comments, strict=False):
        Editor(library).set("previous_item", area.previous_item_id, status=status, comment=comment or None)
    window.reload()  # type: ignore[attr-defined]
    settle(app, 300)

    table = read_survey_bytes(survey_file(questions, 5, 0), "Medarbetarenkät.xlsx")
    found = describe(table, guide_questions(library, project_id))
    dialog = ResponsesImportDialog(table, found, guide_questions(library, project_id), "Medarbetarenkät.xlsx",
                                   window)  # type: ignore[arg-type]
    dialog.combos[-1].setCurrentIndex(dialog.combos[-1].count() - 1)  # the administration as the group
    dialog.resize(1180, 640)
    dialog.show()
    shoot("25-importera-svar", widget=dialog)
    dialog.reject()
    shoot("28-bedomning-jamforelse", lambda: window.select_node(Node(Section.ASSESSMENT, project_id)))
    shoot("29-uppfoljning", lambda: window.select_node(Node(Section.FOLLOW_UP, project_id)))
    node = Node(Section.ANALYSIS, project_id)
    window.select_node(node)  # type: ignore[attr-defined]
    view = window.editors[node]  # type: ignore[attr-defined]
    shoot("26-enkat", lambda: view.tabs.setCurrentWidget(view.ratings))
    from samverkan_desktop.ui.actions import ActionId

    window.actions_by_id[ActionId.PREVIOUS_ROUND].trigger()  # type: ignore[attr-defined]
    previous = window.previous_dialog  # type: ignore[attr-defined]
    previous.resize(1000, 620)
    shoot("27-foregaende-uppfoljning", widget=previous)
    previous.reject()


if __name__ == "__main__":
    sys.exit(main())
