"""``ortakmasa extract``: listed here so that ``ortakmasa help`` shows it.

The console script runs the text engine before Django starts (see
``ortakmasa/__main__.py``); this command is what ``manage.py``-style callers
such as ``call_command("extract", ...)`` reach, and it does the same.
"""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.textengine.cli import main as extract_main


class Command(BaseCommand):
    help = (
        "Read Turkish press releases and minutes into structured records "
        "(ortakmasa extract [--format jsonl|json] [--evaluate GOLD_DIR] PATH...)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("args", nargs=argparse.REMAINDER)

    def handle(self, *args: Any, **options: Any) -> None:
        status = extract_main(list(args))
        if status:
            raise CommandError(f"extract ended with status {status}")
