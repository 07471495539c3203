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

from ortakmasa.kernel.api import ListFilter, ListFilters, PolicyViewSetMixin, request_body
from ortakmasa.kernel.policy import Action, require
from ortakmasa.proposals import decisions, services
from ortakmasa.proposals.forms import objective_choices
from ortakmasa.proposals.models import (
    DECIDABLE_STATUSES,
    DuplicateSuggestion,
    EventAction,
    Kind,
    Proposal,
    ProposalCluster,
    ProposalEvent,
    Status,
    SuggestionStatus,
)
from ortakmasa.proposals.permissions import submission_channel
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


class ProposalSerializer(serializers.ModelSerializer[Proposal]):
    institution_name = serializers.CharField(source="institution.name", read_only=True)
    plan_objective_label = serializers.SerializerMethodField(
        help_text="The objective's current number and title."
    )
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
            *Proposal.EDITABLE,
            "institution_name",
            "district_name",
            "channel",
            "status",
            "status_reason",
            "merged_into",
            "plan_objective",
            "plan_objective_label",
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

    def get_plan_objective_label(self, obj: Proposal) -> str | None:
        return str(obj.plan_objective) if obj.plan_objective_id else None

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
    plan_objective = serializers.IntegerField(
        required=False, allow_null=True, help_text="Id of a plan objective (see /api/v1/plans)."
    )
    is_public = serializers.BooleanField(required=False)


class MoveSerializer(serializers.Serializer[Any]):
    cluster = serializers.IntegerField(
        required=False, allow_null=True, help_text="Target cluster; null takes it out."
    )
    new_cluster = serializers.BooleanField(required=False, default=False)
    duplicate_of = serializers.IntegerField(required=False)
    reason = serializers.CharField()


class UndoSerializer(serializers.Serializer[Any]):
    event = serializers.IntegerField(help_text="The 'moved' history entry to undo.")
    reason = serializers.CharField()


PROPOSAL_FILTERS = ListFilters(
    "Words of the title or text, any order",
    (
        ListFilter("status", "status", str, values=Status.values),
        ListFilter("kind", "kind", str, values=Kind.values),
        ListFilter("theme", "themes__code", str, description="Theme code", distinct=True),
        ListFilter("district", "district_id", description="District id"),
        ListFilter("institution", "institution_id", description="Institution id"),
        ListFilter("cluster", "cluster_id", description="Cluster id"),
    ),
)


@extend_schema_view(
    list=extend_schema(
        parameters=PROPOSAL_FILTERS.parameters(
            OpenApiParameter("public", bool, description="Only proposals marked public")
        )
    )
)
class ProposalViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[Proposal]):
    queryset = Proposal.objects.all()
    serializer_class = ProposalSerializer
    # Proposals are rejected, not deleted: their districts must see why.
    http_method_names = ["get", "post", "put", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Proposal]:
        params = self.request.query_params
        qs = PROPOSAL_FILTERS.apply(super().get_queryset(), params)
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
        proposal.channel = submission_channel(self.request.user)
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
        data = request_body(DecisionSerializer, request)
        objective = None
        if data.get("plan_objective") is not None:
            objective = objective_choices(request.user).filter(pk=data["plan_objective"]).first()
            if objective is None:
                raise serializers.ValidationError({"plan_objective": ["Not found."]})
        if data["status"] == Status.ACCEPTED and objective is None:
            raise serializers.ValidationError(
                {"plan_objective": ["Choose the plan objective it was accepted into."]}
            )
        try:
            services.set_status(
                proposal,
                request.user,
                data["status"],
                data.get("reason", ""),
                plan_objective=objective,
                is_public=data.get("is_public"),
            )
        except DjangoValidationError as exc:
            raise serializers.ValidationError({"reason": exc.messages}) from exc
        return Response(ProposalSerializer(proposal, context={"request": request}).data)

    @extend_schema(request=MoveSerializer, responses=ProposalSerializer)
    @action(detail=True, methods=["post"])
    def move(self, request: Request, pk: str | None = None) -> Response:
        """The strategy office moves a proposal: into a cluster (``cluster``),
        out of any (``cluster: null``), into a new one (``new_cluster``), or
        beside another proposal (``duplicate_of``); always with a reason,
        which the district sees."""
        proposal = self.get_object()
        data = request_body(MoveSerializer, request)
        try:
            if data.get("duplicate_of") is not None:
                other = self.get_queryset().filter(pk=data["duplicate_of"]).first()
                if other is None:
                    raise serializers.ValidationError({"duplicate_of": ["Not found."]})
                decisions.mark_duplicate(proposal, other, request.user, data["reason"])
            elif data.get("new_cluster"):
                decisions.new_cluster(proposal, request.user, data["reason"])
            elif "cluster" in data:
                target = None
                if data["cluster"] is not None:
                    target = ProposalCluster.objects.filter(pk=data["cluster"]).first()
                    if target is None:
                        raise serializers.ValidationError({"cluster": ["Not found."]})
                decisions.move_to_cluster(proposal, target, request.user, data["reason"])
            else:
                raise serializers.ValidationError(
                    {"cluster": ["Give cluster, new_cluster or duplicate_of."]}
                )
        except DjangoValidationError as exc:
            raise _validation(exc) from exc
        proposal.refresh_from_db()
        return Response(ProposalSerializer(proposal, context={"request": request}).data)

    @extend_schema(request=UndoSerializer, responses=ProposalSerializer)
    @action(detail=True, methods=["post"], url_path="undo-move")
    def undo_move(self, request: Request, pk: str | None = None) -> Response:
        proposal = self.get_object()
        data = request_body(UndoSerializer, request)
        event = ProposalEvent.objects.filter(
            pk=data["event"], proposal=proposal, action=EventAction.MOVED
        ).first()
        if event is None:
            raise serializers.ValidationError({"event": ["Not a move of this proposal."]})
        try:
            decisions.undo_move(event, request.user, data["reason"])
        except DjangoValidationError as exc:
            raise _validation(exc) from exc
        proposal.refresh_from_db()
        return Response(ProposalSerializer(proposal, context={"request": request}).data)


