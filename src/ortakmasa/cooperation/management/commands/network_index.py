"""``ortakmasa network_index --rebuild``: count the cooperation network's
pairs, weights and totals again from the meetings, cooperations and projects
(after a bulk load that bypassed the upkeep, or to check it with
``--check``)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.cooperation import network_index


class Command(BaseCommand):
    help = "Rebuild (or check) the cooperation network kept on write."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="Count everything again.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Compare the stored network with a rebuild, inside a transaction rolled back.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            differences = network_index.check()
            if differences:
                raise CommandError(f"The stored network differs from a rebuild: {differences}")
            self.stdout.write("The stored network equals a rebuild.")
            return
        if not options["rebuild"]:
            raise CommandError("Say --rebuild or --check.")
        started = time.perf_counter()
        done = network_index.rebuild()
        self.stdout.write(
            f"Rebuilt: {done['pairs']} pairs in {done['views']} views, "
            f"{time.perf_counter() - started:.1f} s."
        )
