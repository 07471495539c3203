"""``ortakmasa cooperation_digest``: e-mails each editor the overdue
commitments of the cooperations they look after, through Django's mail
backend (the console backend in the demo prints them)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import get_connection, send_mass_mail
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone, translation

from ortakmasa.accounts.models import Role, User
from ortakmasa.cooperation.services import dashboard_commitments


class Command(BaseCommand):
    help = "E-mail each strategy-office and liaison user their overdue cooperation commitments."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Show who would get how many, send nothing."
        )
        parser.add_argument("--user", help="Only this username.")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        users = User.objects.filter(
            is_active=True, role__in=[Role.STRATEGY_OFFICE, Role.LIAISON]
        ).exclude(email="")
        if options.get("user"):
            users = users.filter(username=options["user"])
        messages = []
        with translation.override("tr"):
            for user in users.select_related("institution").order_by("username"):
                rows = list(dashboard_commitments(user)[:200])
                if not rows:
                    continue
                lines = [
                    f"Merhaba {user.get_full_name() or user.username},",
                    "",
                    f"Süresi geçmiş {len(rows)} işbirliği taahhüdü var ({today:%d.%m.%Y}):",
                    "",
                ]
                for c in rows:
                    owner = c.owner_institution.name if c.owner_institution else "—"
                    due = f"{c.due_date:%d.%m.%Y}" if c.due_date else "—"
                    lines.append(f"- {due} · {owner} · {c.cooperation.title}: {c.text}")
                lines += ["", "Ortak Masa"]
                subject = f"Ortak Masa: süresi geçmiş {len(rows)} taahhüt"
                messages.append(
                    (subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, [user.email])
                )
                self.stdout.write(f"{user.username}: {len(rows)} overdue commitment(s)")
        if options["dry_run"]:
            self.stdout.write(f"dry run: {len(messages)} e-mail(s) not sent")
            return
        sent = send_mass_mail(messages, connection=get_connection()) if messages else 0
        self.stdout.write(self.style.SUCCESS(f"{sent} e-mail(s) sent"))
