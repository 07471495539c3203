from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ortakmasa.site.demo import DEMO_PASSWORD, DEMO_USERS, load_demo


class Command(BaseCommand):
    help = "Load the reference data and the demo data, and create one demo user per role."

    def handle(self, *args: Any, **options: Any) -> None:
        load_demo(self.stdout.write)
        self.stdout.write("")
        self.stdout.write(f"Demo users (password for all: {DEMO_PASSWORD}):")
        for user in DEMO_USERS:
            self.stdout.write(f"  {user.username:<12} {user.role}")
