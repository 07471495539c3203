from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Run the background worker (Celery on REDIS_URL)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--concurrency", type=int, default=2)
        parser.add_argument("--loglevel", default="info")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.REDIS_URL:
            raise CommandError(
                "REDIS_URL is not set: without it background tasks run in-process "
                "and no worker is needed."
            )
        from ortakmasa.celery import app

        app.worker_main(
            [
                "worker",
                f"--loglevel={options['loglevel']}",
                f"--concurrency={options['concurrency']}",
            ]
        )
