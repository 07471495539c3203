"""``ortakmasa createuser USERNAME --role liaison --institution "Kadıköy Belediyesi"``

Creates a user with a role and the institution it acts for (chosen by name,
alias or registry id; a name that fits several institutions is refused with
their ids).  The password is read from standard input with
``--password-stdin`` and checked against the password policy; without it
the account gets no usable password and ``--invite`` prints nothing secret.
"""

from __future__ import annotations

import sys
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import translation

from ortakmasa.accounts.models import Role, User
from ortakmasa.lib.turkish import search_key
from ortakmasa.registry.models import Institution


def find_institution(text: str) -> Institution:
    if text.isdigit():
        found = Institution.objects.filter(pk=int(text)).first()
        if found is None:
            raise CommandError(f"No institution has id {text}.")
        return found
    key = search_key(text)
    matches = list(
        Institution.objects.filter(search_key=key, parent__isnull=True)
        | Institution.objects.filter(aliases__search_key=key, parent__isnull=True)
    )
    unique = {m.pk: m for m in matches}
    if not unique:
        raise CommandError(f"No institution called {text!r} is in the registry.")
    if len(unique) > 1:
        listed = ", ".join(f"{m.pk} ({m.district or m.province or '-'})" for m in unique.values())
        raise CommandError(f"More than one institution is called {text!r}; give its id: {listed}")
    return next(iter(unique.values()))


class Command(BaseCommand):
    help = "Create a user with a role and an institution."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--institution", help="name, alias or id in the registry")
        parser.add_argument("--email", default="")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument(
            "--password-stdin", action="store_true", help="read the password from stdin"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        username = options["username"]
        role = options["role"]
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user called {username!r} already exists.")
        institution = None
        if options["institution"]:
            institution = find_institution(options["institution"])
        elif role != Role.ADMIN:
            raise CommandError("Every role but admin acts for an institution: give --institution.")
        user = User(
            username=username,
            role=role,
            institution=institution,
            email=options["email"],
            first_name=options["first_name"],
            last_name=options["last_name"],
            is_staff=role == Role.ADMIN,
            is_superuser=role == Role.ADMIN,
        )
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
            try:
                # English messages on the command line.
                with translation.override("en"):
                    validate_password(password, user)
            except ValidationError as exc:
                raise CommandError("Password refused: " + " ".join(exc.messages)) from exc
            user.set_password(password)
        else:
            user.set_unusable_password()
        with transaction.atomic():
            user.save()
        where = f" for {institution.name}" if institution else ""
        self.stdout.write(f"Created {username} ({role}){where}.")
