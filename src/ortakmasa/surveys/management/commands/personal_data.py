"""``ortakmasa personal_data export|erase EMAIL``: the KVKK requests of one
person about the surveys and citizens' proposals."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.surveys import personal


class Command(BaseCommand):
    help = (
        "Export (as JSON) or erase what the surveys and citizens' proposals keep about one "
        "e-mail address; erasing keeps the aggregate results."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")

    def handle(self, *args: Any, **options: Any) -> None:
        email = options["email"].strip()
        if "@" not in email:
            raise CommandError(f"not an e-mail address: {email!r}")
        if options["action"] == "export":
            self.stdout.write(json.dumps(personal.export(email), ensure_ascii=False, indent=2))
            return
        done = personal.erase(email)
        self.stdout.write(
            f"erased {done['responses']} survey responses, {done['citizen_proposals']} "
            f"citizens' proposals, {done['supports']} supports of {email}; aggregates kept"
        )
