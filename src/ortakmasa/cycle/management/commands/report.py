"""``ortakmasa report KIND --plan ID --year YEAR [--half 1|2] --format
docx|pdf|xlsx --output FILE``: the plan, a performance programme, an
activity report, a monitoring or an evaluation report as a file.

Exit status 2, with an English message, when the period has not closed,
when the plan or the record does not exist, or for a format the kind does
not have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.cycle import exports
from ortakmasa.plans.models import Plan

FORMATS = {
    "plan": ("docx", "pdf", "xlsx"),
    "programme": ("docx", "pdf", "xlsx"),
    "activity": ("docx", "pdf"),
    "monitoring": ("docx", "pdf"),
    "evaluation": ("docx", "pdf"),
}


class Command(BaseCommand):
    help = "Write a plan, programme, activity, monitoring or evaluation document to a file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=exports.KINDS)
        parser.add_argument("--plan", type=int, required=True, help="the plan's id")
        parser.add_argument("--year", type=int, help="the year (all kinds but plan)")
        parser.add_argument("--half", type=int, choices=(1, 2), help="monitoring: the half")
        parser.add_argument("--format", default="docx", choices=("docx", "pdf", "xlsx"))
        parser.add_argument("--output", help="the file to write (default: a name in .)")

    def handle(self, *args: Any, **options: Any) -> None:
        kind: str = options["kind"]
        fmt: str = options["format"]
        if fmt not in FORMATS[kind]:
            raise CommandError(
                f"{kind} has no {fmt} form; use {', '.join(FORMATS[kind])}", returncode=2
            )
        plan = Plan.objects.select_related("institution").filter(pk=options["plan"]).first()
        if plan is None:
            raise CommandError(f"there is no plan {options['plan']}", returncode=2)
        year = options["year"]
        if kind != "plan":
            if year is None:
                raise CommandError(f"{kind} needs --year", returncode=2)
            if year not in plan.years:
                raise CommandError(f"{year} is outside the plan period {plan.period}", returncode=2)
        half = options["half"] or (2 if kind == "monitoring" else 0)
        try:
            content = exports.produce(kind, plan.pk, year or plan.start_year, fmt, half)
        except ObjectDoesNotExist as exc:
            raise CommandError(
                f"there is no {kind} for {year} in plan {plan.pk}", returncode=2
            ) from exc
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages), returncode=2) from exc
        name = options["output"] or exports.filename(
            kind,
            plan.institution.short_name or plan.institution.name,
            year or plan.start_year,
            fmt,
            half if kind == "monitoring" else 0,
        )
        Path(name).write_bytes(content)
        self.stdout.write(f"{name} ({len(content):,} bytes)")
