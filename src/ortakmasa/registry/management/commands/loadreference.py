from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ortakmasa.registry.reference import load_reference_data
from ortakmasa.themes.loader import load_themes


class Command(BaseCommand):
    help = (
        "Load Türkiye's provinces, districts, municipalities, governorships, parties, "
        "public bodies and the theme taxonomy. Safe to run again: it only adds or "
        "updates what changed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = load_reference_data()
        self.stdout.write(f"Reference data: {report.summary()}.")
        created, updated = load_themes()
        self.stdout.write(f"Themes: {created} created, {updated} updated.")
