"""The front page, error pages and small platform endpoints."""

from __future__ import annotations

import datetime
import logging

from django.contrib.auth import authenticate
from django.db import connection
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.authtoken.models import Token
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from ortakmasa.accounts.throttle import locked_for, locked_message
from ortakmasa.kernel.errors import error_response
from ortakmasa.kernel.policy import Action, can, visible
from ortakmasa.meetings.coverage import campaign_coverage
from ortakmasa.meetings.models import (
    OPEN_FOLLOW_UP_STATUSES,
    Campaign,
    FollowUp,
    ImportBatch,
    Meeting,
    ReviewStatus,
)
from ortakmasa.proposals.notifications import decisions_for
from ortakmasa.registry.models import Institution, InstitutionKind, Person, Province

log = logging.getLogger("ortakmasa.security")


def home(request: HttpRequest) -> HttpResponse:
    counts = dict(
        Institution.objects.filter(parent__isnull=True)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    context = {
        "province_count": Province.objects.count(),
        "metropolitan_count": counts.get(InstitutionKind.METROPOLITAN_MUNICIPALITY, 0),
        "district_municipality_count": counts.get(InstitutionKind.DISTRICT_MUNICIPALITY, 0),
        "person_count": Person.objects.count(),
        "istanbul": Province.objects.filter(plate=34).first(),
    }
    if request.user.is_authenticated:
        context.update(_work_queue(request))
    return render(request, "site/home.html", context)


#: How far back the home page tells a liaison of decisions.
DECISIONS_DAYS = 30


def _work_queue(request: HttpRequest) -> dict[str, object]:
    """What awaits the signed-in user: drafts to review, overdue follow-ups,
    the campaigns they may see and their coverage."""
    user = request.user
    today = timezone.localdate()
    campaigns = list(visible(user, Campaign.objects.select_related("owner"))[:3])
    return {
        "drafts": visible(user, Meeting.objects.filter(review_status=ReviewStatus.DRAFT)).count(),
        "unreviewed": visible(
            user, Meeting.objects.filter(review_status=ReviewStatus.UNREVIEWED)
        ).count(),
        "overdue_follow_ups": visible(
            user, FollowUp.objects.filter(status__in=OPEN_FOLLOW_UP_STATUSES, due_date__lt=today)
        ).count(),
        "campaign_coverage": [campaign_coverage(c) for c in campaigns],
        "can_import": can(user, Action.ADD, ImportBatch),
        "decisions": list(
            decisions_for(user, timezone.now() - datetime.timedelta(days=DECISIONS_DAYS))[:10]
        ),
    }


def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """Browsers ask for /favicon.ico after any page without an icon link (the
    JSON of /health/ and the API). Answered by the error page, that request set
    a fresh CSRF cookie of its own, and when it came back after the next page
    had rendered its forms, that page's POST was refused (403)."""
    return HttpResponsePermanentRedirect(static("ortakmasa/icon.svg"))


def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


_ERROR = inline_serializer("Error", {"error": serializers.CharField()})


@extend_schema(
    request=inline_serializer(
        "ApiTokenRequest",
        {
            "username": serializers.CharField(required=False),
            "password": serializers.CharField(required=False),
        },
    ),
    responses={
        200: inline_serializer("ApiToken", {"token": serializers.CharField()}),
        401: _ERROR,
        429: _ERROR,
    },
    description=(
        "The API token of the signed-in user, or of the user whose name and password are "
        "sent (created on first use).  Repeated failures lock the name and the address "
        "for a while (429)."
    ),
)
@api_view(["POST"])
@permission_classes([AllowAny])
def api_token(request: Request) -> Response:
    """Returns the user's API token, creating it on first use."""
    user = request.user
    if not user.is_authenticated:
        data = request.data if isinstance(request.data, dict) else {}
        username, password = data.get("username"), data.get("password")
        if not (isinstance(username, str) and isinstance(password, str) and username):
            return Response({"error": _("Authentication required.")}, status=401)
        if locked_for(username, request._request):
            log.warning("token request refused while locked: user=%r", username)
            return Response({"error": locked_message()}, status=429)
        found = authenticate(request._request, username=username, password=password)
        if found is None:
            return Response({"error": _("The user name or the password is wrong.")}, status=401)
        user = found
    token, _created = Token.objects.get_or_create(user=user)
    return Response({"token": token.key})


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"error": _("You do not have permission to do this.")}, status=403)
    return error_response(
        request,
        403,
        _("Not allowed"),
        _("You do not have permission to see or change this record."),
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"error": _("Not found.")}, status=404)
    return error_response(request, 404, _("Page not found"), _("There is no page at this address."))


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_response(
        request,
        400,
        _("Bad request"),
        _("The request could not be understood; check the address and what was sent."),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return error_response(
        request,
        500,
        _("Server error"),
        _("Something went wrong on our side; it has been logged. Please try again later."),
    )
