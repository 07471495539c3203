"""The REST API's permission class: it asks ``kernel.policy``, the same
rules the pages use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Model
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from ortakmasa.kernel.policy import Action, can

if TYPE_CHECKING:
    # Imported for types only: DRF loads this module while rest_framework.views
    # is still being imported.
    from rest_framework.views import APIView

_ACTIONS = {
    "POST": Action.ADD,
    "PUT": Action.CHANGE,
    "PATCH": Action.CHANGE,
    "DELETE": Action.DELETE,
}


def _model_of(view: APIView) -> type[Model] | None:
    queryset = getattr(view, "queryset", None)
    return queryset.model if queryset is not None else None


class PolicyPermission(BasePermission):
    def has_permission(self, request: Request, view: APIView) -> bool:
        model = _model_of(view)
        if model is None:
            # Views without a model (the API root): reading is open, the rest
            # needs a signed-in user.
            return request.method in SAFE_METHODS or bool(request.user.is_authenticated)
        action = (
            Action.VIEW
            if request.method in SAFE_METHODS
            else _ACTIONS.get(request.method or "", Action.CHANGE)
        )
        if action == Action.ADD:
            return can(request.user, Action.ADD, model)
        # Changing and deleting are decided on the object itself.
        return action != Action.VIEW or can(request.user, Action.VIEW, model)

    def has_object_permission(self, request: Request, view: APIView, obj: Any) -> bool:
        action = (
            Action.VIEW
            if request.method in SAFE_METHODS
            else _ACTIONS.get(request.method or "", Action.CHANGE)
        )
        return can(request.user, action, obj)
