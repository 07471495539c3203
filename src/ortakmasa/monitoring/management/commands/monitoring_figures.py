"""``ortakmasa monitoring_figures --rebuild``: compute every plan's yearly
achievement figures again (after a bulk load that bypassed the upkeep, or
after the migration that added them), or compare them with ``--check``."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.monitoring import yearly


class Command(BaseCommand):
    help = "Rebuild (or check) the plans' yearly achievement figures kept on write."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="Compute every plan again.")
        parser.add_argument(
            "--check", action="store_true", help="Compare the stored figures with computed ones."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            wrong = yearly.check()
            if wrong:
                raise CommandError("Stored figures differ: " + "; ".join(wrong))
            self.stdout.write("The stored figures equal those computed now.")
            return
        if not options["rebuild"]:
            raise CommandError("Say --rebuild or --check.")
        started = time.perf_counter()
        rows = yearly.rebuild()
        self.stdout.write(f"Rebuilt: {rows} figures, {time.perf_counter() - started:.1f} s.")
