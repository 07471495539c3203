"""``/api/v1/meetings`` and ``/api/v1/campaigns/{id}/coverage``."""

from __future__ import annotations

import functools
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from ortakmasa.kernel.api import PolicyViewSetMixin
from ortakmasa.kernel.cache import Gen, cached_for_request
from ortakmasa.kernel.listing import CountedPaginator
from ortakmasa.kernel.page_cache import CachedListMixin
from ortakmasa.kernel.policy import Action, require
from ortakmasa.meetings.api_rows import meeting_dicts, meeting_values
from ortakmasa.meetings.coverage import campaign_coverage
from ortakmasa.meetings.models import (
    Campaign,
    Meeting,
    MeetingTopic,
    Participation,
    Quote,
)
from ortakmasa.meetings.queries import filtered_meetings, meeting_total
from ortakmasa.meetings.signals import written_in_bulk
from ortakmasa.themes.models import Theme


class ParticipationSerializer(serializers.ModelSerializer[Participation]):
    name = serializers.CharField(source="display_name", read_only=True)

    class Meta:
        model = Participation
        fields = ["id", "name", "person", "post", "institution", "title_as_written", "side"]


class TopicSerializer(serializers.ModelSerializer[MeetingTopic]):
    theme = serializers.SlugRelatedField(slug_field="code", queryset=Theme.objects.all())

    class Meta:
        model = MeetingTopic
        fields = ["theme", "rank", "label"]


class QuoteSerializer(serializers.ModelSerializer[Quote]):
    speaker_name = serializers.CharField(read_only=True)

    class Meta:
        model = Quote
        fields = ["id", "speaker", "speaker_name", "text"]


class MeetingSerializer(serializers.ModelSerializer[Meeting]):
    participations = ParticipationSerializer(many=True, read_only=True)
    topics = TopicSerializer(many=True, required=False)
    quotes = QuoteSerializer(many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            *Meeting.EDITABLE,
            "host",
            "guests",
            "review_status",
            "participations",
            "topics",
            "quotes",
            "source_document",
        ]
        read_only_fields = ["review_status", "source_document"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if "date" in attrs and attrs["date"] is None:
            raise serializers.ValidationError({"date": "A meeting needs a date."})
        if self.instance is None and not attrs.get("date"):
            raise serializers.ValidationError({"date": "A meeting needs a date."})
        return attrs

    def _save_topics(self, meeting: Meeting, topics: list[dict[str, Any]] | None) -> None:
        if topics is None:
            return
        meeting.topics.all().delete()
        ordered = sorted(topics, key=lambda t: t.get("rank", 0))
        MeetingTopic.objects.bulk_create(
            MeetingTopic(meeting=meeting, theme=t["theme"], rank=i, label=t.get("label", ""))
            for i, t in enumerate(ordered, start=1)
        )
        # bulk_create sends no signal.
        written_in_bulk([meeting.pk])

    @transaction.atomic
    def create(self, validated_data: dict[str, Any]) -> Meeting:
        topics = validated_data.pop("topics", None)
        meeting = super().create(validated_data)
        self._save_topics(meeting, topics)
        return meeting

    @transaction.atomic
    def update(self, instance: Meeting, validated_data: dict[str, Any]) -> Meeting:
        topics = validated_data.pop("topics", None)
        meeting = super().update(instance, validated_data)
        self._save_topics(meeting, topics)
        return meeting


_FILTERS = [
    OpenApiParameter("institution", int, description="Host or visiting institution"),
    OpenApiParameter("person", int, description="A participant"),
    OpenApiParameter("theme", str, description="Theme code, e.g. disaster_earthquake"),
    OpenApiParameter("kind", str),
    OpenApiParameter("date_from", str, description="YYYY-MM-DD"),
    OpenApiParameter("date_to", str, description="YYYY-MM-DD"),
    OpenApiParameter("campaign", int),
    OpenApiParameter("review", str, description="draft, unreviewed or confirmed"),
]


@extend_schema_view(list=extend_schema(parameters=_FILTERS))
class MeetingViewSet(CachedListMixin, PolicyViewSetMixin, viewsets.ModelViewSet[Meeting]):
    queryset = Meeting.objects.all()
    serializer_class = MeetingSerializer
    page_cache_depends = (Gen.MEETINGS, Gen.REGISTRY)

    def get_queryset(self) -> QuerySet[Meeting]:
        qs, _f = filtered_meetings(self.request)
        return qs.select_related("host").prefetch_related(
            "guests",
            "topics__theme",
            "quotes__speaker",
            "participations__person",
        )

    def paginate_queryset(self, queryset: Any) -> Any:
        # The total is kept on write for the unfiltered list and one
        # institution's (meetings.tallies): no count over every meeting.
        key = filtered_meetings(self.request)[1].get("tally_key")
        count = meeting_total(self.request.user, queryset, key)
        if count is not None and self.paginator is not None:
            self.paginator.django_paginator_class = functools.partial(  # type: ignore[attr-defined]
                CountedPaginator, count=count
            )
        return super().paginate_queryset(queryset)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # The serialised page is reused until a meeting or the registry
        # changes: nested participants and topics cost far more to serialise
        # than to look up.
        return Response(
            cached_for_request(request, "api_meetings", (Gen.MEETINGS, Gen.REGISTRY), self._page)
        )

    def _page(self) -> Any:
        # The serializer's JSON, from plain rows (meetings.api_rows).
        qs, _f = filtered_meetings(self.request)
        page = self.paginate_queryset(meeting_values(self.filter_queryset(qs)))
        assert page is not None, "the API always paginates"
        return self.get_paginated_response(meeting_dicts(page)).data

    def perform_create(self, serializer: Any) -> None:
        super().perform_create(serializer)
        serializer.instance.created_by = self.request.user
        serializer.instance.save(update_fields=["created_by"])


class CoverageSerializer(serializers.Serializer[Any]):
    campaign = serializers.IntegerField()
    name = serializers.CharField()
    targets = serializers.IntegerField()
    heard = serializers.IntegerField()
    meetings = serializers.IntegerField()
    unreviewed_meetings = serializers.IntegerField()
    draft_meetings = serializers.IntegerField()
    hours = serializers.FloatField()
    institutions = serializers.ListField(child=serializers.DictField())


class CampaignSerializer(serializers.ModelSerializer[Campaign]):
    class Meta:
        model = Campaign
        fields = ["id", *Campaign.EDITABLE, "targets"]


class CampaignViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[Campaign]):
    queryset = Campaign.objects.prefetch_related("targets").order_by("-start_date", "-id")
    serializer_class = CampaignSerializer

    @extend_schema(responses=CoverageSerializer)
    @action(detail=True)
    def coverage(self, request: Request, pk: str | None = None) -> Response:
        campaign = get_object_or_404(self.get_queryset(), pk=pk)
        require(request.user, Action.VIEW, campaign)
        return Response(campaign_coverage(campaign).as_dict())