def _validation(exc: DjangoValidationError) -> serializers.ValidationError:
    return serializers.ValidationError({"reason": exc.messages})


class ClusterMemberSerializer(serializers.ModelSerializer[Proposal]):
    institution_name = serializers.CharField(source="institution.name", read_only=True)

    class Meta:
        model = Proposal
        fields = ["id", "title", "institution", "institution_name", "district", "status"]


class ClusterSerializer(serializers.ModelSerializer[ProposalCluster]):
    members = ClusterMemberSerializer(source="proposals", many=True, read_only=True)

    class Meta:
        model = ProposalCluster
        fields = [
            "id",
            "label",
            "status",
            "primary",
            "reason",
            "size",
            "district_count",
            "members",
        ]
        read_only_fields = fields


class MergeSerializer(serializers.Serializer[Any]):
    primary = serializers.IntegerField()
    reason = serializers.CharField()


class SplitSerializer(serializers.Serializer[Any]):
    proposals = serializers.ListField(child=serializers.IntegerField(), allow_empty=False)
    reason = serializers.CharField()


class ClusterViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[ProposalCluster]):
    """Clusters of proposals (the strategy office's, like the pages): read,
    merge into a primary proposal, split."""

    queryset = ProposalCluster.objects.prefetch_related(
        Prefetch("proposals", queryset=Proposal.objects.select_related("institution"))
    ).order_by("-district_count", "-size", "id")
    serializer_class = ClusterSerializer

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        require(request.user, Action.VIEW, ProposalCluster)
        return super().list(request, *args, **kwargs)

    @extend_schema(request=MergeSerializer, responses=ClusterSerializer)
    @action(detail=True, methods=["post"])
    def merge(self, request: Request, pk: str | None = None) -> Response:
        cluster = self.get_object()
        data = request_body(MergeSerializer, request)
        primary = cluster.proposals.filter(pk=data["primary"]).first()
        if primary is None:
            raise serializers.ValidationError({"primary": ["Not a member of this cluster."]})
        try:
            services.merge_cluster(cluster, primary, request.user, data["reason"])
        except DjangoValidationError as exc:
            raise _validation(exc) from exc
        return Response(ClusterSerializer(self.get_object()).data)

    @extend_schema(request=SplitSerializer, responses=None)
    @action(detail=True, methods=["post"])
    def split(self, request: Request, pk: str | None = None) -> Response:
        cluster = self.get_object()
        data = request_body(SplitSerializer, request)
        chosen = list(cluster.proposals.filter(pk__in=data["proposals"]))
        try:
            services.split_cluster(cluster, chosen, request.user, data["reason"])
        except DjangoValidationError as exc:
            raise _validation(exc) from exc
        return Response({"cluster_exists": ProposalCluster.objects.filter(pk=cluster.pk).exists()})


class SuggestionSerializer(serializers.ModelSerializer[DuplicateSuggestion]):
    proposal_title = serializers.CharField(source="proposal.title", read_only=True)
    candidate_title = serializers.CharField(source="candidate.title", read_only=True)

    class Meta:
        model = DuplicateSuggestion
        fields = [
            "id",
            "proposal",
            "proposal_title",
            "candidate",
            "candidate_title",
            "score",
            "explanation",
            "status",
            "reason",
            "decided_at",
        ]
        read_only_fields = fields


class ReasonSerializer(serializers.Serializer[Any]):
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class SuggestionViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[DuplicateSuggestion]):
    """The queue of suggested duplicates (``?status=pending`` by default):
    accept, reject, reopen — each with a reason."""

    queryset = DuplicateSuggestion.objects.select_related("proposal", "candidate")
    serializer_class = SuggestionSerializer

    def get_queryset(self) -> QuerySet[DuplicateSuggestion]:
        qs = super().get_queryset()
        if self.action == "list":
            status = self.request.query_params.get("status", SuggestionStatus.PENDING)
            if status in SuggestionStatus.values:
                qs = qs.filter(status=status)
        return qs.order_by("-score", "id")

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        require(request.user, Action.VIEW, DuplicateSuggestion)
        return super().list(request, *args, **kwargs)

    def _decide(self, request: Request, decide: Any) -> Response:
        suggestion = self.get_object()
        data = request_body(ReasonSerializer, request)
        try:
            decide(suggestion, request.user, data["reason"])
        except DjangoValidationError as exc:
            raise _validation(exc) from exc
        suggestion.refresh_from_db()
        return Response(SuggestionSerializer(suggestion).data)

    @extend_schema(request=ReasonSerializer, responses=SuggestionSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(request, decisions.accept_suggestion)

    @extend_schema(request=ReasonSerializer, responses=SuggestionSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(request, decisions.reject_suggestion)

    @extend_schema(request=ReasonSerializer, responses=SuggestionSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str | None = None) -> Response:
        return self._decide(request, decisions.reopen_suggestion)
