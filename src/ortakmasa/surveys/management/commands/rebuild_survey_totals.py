"""``ortakmasa rebuild_survey_totals [SURVEY_ID ...]``: recounts the running
totals the results read, from the submitted responses (all surveys when
no id is given).  Needed after answers are written around the answering
code (bulk imports) or to check the totals."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.surveys import totals
from ortakmasa.surveys.models import Survey


class Command(BaseCommand):
    help = "Recount the surveys' running totals from their submitted answers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("survey_ids", nargs="*", type=int)
        parser.add_argument(
            "--check",
            action="store_true",
            help="only compare the stored totals with a recount; exit 1 when they differ",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        ids: list[int] = options["survey_ids"]
        surveys = Survey.objects.order_by("id")
        if ids:
            surveys = surveys.filter(pk__in=ids)
            missing = set(ids) - set(surveys.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no survey with id {', '.join(map(str, sorted(missing)))}")
        differ = 0
        for survey in surveys:
            if options["check"]:
                counters, _rows = totals.recount(survey)
                same = totals.stored(survey) == totals.nonzero(counters)
                differ += not same
                state = "equal to a recount" if same else "DIFFERENT from a recount"
                self.stdout.write(f"survey {survey.pk}: totals {state}")
            else:
                written = totals.rebuild(survey)
                self.stdout.write(f"survey {survey.pk}: {written} counters recounted")
        if differ:
            raise CommandError(f"{differ} survey(s) with totals different from a recount")
