"""``ortakmasa meeting_tallies --rebuild``: count the meeting lists' totals
and the campaigns' coverage again from the meetings (after a bulk load that
bypassed the upkeep, or to check it with ``--check``)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.meetings import tallies


class Command(BaseCommand):
    help = "Rebuild (or check) the meeting figures kept on write."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="Count everything again.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Compare the kept figures with a rebuild, inside a transaction rolled back.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            differences = tallies.check()
            if differences:
                raise CommandError(f"The kept meeting figures differ from a rebuild: {differences}")
            self.stdout.write("The kept meeting figures equal a rebuild.")
            return
        if not options["rebuild"]:
            raise CommandError("Say --rebuild or --check.")
        started = time.perf_counter()
        done = tallies.rebuild()
        self.stdout.write(
            f"Rebuilt: {done['meetings']} meetings under {done['keys']} totals, "
            f"{done['campaigns']} campaigns, {time.perf_counter() - started:.1f} s."
        )
