"""``send-out`` and ``merge``: sessions to another recorder's laptop, and their work back."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan_desktop.cli.arguments import add_project, command
from samverkan_desktop.cli.common import EXIT_OK, Parser, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText

EXIT_CONFLICTS = 3


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "send-out", cmd_send_out, writes=True,
                help="skicka ut dialogtillfällen till en annan sekreterare (projektets ram, tillfällena och "
                     "bara deras personer)")
    add_project(p)
    p.add_argument("--sessions", metavar="ID[,ID…]", required=True, help="dialogtillfällena som skickas ut")
    p.add_argument("--to", metavar="MOTTAGARE", help="vem de skickas till (annars filens namn)")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True,
                   help="filen som skickas till mottagaren (FIL.samverkan)")
    p = command(sub, "merge", cmd_merge, writes=True,
                help="ta emot en tillbakaskickad kopia och sammanfoga den med projektet (efter id)")
    add_project(p)
    p.add_argument("file", metavar="FIL", type=Path, help="kopian som skickats tillbaka")
    p.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, ändra ingenting")
    p.add_argument("--on-conflict", choices=("mine", "theirs", "both"),
                   help="vid konflikt: behåll min version, ta deras, eller behåll båda")
    p.add_argument("--combine-tags", action="store_true",
                   help="slå ihop deras nya koder med mina koder med samma namn")


def cmd_send_out(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.merge.sendout import send_out

    sessions = [s.strip() for s in args.sessions.split(",") if s.strip()]
    library = open_library(paths)
    try:
        result = send_out(library, args.project, sessions, args.to or args.output.stem, args.output)
    finally:
        library.close()
    lang = language()
    print(LocalText(f"Skickade ut {result.sessions} dialogtillfällen med {result.people} personer.",
                    f"Sent out {result.sessions} sessions with {result.people} people.")(lang))
    print(result.path)
    return EXIT_OK


def cmd_merge(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.archive import read_project_or_archive
    from samverkan_desktop.services.merge import describe, service

    lang = language()
    document = read_project_or_archive(args.file)
    library = open_library(paths)
    try:
        prepared = service.prepare(library, args.project, document)
        first = service.plan(prepared, default=args.on_conflict)
        combine = {p.theirs: p.mine for p in first.tag_pairs} if args.combine_tags else None
        plan = service.plan(prepared, default=args.on_conflict, combine=combine) if combine else first
        print(LocalText(f"Från: {prepared.recipient}", f"From: {prepared.recipient}")(lang))
        for line in describe.table(plan, lang):
            print(line)
        for pair in plan.tag_pairs:
            print(LocalText(f'Koden "{pair.name}" ({pair.theirs}) finns redan här ({pair.mine}); den läggs till '
                            "separat, om du inte väljer --combine-tags.",
                            f'The tag "{pair.name}" ({pair.theirs}) already exists here ({pair.mine}); it is added '
                            "separately unless you choose --combine-tags.")(lang))
        for conflict in plan.unresolved:
            for line in describe.conflict_lines(conflict, lang):
                print(line)
        if plan.unresolved or args.dry_run:
            if plan.unresolved:
                count = len(plan.unresolved)
                print(LocalText(f"{count} {'konflikt behöver' if count == 1 else 'konflikter behöver'} ett val "
                                "(--on-conflict mine|theirs|both; ett justerat dialogtillfälle bara mine). "
                                "Ingenting har ändrats.",
                                f"{count} {'conflict needs' if count == 1 else 'conflicts need'} a choice "
                                "(--on-conflict mine|theirs|both; an adjusted session only mine). "
                                "Nothing was changed.")(lang))
            else:
                print(LocalText("Provkörning: ingenting har ändrats.", "Dry run: nothing was changed.")(lang))
            print(describe.summary(plan.totals(), lang))
            return EXIT_CONFLICTS if plan.unresolved else EXIT_OK
        result = service.apply(library, paths, prepared, plan)
    finally:
        library.close()
    if result.backup:
        print(LocalText(f"Säkerhetskopia före sammanfogningen: {result.backup}",
                        f"Backup before the merge: {result.backup}")(lang))
    elif not result.written:
        print(LocalText("Filen är redan mottagen; ingenting har ändrats.",
                        "The file was merged already; nothing was changed.")(lang))
    print(describe.summary(plan.totals(), lang))
    return EXIT_OK
