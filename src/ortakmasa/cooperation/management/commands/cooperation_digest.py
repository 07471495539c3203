"""``ortakmasa cooperation_digest``: e-mails each editor the overdue
commitments of the cooperations they look after, through Django's mail
backend (the console backend in the demo prints them)."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.core.mail import get_connection, send_mass_mail
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone, translation

from ortakmasa.accounts.models import Role, User
from ortakmasa.cooperation.services import dashboard_commitments
from ortakmasa.proposals.notifications import decisions_for


class Command(BaseCommand):
    help = (
        "E-mail each strategy-office and liaison user their overdue cooperation commitments "
        "and, to liaisons, the decisions on their district's proposals."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Show who would get how many, send nothing."
        )
        parser.add_argument("--user", help="Only this username.")
        parser.add_argument(
            "--days",
            type=int,
            default=1,
            help="Decisions on a liaison's proposals from this many days back (run daily: 1).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        users = User.objects.filter(
            is_active=True, role__in=[Role.STRATEGY_OFFICE, Role.LIAISON]
        ).exclude(email="")
        if options.get("user"):
            users = users.filter(username=options["user"])
        messages = []
        with translation.override("tr"):
            since = timezone.now() - datetime.timedelta(days=options["days"])
            for user in users.select_related("institution").order_by("username"):
                rows = list(dashboard_commitments(user)[:200])
                decisions = list(decisions_for(user, since)[:200])
                if not rows and not decisions:
                    continue
                lines = [f"Merhaba {user.get_full_name() or user.username},", ""]
                if decisions:
                    lines += ["Önerileriniz hakkında verilen kararlar:", ""]
                    for e in decisions:
                        what = (
                            "birleştirildi"
                            if e.action == "merged"
                            else e.proposal.get_status_display()
                        )
                        note = f" — {e.note}" if e.note else ""
                        lines.append(f"- {e.at:%d.%m.%Y} · {e.proposal.title}: {what}{note}")
                    lines.append("")
                if rows:
                    lines += [
                        f"Süresi geçmiş {len(rows)} işbirliği taahhüdü var ({today:%d.%m.%Y}):",
                        "",
                    ]
                for c in rows:
                    owner = c.owner_institution.name if c.owner_institution else "—"
                    due = f"{c.due_date:%d.%m.%Y}" if c.due_date else "—"
                    lines.append(f"- {due} · {owner} · {c.cooperation.title}: {c.text}")
                lines += ["", "Ortak Masa"]
                parts = []
                if decisions:
                    parts.append(f"{len(decisions)} karar")
                if rows:
                    parts.append(f"süresi geçmiş {len(rows)} taahhüt")
                subject = "Ortak Masa: " + ", ".join(parts)
                messages.append(
                    (subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, [user.email])
                )
                self.stdout.write(
                    f"{user.username}: {len(rows)} overdue commitment(s), "
                    f"{len(decisions)} decision(s)"
                )
        if options["dry_run"]:
            self.stdout.write(f"dry run: {len(messages)} e-mail(s) not sent")
            return
        sent = send_mass_mail(messages, connection=get_connection()) if messages else 0
        self.stdout.write(self.style.SUCCESS(f"{sent} e-mail(s) sent"))
