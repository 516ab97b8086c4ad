"""``erase-person``: a person's name leaves the project, its backups and the logs (GDPR)."""

from __future__ import annotations

import argparse

from samverkan_desktop.cli.arguments import add_project, command
from samverkan_desktop.cli.common import EXIT_OK, Parser, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "erase-person", cmd_erase_person, writes=True, help="radera en persons namn ur ett "
                "projekt, dess säkerhetskopior och loggar (anteckningarna behåller sin part)")
    add_project(p)
    p.add_argument("person", metavar="PERSON", help="personens id i projektet")


def cmd_erase_person(args: argparse.Namespace, paths: DataPaths) -> int:
    """Erase a person's name from a project and the data folder; says first what it removes."""
    from samverkan_desktop.services import erasure

    lang = language()
    library = open_library(paths)
    try:
        person_id = erasure.find_person(library, args.project, args.person)
        plan = erasure.plan_erasure(library, paths, person_id)
        print(LocalText(
            f"Personen tas bort ur projektet. Alla {len(plan.backups)} säkerhetskopior i {paths.root} "
            "tas bort, eftersom de innehåller namnet, och en ny skrivs.",
            f"The person is erased from the project. All {len(plan.backups)} backups in {paths.root} "
            "are removed, since they hold the name, and a new one is written.")(lang))
        result = erasure.erase_person(library, paths, person_id)
    finally:
        library.close()
    print(LocalText(
        f"Klart: {result.entries} anteckningar har inte längre någon person (parten står kvar), "
        f"{result.attendance} närvarorader står kvar som \"{erasure.PLACEHOLDER}\", namnet ersattes "
        f"{result.occurrences} gånger i texterna och {result.adjusted_sessions} justerade protokoll fick en "
        f"anteckning om det. {result.backups_removed} säkerhetskopior togs bort; namnet rensades ur "
        f"{result.logs_scrubbed} loggfiler.",
        f"Done: {result.entries} entries no longer name a person (the party stays), {result.attendance} "
        f"attendance lines remain as \"{erasure.PLACEHOLDER}\", the name was replaced {result.occurrences} "
        f"times in the texts and {result.adjusted_sessions} adjusted minutes got a note of it. "
        f"{result.backups_removed} backups were removed; the name was scrubbed from {result.logs_scrubbed} "
        "log files.")(lang))
    if result.backup is not None:
        print(LocalText(f"Ny säkerhetskopia: {result.backup}", f"New backup: {result.backup}")(lang))
    print(result.person_uid)
    return EXIT_OK
