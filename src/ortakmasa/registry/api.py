"""``/api/v1/institutions`` and ``/api/v1/people``."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, viewsets

from ortakmasa.kernel.api import ListFilter, ListFilters, PolicyViewSetMixin
from ortakmasa.kernel.policy import allowed
from ortakmasa.registry.models import (
    Institution,
    InstitutionKind,
    Person,
    Post,
)


class InstitutionSerializer(serializers.ModelSerializer[Institution]):
    aliases = serializers.SerializerMethodField()
    province_plate = serializers.IntegerField(
        source="province.plate", read_only=True, allow_null=True
    )
    district_name = serializers.CharField(source="district.name", read_only=True, allow_null=True)

    class Meta:
        model = Institution
        fields = ["id", *Institution.EDITABLE, "province_plate", "district_name", "aliases"]

    def get_aliases(self, obj: Institution) -> list[str]:
        return [a.name for a in obj.aliases.all()]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        from ortakmasa.registry.models import SUBUNIT_KINDS

        kind = attrs.get("kind", getattr(self.instance, "kind", None))
        parent = attrs.get("parent", getattr(self.instance, "parent", None))
        if kind in SUBUNIT_KINDS and parent is None:
            raise serializers.ValidationError(
                {"parent": "A department, directorate or unit needs a parent."}
            )
        return attrs


class PostSerializer(serializers.ModelSerializer[Post]):
    institution_name = serializers.CharField(source="institution.name", read_only=True)

    class Meta:
        model = Post
        fields = ["id", "institution", "institution_name", "title", "start_date", "end_date"]


class PersonSerializer(serializers.ModelSerializer[Person]):
    name = serializers.CharField(read_only=True)
    posts = PostSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = ["id", "name", "given_name", "family_name", "email", "phone", "posts"]

    def to_representation(self, instance: Person) -> dict[str, Any]:
        data = super().to_representation(instance)
        request = self.context.get("request")
        if request is None or not allowed(request.user, "view_contact"):
            # Contact details are personal data (KVKK): staff only.
            data.pop("email", None)
            data.pop("phone", None)
        return data


INSTITUTION_FILTERS = ListFilters(
    "Turkish-aware name search",
    (
        ListFilter("kind", "kind", str, values=InstitutionKind.values),
        ListFilter("province", "province__plate", description="Province plate code"),
        ListFilter("district", "district_id", description="District id"),
        ListFilter("parent", "parent_id", description="Parent institution id"),
    ),
)
PERSON_FILTERS = ListFilters(
    "Turkish-aware name search",
    (
        ListFilter(
            "institution",
            "posts__institution_id",
            description="Holds a post in this institution",
            distinct=True,
        ),
    ),
)


@extend_schema_view(
    list=extend_schema(parameters=INSTITUTION_FILTERS.parameters()),
)
class InstitutionViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[Institution]):
    queryset = Institution.objects.all()
    serializer_class = InstitutionSerializer

    def get_queryset(self) -> QuerySet[Institution]:
        qs = INSTITUTION_FILTERS.apply(super().get_queryset(), self.request.query_params)
        return (
            qs.select_related("province", "district")
            .prefetch_related("aliases")
            .order_by("sort_key", "id")
        )


@extend_schema_view(
    list=extend_schema(parameters=PERSON_FILTERS.parameters()),
)
class PersonViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[Person]):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer

    def get_queryset(self) -> QuerySet[Person]:
        qs = PERSON_FILTERS.apply(super().get_queryset(), self.request.query_params)
        return qs.prefetch_related(
            Prefetch("posts", queryset=Post.objects.select_related("institution"))
        ).order_by("sort_key", "id")
