"""Shared pieces of the REST API: pagination and JSON errors."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Model, ProtectedError, QuerySet, RestrictedError
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from ortakmasa.kernel.policy import Action, require, visible
from ortakmasa.lib.params import is_id


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every API error is a JSON object with an ``error`` message, in the
    language the client asks for (Turkish by default), and for validation
    errors the per-field ``fields`` detail."""
    if isinstance(exc, ProtectedError | RestrictedError):
        return Response({"error": protected_reason(exc)}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, ValueError) and "NUL" in str(exc):
        # PostgreSQL refuses NUL characters in text.
        return Response(
            {"error": _("The request is not valid.")}, status=status.HTTP_400_BAD_REQUEST
        )
    if isinstance(exc, OverflowError):
        # A number beyond the database's integers names no record.
        return Response({"error": _("Not found.")}, status=status.HTTP_404_NOT_FOUND)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"error": _("The request is not valid."), "fields": response.data}
    elif isinstance(exc, Http404 | exceptions.NotFound):
        response.data = {"error": _("Not found.")}
    elif isinstance(exc, PermissionDenied | exceptions.PermissionDenied):
        response.data = {"error": _("You do not have permission to do this.")}
    elif isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
        response.status_code = status.HTTP_401_UNAUTHORIZED
        response.data = {"error": str(getattr(exc, "detail", _("Authentication required.")))}
    else:
        detail = response.data.get("detail") if isinstance(response.data, dict) else None
        response.data = {"error": str(detail or exc)}
    return response


def protected_reason(exc: ProtectedError | RestrictedError) -> str:
    """Why a record cannot be deleted: which records still refer to it."""
    blocking = list(
        getattr(exc, "protected_objects", None) or getattr(exc, "restricted_objects", [])
    )
    kinds = sorted({str(obj._meta.verbose_name_plural) for obj in blocking})
    return _(
        "It cannot be deleted: %(count)d other records refer to it (%(kinds)s). "
        "Remove or change those first."
    ) % {"count": len(blocking), "kinds": ", ".join(kinds)}


class PolicyViewSetMixin:
    """Narrows lists to what the user may see and checks a new or changed
    object against the policy *as it would be saved*, so nobody can move a
    record into someone else's scope through the API."""

    request: Any
    queryset: Any
    # Ids are numbers: anything else is a 404 from the URL map, not a
    # ValueError in the query.
    lookup_value_regex = "[0-9]+"

    def get_queryset(self) -> Any:
        return visible(self.request.user, super().get_queryset())  # type: ignore[misc]

    def perform_create(self, serializer: Any) -> None:
        model = serializer.Meta.model
        fields = {f.name for f in model._meta.concrete_fields}
        candidate = model(**{k: v for k, v in serializer.validated_data.items() if k in fields})
        require(self.request.user, Action.ADD, candidate)
        with transaction.atomic():
            serializer.save()

    def perform_update(self, serializer: Any) -> None:

        candidate = copy.copy(serializer.instance)
        for key, value in serializer.validated_data.items():
            if key in {f.name for f in candidate._meta.concrete_fields}:
                setattr(candidate, key, value)
        require(self.request.user, Action.CHANGE, candidate)
        with transaction.atomic():
            serializer.save()


#: Error statuses any operation may answer, each with the ``{"error": …}`` body.
ERROR_STATUSES = {
    "400": "The request is not valid (a parameter, the body or a page number).",
    "401": "Authentication required, or the token is wrong.",
    "403": "The user may not do this.",
    "404": "No such record, or a page beyond the last.",
    "409": "The record cannot be deleted while others refer to it.",
    "413": "The request body is too large.",
    "429": "Too many failed sign-ins from this address.",
}


def add_error_responses(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """drf-spectacular post-processing hook: documents the JSON error
    responses every operation can give, so the document matches what the
    API answers."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = {
        "type": "object",
        "properties": {
            "error": {"type": "string"},
            "fields": {"type": "object", "additionalProperties": True},
        },
        "required": ["error"],
    }
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            # Reads are open to everyone (the policy narrows what a visitor
            # sees), and the token endpoint takes a name and password.
            security = operation.get("security")
            if security and (method == "get" or operation.get("operationId") == "v1_token_create"):
                if {} not in security:
                    security.append({})
            responses = operation.setdefault("responses", {})
            for status_code, description in ERROR_STATUSES.items():
                if status_code == "409" and method != "delete":
                    continue
                responses.setdefault(
                    status_code,
                    {
                        "description": description,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                )
    return result


Row = TypeVar("Row", bound=Model)


@dataclass(frozen=True)
class ListFilter:
    """One query parameter of an API list: the rows whose ``lookup`` equals
    its value.  An ``int`` parameter must be an id, a ``str`` one with
    ``values`` one of them, any other ``str`` one not empty; a value that is
    not is ignored, as the pages ignore a filter they do not understand.
    ``distinct`` for a lookup across a to-many relation, which would repeat
    rows."""

    name: str
    lookup: str
    type: type[str] | type[int] = int
    description: str = ""
    values: Sequence[str] | None = None
    distinct: bool = False

    def parameter(self) -> OpenApiParameter:
        if self.values is not None:
            return OpenApiParameter(
                self.name, self.type, enum=list(self.values), description=self.description
            )
        return OpenApiParameter(self.name, self.type, description=self.description)

    def value(self, params: Mapping[str, Any]) -> str | int | None:
        given = params.get(self.name, "")
        if self.type is int:
            return int(given) if is_id(given) else None
        if self.values is not None:
            return given if given in self.values else None
        return given if isinstance(given, str) and given else None


@dataclass(frozen=True)
class ListFilters:
    """An API list's query parameters, declared once for both the schema
    and the query: ``q`` a search (described by ``search``; the queryset
    must have ``search()``), then ``filters``."""

    search: str
    filters: tuple[ListFilter, ...] = ()

    def parameters(self, *more: OpenApiParameter) -> list[OpenApiParameter]:
        """The schema's parameters, with ``more`` that the view applies
        itself."""
        return [
            OpenApiParameter("q", str, description=self.search),
            *(each.parameter() for each in self.filters),
            *more,
        ]

    def apply(self, qs: QuerySet[Row], params: Mapping[str, Any]) -> QuerySet[Row]:
        if params.get("q"):
            qs = qs.search(params["q"])  # type: ignore[attr-defined]
        for each in self.filters:
            value = each.value(params)
            if value is not None:
                qs = qs.filter(**{each.lookup: value})
                if each.distinct:
                    qs = qs.distinct()
        return qs


def request_body(
    serializer_class: type[serializers.Serializer[Any]], request: Request, **kwargs: Any
) -> dict[str, Any]:
    """The request's body as ``serializer_class`` validates it, or a 400
    with the serializer's errors."""
    body = serializer_class(data=request.data, **kwargs)
    body.is_valid(raise_exception=True)
    return dict(body.validated_data)
