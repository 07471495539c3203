"""``/api/v1/institutions`` and ``/api/v1/people``."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets

from ortakmasa.kernel.api import PolicyViewSetMixin
from ortakmasa.kernel.policy import allowed
from ortakmasa.lib.params import is_id
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


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="Turkish-aware name search"),
            OpenApiParameter("kind", str, enum=InstitutionKind.values),
            OpenApiParameter("province", int, description="Province plate code"),
            OpenApiParameter("district", int, description="District id"),
            OpenApiParameter("parent", int, description="Parent institution id"),
        ]
    )
)
class InstitutionViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[Institution]):
    queryset = Institution.objects.all()
    serializer_class = InstitutionSerializer

    def get_queryset(self) -> QuerySet[Institution]:
        qs = super().get_queryset()
        params = self.request.query_params
        if params.get("q"):
            qs = qs.search(params["q"])
        if params.get("kind") in InstitutionKind.values:
            qs = qs.filter(kind=params["kind"])
        if is_id(params.get("province", "")):
            qs = qs.filter(province__plate=int(params["province"]))
        if is_id(params.get("district", "")):
            qs = qs.filter(district_id=int(params["district"]))
        if is_id(params.get("parent", "")):
            qs = qs.filter(parent_id=int(params["parent"]))
        return (
            qs.select_related("province", "district")
            .prefetch_related("aliases")
            .order_by("sort_key", "id")
        )


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="Turkish-aware name search"),
            OpenApiParameter("institution", int, description="Holds a post in this institution"),
        ]
    )
)
class PersonViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[Person]):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer

    def get_queryset(self) -> QuerySet[Person]:
        qs = super().get_queryset()
        params = self.request.query_params
        if params.get("q"):
            qs = qs.search(params["q"])
        if is_id(params.get("institution", "")):
            qs = qs.filter(posts__institution_id=int(params["institution"])).distinct()
        return qs.prefetch_related(
            Prefetch("posts", queryset=Post.objects.select_related("institution"))
        ).order_by("sort_key", "id")
