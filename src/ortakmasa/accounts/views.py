"""User pages for the administrator and the strategy office: list, invite
(an e-mail with a link to set the password), edit role and institution,
deactivate, send a password reset."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ortakmasa.accounts.forms import UserForm
from ortakmasa.accounts.models import User
from ortakmasa.kernel.listing import list_page
from ortakmasa.kernel.policy import Action, can, require, visible


def set_password_link(request: HttpRequest, user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return request.build_absolute_uri(
        reverse("password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    )


def send_set_password_mail(request: HttpRequest, user: User, *, invitation: bool) -> None:
    context = {
        "user": user,
        "link": set_password_link(request, user),
        "invitation": invitation,
        "sender": request.user,
    }
    subject = (
        _("You are invited to Ortak Masa") if invitation else _("Set a new Ortak Masa password")
    )
    send_mail(
        subject,
        render_to_string("accounts/set_password_mail.txt", context, request=request),
        None,
        [user.email],
    )


@login_required
def user_list(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.VIEW, User)
    qs = visible(request.user, User.objects.select_related("institution")).order_by(
        "-is_active", "username"
    )
    return list_page(
        request, "accounts/user_list.html", qs, {"can_add": can(request.user, Action.ADD, User)}
    )


@login_required
def user_invite(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, User)
    form = UserForm(request.POST or None, manager=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save(commit=False)
        require(request.user, Action.ADD, user)
        with transaction.atomic():
            user.set_unusable_password()
            user.save()
        send_set_password_mail(request, user, invitation=True)
        messages.success(
            request,
            _("%(name)s was invited; the e-mail to set a password went to %(email)s.")
            % {"name": user, "email": user.email},
        )
        return redirect("accounts:user_list")
    return render(request, "accounts/user_form.html", {"form": form})


@login_required
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_object_or_404(visible(request.user, User.objects.all()), pk=pk)
    require(request.user, Action.CHANGE, target)
    form = UserForm(request.POST or None, instance=target, manager=request.user)
    if request.method == "POST" and form.is_valid():
        updated = form.save(commit=False)
        require(request.user, Action.CHANGE, updated)
        updated.save()
        messages.success(request, _("The user was saved."))
        return redirect("accounts:user_list")
    return render(request, "accounts/user_form.html", {"form": form, "target": target})


@login_required
@require_POST
def user_reset_password(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_object_or_404(visible(request.user, User.objects.all()), pk=pk)
    require(request.user, Action.CHANGE, target)
    if not target.email:
        messages.error(request, _("This user has no e-mail address; add one first."))
    else:
        send_set_password_mail(request, target, invitation=False)
        messages.success(
            request,
            _("A link to set a new password was sent to %(email)s.") % {"email": target.email},
        )
    return redirect("accounts:user_edit", target.pk)
