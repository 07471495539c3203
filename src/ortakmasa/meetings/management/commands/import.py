"""``ortakmasa import PATH...``: draft meetings from press releases and minutes."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.accounts.models import User
from ortakmasa.meetings.batch import create_batch, run_batch
from ortakmasa.meetings.models import Campaign, ImportItem, ItemStatus
from ortakmasa.meetings.sources import iter_sources
from ortakmasa.meetings.tasks import import_batch


class Command(BaseCommand):
    help = (
        "Import texts (files, folders, or - for standard input) as draft meetings to "
        "review. Importing the same text again adds nothing. A text that cannot be read "
        "is listed on stderr and the others go on; the exit status is then 1."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--confirm",
            action="store_true",
            help="accept the drafts as they are, marked as unreviewed until a person looks at them",
        )
        parser.add_argument("--campaign", type=int, help="add the meetings to this campaign")
        parser.add_argument("--user", help="record the import as this user's")
        parser.add_argument(
            "--background",
            action="store_true",
            help="queue the batch for the worker (needs REDIS_URL) and return at once",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        campaign_id = options["campaign"]
        if campaign_id and not Campaign.objects.filter(pk=campaign_id).exists():
            raise CommandError(f"There is no campaign with id {campaign_id}.")
        user_id = None
        if options["user"]:
            user = User.objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"There is no user called {options['user']!r}.")
            user_id = user.pk
        try:
            files = list(iter_sources(options["paths"]))
        except FileNotFoundError as exc:
            raise CommandError(f"No such file or folder: {exc}") from exc
        if not files:
            raise CommandError("No text to import was found.")
        batch = create_batch(
            files, user_id=user_id, campaign_id=campaign_id, confirm=options["confirm"]
        )
        if options["background"]:
            if not settings.REDIS_URL:
                raise CommandError("--background needs REDIS_URL and a running worker.")
            import_batch.delay(batch.pk)
            self.stdout.write(f"Batch {batch.pk} with {batch.total} text(s) queued.")
            return

        def report(item: ImportItem, status: str) -> None:
            if status == ItemStatus.FAILED:
                self.stderr.write(f"  failed     {item.source}: {item.error}")
            elif options["verbosity"] > 1 or batch.total <= 50:
                self.stdout.write(f"  {status:<10} {item.source}")
            if status == ItemStatus.CREATED and item.document is not None:
                for warning in item.document.extraction.get("warnings") or []:
                    self.stderr.write(f"  warning    {item.source}: {warning.get('message')}")

        run_batch(batch.pk, on_item=report)
        batch.refresh_from_db()
        self.stdout.write(
            f"{batch.total} text(s): {batch.created} imported, {batch.duplicates} already "
            f"imported (nothing new), {batch.failed} failed."
        )
        if batch.created and not options["confirm"]:
            self.stdout.write("The drafts await review on the import page (/meetings/imports/).")
        if batch.failed:
            # The others were imported; the status tells a script that not all were.
            raise CommandError(
                f"{batch.failed} of {batch.total} text(s) could not be imported (listed above).",
                returncode=1,
            )
