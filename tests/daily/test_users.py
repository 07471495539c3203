"""Managing users without the admin site: invitations with a link to set a
password, role and institution chosen (not typed ids), deactivation,
password resets, the ``createuser`` command and the password policy."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client

from ortakmasa.accounts.models import Role, User
from tests.conftest import BASAKSEHIR, KADIKOY, inst

pytestmark = pytest.mark.django_db


def _invite(client: Client, **overrides: str) -> object:
    data = {
        "username": "yeni.irtibat",
        "first_name": "Deniz",
        "last_name": "Işık",
        "email": "deniz@example.org",
        "role": Role.LIAISON,
        "institution": "Kadıköy Belediyesi",
        **overrides,
    }
    return client.post("/accounts/users/new/", data)


def test_office_invites_a_liaison_who_sets_a_password(
    client_for: Callable[[str], Client],
) -> None:
    response = _invite(client_for("office"))
    assert response.status_code == 302
    user = User.objects.get(username="yeni.irtibat")
    assert user.role == Role.LIAISON and user.institution == inst(KADIKOY)
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["deniz@example.org"]
    link = re.search(r"http://testserver(/accounts/reset/\S+)", mail.outbox[0].body)
    assert link is not None
    client = Client()
    page = client.get(link.group(1), follow=True)
    set_url = page.redirect_chain[-1][0] if page.redirect_chain else link.group(1)
    short = client.post(set_url, {"new_password1": "kısa1", "new_password2": "kısa1"})
    assert short.status_code == 200
    assert "çok kısa" in short.content.decode()  # Turkish policy message
    done = client.post(
        set_url, {"new_password1": "Kadıköy-sahil-2025", "new_password2": "Kadıköy-sahil-2025"}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Kadıköy-sahil-2025")


def test_the_role_list_and_the_scope_are_limited(client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    form = office.get("/accounts/users/new/").content.decode()
    assert 'value="admin"' not in form  # the office grants no administrators
    response = _invite(office, role=Role.ADMIN)
    assert response.status_code == 200
    izmit = _invite(office, username="izmit", institution="İzmit Belediyesi")
    assert izmit.status_code == 200  # outside İstanbul: not the office's to manage
    assert not User.objects.filter(username__in=["yeni.irtibat", "izmit"]).exists()


@pytest.mark.parametrize("role", ["liaison", "stakeholder", "public"])
def test_others_do_not_manage_users(client_for: Callable[[str], Client], role: str) -> None:
    response = client_for(role).get("/accounts/users/")
    assert response.status_code in (302, 403)
    assert "/accounts/users/" not in client_for(role).get("/").content.decode()


def test_deactivate_and_reset(
    client_for: Callable[[str], Client], users: dict[str, User | None]
) -> None:
    liaison = users["liaison"]
    assert liaison is not None
    liaison.email = "b@example.org"
    liaison.save()
    office = client_for("office")
    html = office.get("/accounts/users/").content.decode()
    assert f"/accounts/users/{liaison.pk}/" in html
    response = office.post(
        f"/accounts/users/{liaison.pk}/",
        {
            "username": liaison.username,
            "email": liaison.email,
            "role": Role.LIAISON,
            "institution": "Başakşehir Belediyesi",
            "institution_id": str(inst(BASAKSEHIR).pk),
        },
    )
    assert response.status_code == 302
    liaison.refresh_from_db()
    assert liaison.is_active is False
    office.post(f"/accounts/users/{liaison.pk}/reset-password/")
    assert mail.outbox[-1].to == ["b@example.org"]
    admin_user = users["admin"]
    assert admin_user is not None
    assert office.get(f"/accounts/users/{admin_user.pk}/").status_code == 404


def test_createuser_command() -> None:
    out = io.StringIO()
    call_command(
        "createuser",
        "kadikoy2",
        role="liaison",
        institution="Kadıköy Belediyesi",
        email="k@example.org",
        stdout=out,
    )
    user = User.objects.get(username="kadikoy2")
    assert user.institution == inst(KADIKOY) and not user.has_usable_password()
    with pytest.raises(CommandError, match="No institution"):
        call_command("createuser", "x", role="liaison", institution="Atlantis Belediyesi")
    with pytest.raises(CommandError, match="--institution"):
        call_command("createuser", "y", role="liaison")


def test_createuser_checks_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("12345678\n"))
    with pytest.raises(CommandError, match=r"too short|too common|numeric"):
        call_command("createuser", "z", role="admin", password_stdin=True)
    monkeypatch.setattr("sys.stdin", io.StringIO("Boğaziçi-köprüsü-1973\n"))
    call_command("createuser", "z", role="admin", password_stdin=True, stdout=io.StringIO())
    user = User.objects.get(username="z")
    assert user.is_superuser and user.check_password("Boğaziçi-köprüsü-1973")
