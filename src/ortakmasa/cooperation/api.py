"""``/api/v1/cooperations``, ``/api/v1/projects`` and ``/api/v1/network``.

Cooperations and projects are read through the API (created and edited on
the pages, where their parties, topics and partners are checked together).
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from ortakmasa.cooperation.models import (
    Commitment,
    Cooperation,
    CooperationParty,
    FundedProject,
    ProjectPartner,
)
from ortakmasa.cooperation.network import LINKS, NetworkFilters, build_network
from ortakmasa.cooperation.queries import filtered_cooperations, filtered_projects
from ortakmasa.kernel.api import PolicyViewSetMixin
from ortakmasa.kernel.cache import Gen, cached_value


class PartySerializer(serializers.ModelSerializer[CooperationParty]):
    name = serializers.CharField(source="institution.name", read_only=True)
    unit_name = serializers.CharField(source="unit.name", read_only=True, default=None)

    class Meta:
        model = CooperationParty
        fields = ["institution", "name", "unit", "unit_name", "role"]


class CommitmentSerializer(serializers.ModelSerializer[Commitment]):
    class Meta:
        model = Commitment
        fields = ["id", "text", "owner_institution", "due_date", "status"]


class CooperationSerializer(serializers.ModelSerializer[Cooperation]):
    parties = PartySerializer(many=True, read_only=True)
    topics = serializers.SerializerMethodField()
    commitments = CommitmentSerializer(many=True, read_only=True)

    class Meta:
        model = Cooperation
        fields = [
            "id",
            "title",
            "form",
            "status",
            "description",
            "start_date",
            "end_date",
            "is_public",
            "parties",
            "topics",
            "meetings",
            "commitments",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_topics(self, obj: Cooperation) -> list[str]:
        return [t.theme.code for t in obj.topics.all()]


class PartnerSerializer(serializers.ModelSerializer[ProjectPartner]):
    name = serializers.CharField(source="institution.name", read_only=True)

    class Meta:
        model = ProjectPartner
        fields = ["institution", "name", "role", "budget_share"]


class ProjectSerializer(serializers.ModelSerializer[FundedProject]):
    partners = PartnerSerializer(many=True, read_only=True)
    themes: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )

    class Meta:
        model = FundedProject
        fields = ["id", *FundedProject.EDITABLE, "partners"]


_COOP_FILTERS = [
    OpenApiParameter("theme", str, description="Theme code, e.g. disaster_earthquake"),
    OpenApiParameter("form", str),
    OpenApiParameter("status", str),
    OpenApiParameter("institution", int, description="A party (its units included)"),
    OpenApiParameter("q", str, description="Words in the title"),
]
_PROJECT_FILTERS = [
    OpenApiParameter("theme", str, description="Theme code"),
    OpenApiParameter("funder", str, description="eu, national, development_agency, …"),
    OpenApiParameter("institution", int, description="A partner"),
    OpenApiParameter("q", str),
]


@extend_schema_view(list=extend_schema(parameters=_COOP_FILTERS))
class CooperationViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[Cooperation]):
    queryset = Cooperation.objects.all()
    serializer_class = CooperationSerializer

    def get_queryset(self) -> QuerySet[Cooperation]:
        qs, _f = filtered_cooperations(self.request)
        return qs.prefetch_related(
            "parties__institution", "parties__unit", "topics__theme", "meetings", "commitments"
        )


@extend_schema_view(list=extend_schema(parameters=_PROJECT_FILTERS))
class ProjectViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[FundedProject]):
    queryset = FundedProject.objects.all()
    serializer_class = ProjectSerializer

    def get_queryset(self) -> QuerySet[FundedProject]:
        qs, _f = filtered_projects(self.request)
        return qs.prefetch_related("partners__institution", "themes")


class NetworkNodeSerializer(serializers.Serializer[Any]):
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    type = serializers.CharField()
    weight = serializers.IntegerField()


class NetworkEdgeSerializer(serializers.Serializer[Any]):
    source = serializers.CharField()  # type: ignore[assignment]
    target = serializers.CharField()
    meetings = serializers.IntegerField()
    cooperations = serializers.IntegerField()
    projects = serializers.IntegerField()
    weight = serializers.IntegerField()


class NetworkSerializer(serializers.Serializer[Any]):
    filters = serializers.DictField(child=serializers.CharField())
    totals = serializers.DictField(child=serializers.IntegerField())
    hidden_nodes = serializers.IntegerField()
    nodes = NetworkNodeSerializer(many=True)
    edges = NetworkEdgeSerializer(many=True)


_NETWORK_PARAMS = [
    OpenApiParameter("theme", str, description="Theme code, e.g. disaster_earthquake"),
    OpenApiParameter("date_from", str, description="YYYY-MM-DD"),
    OpenApiParameter("date_to", str, description="YYYY-MM-DD"),
    OpenApiParameter("link", str, description="Comma-separated: " + ", ".join(LINKS)),
    OpenApiParameter("kind", str, description="Institution kind, e.g. district_municipality"),
    OpenApiParameter("group", str, description="institution, kind, province or party"),
    OpenApiParameter("people", bool, description="Add people (group=institution only)"),
    OpenApiParameter("limit", int, description="Most-linked nodes to return (default all)"),
]


class _OneObjectSchema(AutoSchema):
    # The network is one object, though served by the "list" action.
    def _is_list_view(self, serializer: Any = None) -> bool:
        return False


class NetworkViewSet(viewsets.ViewSet):
    """Institutions (and people) linked by meetings, cooperations and funded
    projects, with link counts; node ids are institution ids, group keys or
    ``person:<person id>``."""

    schema = _OneObjectSchema()

    @extend_schema(parameters=_NETWORK_PARAMS, responses=NetworkSerializer)
    def list(self, request: Request) -> Response:
        f = NetworkFilters.from_query(request.query_params, request.user)
        if f.errors:
            raise ValidationError({"filters": f.errors})
        if "limit" not in request.query_params:
            f.limit = 100_000
        net = cached_value(
            "api_network",
            (f.as_query(), f.public_only, f.limit),
            (Gen.MEETINGS, Gen.REGISTRY, Gen.COOPERATION),
            lambda: build_network(f),
        )
        return Response(net.as_dict())
