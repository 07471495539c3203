"""``/api/v1/proposals``: list with filters, read, create, edit, and a
planner's decision."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from ortakmasa.accounts.policy import Action, require, role_of
from ortakmasa.core.api import PolicyViewSetMixin
from ortakmasa.lib.params import is_id
from ortakmasa.proposals import services
from ortakmasa.proposals.models import (
    DECIDABLE_STATUSES,
    Channel,
    Kind,
    Proposal,
    Status,
)
from ortakmasa.proposals.views import CHANNEL_OF_ROLE
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


class ProposalSerializer(serializers.ModelSerializer[Proposal]):
    institution_name = serializers.CharField(source="institution.name", read_only=True)
    district_name = serializers.CharField(source="district.name", read_only=True, allow_null=True)
    themes = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Theme.objects.all(), required=False
    )
    institution = serializers.PrimaryKeyRelatedField(
        queryset=Institution.objects.all(),
        required=False,
        help_text="Defaults to the signed-in user's institution.",
    )

    class Meta:
        model = Proposal
        fields = [
            "id",
            "title",
            "text",
            "kind",
            "institution",
            "institution_name",
            "channel",
            "themes",
            "district",
            "district_name",
            "neighbourhood",
            "latitude",
            "longitude",
            "estimated_cost",
            "effort",
            "population",
            "urgency",
            "status",
            "status_reason",
            "merged_into",
            "plan_objective",
            "is_public",
            "cluster",
            "meeting",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "channel",
            "status",
            "status_reason",
            "merged_into",
            "plan_objective",
            "cluster",
            "created_at",
            "updated_at",
        ]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        request = self.context.get("request")
        if self.instance is None and "institution" not in attrs:
            home = getattr(getattr(request, "user", None), "institution", None)
            if home is None:
                raise serializers.ValidationError(
                    {"institution": "Give the institution the proposal comes from."}
                )
            attrs["institution"] = home
        lat = attrs.get("latitude", getattr(self.instance, "latitude", None))
        lon = attrs.get("longitude", getattr(self.instance, "longitude", None))
        if (lat is None) != (lon is None):
            raise serializers.ValidationError(
                {"latitude": "Give both the latitude and the longitude, or neither."}
            )
        return attrs


class DecisionSerializer(serializers.Serializer[Any]):
    status = serializers.ChoiceField(choices=[s.value for s in DECIDABLE_STATUSES])
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    plan_objective = serializers.CharField(required=False, allow_blank=True, max_length=255)
    is_public = serializers.BooleanField(required=False)


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="Words of the title or text, any order"),
            OpenApiParameter("status", str, enum=Status.values),
            OpenApiParameter("kind", str, enum=Kind.values),
            OpenApiParameter("theme", str, description="Theme code"),
            OpenApiParameter("district", int, description="District id"),
            OpenApiParameter("institution", int, description="Institution id"),
            OpenApiParameter("cluster", int, description="Cluster id"),
            OpenApiParameter("public", bool, description="Only proposals marked public"),
        ]
    )
)
class ProposalViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[Proposal]):
    queryset = Proposal.objects.all()
    serializer_class = ProposalSerializer
    # Proposals are rejected, not deleted: their districts must see why.
    http_method_names = ["get", "post", "put", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Proposal]:
        qs = super().get_queryset()
        params = self.request.query_params
        if params.get("q"):
            qs = qs.search(params["q"])
        if params.get("status") in Status.values:
            qs = qs.filter(status=params["status"])
        if params.get("kind") in Kind.values:
            qs = qs.filter(kind=params["kind"])
        if params.get("theme"):
            qs = qs.filter(themes__code=params["theme"]).distinct()
        for name in ("district", "institution", "cluster"):
            if is_id(params.get(name, "")):
                qs = qs.filter(**{f"{name}_id": int(params[name])})
        if params.get("public") in ("1", "true"):
            qs = qs.filter(is_public=True)
        return (
            qs.select_related("institution", "district")
            .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("position")))
            .order_by("-created_at", "-id")
        )

    def perform_create(self, serializer: Any) -> None:
        data = dict(serializer.validated_data)
        themes = data.pop("themes", [])
        proposal = Proposal(**data)
        proposal.channel = CHANNEL_OF_ROLE.get(role_of(self.request.user), Channel.LIAISON)
        proposal.submitted_by = self.request.user
        require(self.request.user, Action.ADD, proposal)
        services.create_proposal(proposal, self.request.user, themes)
        serializer.instance = proposal

    def perform_update(self, serializer: Any) -> None:
        instance = serializer.instance
        before = services.snapshot(instance)
        super().perform_update(serializer)
        with transaction.atomic():
            changes = services.diff(before, services.snapshot(serializer.instance))
            if changes:
                services.record(serializer.instance, self.request.user, "changed", changes)

    @extend_schema(request=DecisionSerializer, responses=ProposalSerializer)
    @action(detail=True, methods=["post"])
    def decision(self, request: Request, pk: str | None = None) -> Response:
        """The strategy office's decision: under review, accepted (into a
        plan objective), rejected or carried out, with its reason."""
        proposal = self.get_object()
        if not services.can_decide(request.user, proposal):
            raise PermissionDenied
        body = DecisionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        try:
            services.set_status(
                proposal,
                request.user,
                data["status"],
                data.get("reason", ""),
                plan_objective=data.get("plan_objective"),
                is_public=data.get("is_public"),
            )
        except DjangoValidationError as exc:
            raise serializers.ValidationError({"reason": exc.messages}) from exc
        return Response(ProposalSerializer(proposal, context={"request": request}).data)
