"""``/api/v1/programmes/``, ``/api/v1/activity-reports/`` and
``/api/v1/issued-reports/``: read with the plan, written (programmes and
activity reports) by those who manage the plan, as on the pages.  Issued
reports are read-only here: issuing freezes files at a board meeting and
goes through the cycle page."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers, viewsets

from ortakmasa.cycle.models import (
    ActivityReport,
    IssuedReport,
    PerformanceProgramme,
    ProgrammeActivity,
)
from ortakmasa.kernel.api import PolicyViewSetMixin
from ortakmasa.plans.models import Plan


class ActivitySerializer(serializers.ModelSerializer[ProgrammeActivity]):
    class Meta:
        model = ProgrammeActivity
        fields = [
            "id",
            "objective",
            "name",
            "responsible_unit",
            "institutional_code",
            "functional_code",
            "financing_code",
            "economic_code",
            "cost",
            "spent",
            "done",
        ]


class ProgrammeSerializer(serializers.ModelSerializer[PerformanceProgramme]):
    activities = ActivitySerializer(many=True, read_only=True)
    total_cost = serializers.DecimalField(max_digits=18, decimal_places=2, read_only=True)
    date_warning = serializers.CharField(read_only=True)

    class Meta:
        model = PerformanceProgramme
        fields = [
            "id",
            "plan",
            "year",
            "council_date",
            "decision_number",
            "budget_date",
            "general_admin_cost",
            "foreword",
            "total_cost",
            "date_warning",
            "activities",
        ]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        plan: Plan | None = attrs.get("plan") or getattr(self.instance, "plan", None)
        year = attrs.get("year") or getattr(self.instance, "year", None)
        if plan is not None and year is not None and year not in plan.years:
            raise serializers.ValidationError({"year": "The year must be within the plan period."})
        return attrs


class ActivityReportSerializer(serializers.ModelSerializer[ActivityReport]):
    date_warning = serializers.CharField(read_only=True)

    class Meta:
        model = ActivityReport
        fields = [
            "id",
            "plan",
            "year",
            "council_date",
            "decision_number",
            "foreword",
            "general_information",
            "assessment",
            "date_warning",
        ]


class IssuedReportSerializer(serializers.ModelSerializer[IssuedReport]):
    title = serializers.CharField(read_only=True)
    meeting_date = serializers.DateField(source="meeting.date", read_only=True)
    decision_number = serializers.CharField(source="meeting.decision_number", read_only=True)
    members = serializers.ListField(source="meeting.member_list", read_only=True)

    class Meta:
        model = IssuedReport
        fields = [
            "id",
            "plan",
            "kind",
            "year",
            "half",
            "version",
            "title",
            "meeting_date",
            "decision_number",
            "members",
            "sha256",
            "issued_at",
        ]


class ProgrammeViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[PerformanceProgramme]):
    queryset = PerformanceProgramme.objects.select_related("plan__institution").prefetch_related(
        "activities"
    )
    serializer_class = ProgrammeSerializer


class ActivityReportViewSet(PolicyViewSetMixin, viewsets.ModelViewSet[ActivityReport]):
    queryset = ActivityReport.objects.select_related("plan__institution")
    serializer_class = ActivityReportSerializer


class IssuedReportViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[IssuedReport]):
    queryset = IssuedReport.objects.select_related("plan__institution", "meeting")
    serializer_class = IssuedReportSerializer
