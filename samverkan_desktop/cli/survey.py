"""``import-responses`` and ``link-previous``: employees' written answers, and the previous round.

``import-responses`` reads a survey export (.xlsx or CSV), drops the identity columns,
maps the columns automatically (a header that is a question of the guide answers it; whole
numbers 1-5 are a rating item; ``--group`` names the column that groups the answers) and
writes a session of written answers; its last line is the new session's id.
``link-previous`` links a project to an earlier one in the library and matches their
mandates, questions and tags by name; its last line is the earlier project's id.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan_desktop.cli.arguments import add_project, command
from samverkan_desktop.cli.common import EXIT_OK, Parser, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.labels import count_phrase
from samverkan_desktop.services.errors import LocalText


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "import-responses", cmd_import_responses, writes=True,
                help="importera medarbetarnas skriftliga svar ur en enkätexport (.xlsx eller CSV); "
                     "identitetskolumner tas bort och sparas aldrig")
    add_project(p)
    p.add_argument("file", metavar="FIL", type=Path, help="enkätexporten (.xlsx eller .csv)")
    p.add_argument("--title", metavar="RUBRIK", help="rubriken för de skriftliga svaren")
    p.add_argument("--group", metavar="KOLUMN", help="kolumnen som grupperar svaren (t.ex. förvaltning)")
    p = command(sub, "link-previous", cmd_link_previous, writes=True,
                help="koppla ett projekt till föregående uppföljning (ett tidigare projekt i biblioteket)")
    add_project(p)
    p.add_argument("previous", metavar="FÖREGÅENDE", help="det tidigare projektets id")


def cmd_import_responses(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.errors import ImportRefused
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.survey.columns import Use, automatic, describe
    from samverkan_desktop.services.survey.importing import guide_questions, import_responses
    from samverkan_desktop.services.survey.reading import normalise, read_survey
    from samverkan_desktop.services.survey.results import rating_results

    lang = language()
    table = read_survey(args.file)
    library = open_library(paths)
    try:
        project_id = project_id_for(library, args.project)
        columns = describe(table, guide_questions(library, project_id))
        if args.group is not None and normalise(args.group) not in {normalise(c.header) for c in columns}:
            raise ImportRefused(LocalText(f"Filen har ingen kolumn som heter ”{args.group}”.",
                                          f"The file has no column called “{args.group}”."))
        mapping = automatic(columns, args.group)
        result = import_responses(library, project_id, table, mapping, title=args.title)
        hme_items = sum(1 for r in rating_results(library, project_id) if r.session_id == result.session_id and r.hme)
    finally:
        library.close()
    left_out = [table.headers[i] for i, choice in sorted(mapping.items()) if choice.use is Use.SKIP]
    print(LocalText(
        f"Importerade {count_phrase(result.answers, 'skriftligt svar', 'skriftliga svar')} från "
        f"{result.respondents} svarande och {count_phrase(result.rating_items, 'skattning', 'skattningar')} "
        f"({count_phrase(hme_items, 'HME-fråga', 'HME-frågor')}) till ”{result.title}”.",
        f"Imported {count_phrase(result.answers, 'written answer', 'written answers')} from "
        f"{count_phrase(result.respondents, 'respondent', 'respondents')} and "
        f"{count_phrase(result.rating_items, 'rating item', 'rating items')} "
        f"({count_phrase(hme_items, 'HME item', 'HME items')}) into “{result.title}”.")(lang))
    if result.dropped:
        print(LocalText("Identitetskolumner som togs bort och aldrig sparades: ",
                        "Identity columns removed and never stored: ")(lang) + ", ".join(result.dropped))
    if left_out:
        print(LocalText("Kolumner som inte motsvarar någon fråga och lämnades utanför: ",
                        "Columns that match no question and were left out: ")(lang) + ", ".join(left_out))
    print(result.session_uid)
    return EXIT_OK


def cmd_link_previous(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.comparison import previous_items
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.previous_round import link_previous

    lang = language()
    library = open_library(paths)
    try:
        project_id = project_id_for(library, args.project)
        result = link_previous(library, project_id, project_id_for(library, args.previous))
        unmatched = [item for item in previous_items(library, project_id) if item.match_id is None]
    finally:
        library.close()
    print(LocalText(
        f"Kopplade till föregående uppföljning ”{result.previous_title}”: "
        f"{count_phrase(result.mandates, 'politiskt uppdrag', 'politiska uppdrag')}, "
        f"{count_phrase(result.questions, 'fråga', 'frågor')}, {count_phrase(result.tags, 'tagg', 'taggar')} och "
        f"{count_phrase(result.rating_items, 'skattning', 'skattningar')}. "
        f"{result.matched} av {result.matched + result.unmatched} matchades på namn.",
        f"Linked to the previous round “{result.previous_title}”: {result.mandates} mandates, "
        f"{result.questions} questions, {result.tags} tags and {result.rating_items} rating items. "
        f"{result.matched} of {result.matched + result.unmatched} were matched by name.")(lang))
    kinds = {"mandate": LocalText("uppdrag", "mandate"), "question": LocalText("fråga", "question"),
             "tag": LocalText("tagg", "tag")}
    for item in unmatched:
        print(LocalText("Utan motsvarighet: ", "Not matched: ")(lang) + f"{kinds[item.kind](lang)} ”{item.title}”")
    print(result.previous_uid)
    return EXIT_OK
