"""``/api/v1/programmes/``, ``/api/v1/activity-reports/``,
``/api/v1/board-meetings/``, ``/api/v1/issued-reports/`` and
``/api/v1/plan-updates/``: read with the plan, written by those who manage
the plan, as on the pages and through the same services.  Issued reports
and plan updates are created, never changed: an issued report is frozen at
the board meeting that approved it (a correction is its next version), an
update is followed by another update."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Model
from drf_spectacular.utils import extend_schema_field
from rest_framework import mixins, serializers, viewsets

from ortakmasa.cycle import services
from ortakmasa.cycle.models import (
    ActivityReport,
    BoardMeeting,
    CycleAction,
    IssuedReport,
    PerformanceProgramme,
    PlanUpdate,
    ProgrammeActivity,
)
from ortakmasa.kernel.api import PolicyViewSetMixin
from ortakmasa.kernel.history import diff
from ortakmasa.plans.models import Plan


class ActivitySerializer(serializers.ModelSerializer[ProgrammeActivity]):
    class Meta:
        model = ProgrammeActivity
        fields = ["id", *ProgrammeActivity.EDITABLE, "spent", "done"]


class _YearOfPlan:
    """A programme and an activity report are each for one year of their
    plan's period."""

    instance: Any

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        plan: Plan | None = attrs.get("plan") or getattr(self.instance, "plan", None)
        year = attrs.get("year") or getattr(self.instance, "year", None)
        if plan is not None and year is not None and year not in plan.years:
            raise serializers.ValidationError({"year": "The year must be within the plan period."})
        return attrs


class ProgrammeSerializer(_YearOfPlan, serializers.ModelSerializer[PerformanceProgramme]):
    activities = ActivitySerializer(many=True, read_only=True)
    total_cost = serializers.DecimalField(max_digits=18, decimal_places=2, read_only=True)
    date_warning = serializers.CharField(read_only=True)

    class Meta:
        model = PerformanceProgramme
        fields = [
            "id",
            "plan",
            *PerformanceProgramme.EDITABLE,
            "total_cost",
            "date_warning",
            "activities",
        ]


class ActivityReportSerializer(_YearOfPlan, serializers.ModelSerializer[ActivityReport]):
    date_warning = serializers.CharField(read_only=True)

    class Meta:
        model = ActivityReport
        fields = ["id", "plan", *ActivityReport.EDITABLE, "date_warning"]


class IssuedReportSerializer(serializers.ModelSerializer[IssuedReport]):
    """Written with the plan, the report's kind, year (and half for a
    monitoring report) and the board meeting that approved it; the rest is
    what issuing made."""

    title = serializers.CharField(read_only=True)
    meeting = serializers.PrimaryKeyRelatedField(
        queryset=BoardMeeting.objects.all(), write_only=True
    )
    half = serializers.IntegerField(min_value=0, max_value=2, default=0)
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
            "meeting",
            "sha256",
            "issued_at",
        ]
        read_only_fields = ["version", "sha256", "issued_at"]
        # Issuing again is the next version, not a clash.
        validators: list[Any] = []


class BoardMeetingSerializer(serializers.ModelSerializer[BoardMeeting]):
    member_list = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = BoardMeeting
        fields = ["id", "plan", "date", "members", "member_list", "decision_number", "note"]


class PlanUpdateSerializer(serializers.ModelSerializer[PlanUpdate]):
    """An update from the plan's second year: ``targets`` maps an
    indicator's id to its new targets from ``year`` on, ``names`` an
    indicator's id to its new name, ``titles`` an objective's id to its new
    title.  ``changes`` lists what changed, before and after."""

    targets = serializers.DictField(
        child=serializers.ListField(
            child=serializers.DecimalField(max_digits=20, decimal_places=6, allow_null=True),
            max_length=5,
        ),
        write_only=True,
        required=False,
    )
    names = serializers.DictField(
        child=serializers.CharField(max_length=500), write_only=True, required=False
    )
    titles = serializers.DictField(
        child=serializers.CharField(max_length=1000), write_only=True, required=False
    )
    changes = serializers.SerializerMethodField()

    class Meta:
        model = PlanUpdate
        fields = [
            "id",
            "plan",
            "year",
            "reason",
            "approval_date",
            "decision_number",
            "targets",
            "names",
            "titles",
            "changes",
            "created_at",
        ]
        read_only_fields = ["created_at"]

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "indicator": {"type": "integer"},
                    "objective": {"type": "integer"},
                    "number": {"type": "string"},
                    "field": {"type": "string", "enum": ["name", "title"]},
                    "year": {"type": "integer"},
                    "old": {"type": ["number", "string", "null"]},
                    "new": {"type": ["number", "string", "null"]},
                },
            },
        }
    )
    def get_changes(self, obj: PlanUpdate) -> list[dict[str, Any]]:
        return list(obj.changes)


def _ids(data: dict[str, Any], what: str) -> dict[int, Any]:
    try:
        return {int(k): v for k, v in data.items()}
    except ValueError as exc:
        raise serializers.ValidationError({what: "Keys are ids."}) from exc


def _refused(exc: DjangoValidationError) -> serializers.ValidationError:
    if hasattr(exc, "message_dict"):
        return serializers.ValidationError(exc.message_dict)
    return serializers.ValidationError({"non_field_errors": exc.messages})


class _Kept(PolicyViewSetMixin):
    """Programmes and activity reports changed through the API keep their
    history as those changed on the pages do."""

    owner = "programme"

    def perform_create(self, serializer: Any) -> None:
        super().perform_create(serializer)
        item = serializer.instance
        services.record_change(
            item.plan,
            self.request.user,
            CycleAction.CREATED,
            str(item),
            services.created_changes(item),
            **{self.owner: item},
        )

    def perform_update(self, serializer: Any) -> None:
        before = services.values_of(
            type(serializer.instance).objects.get(pk=serializer.instance.pk)
        )
        super().perform_update(serializer)
        item = serializer.instance
        services.record_change(
            item.plan,
            self.request.user,
            CycleAction.CHANGED,
            str(item),
            diff(before, services.values_of(item)),
            **{self.owner: item},
        )


class ProgrammeViewSet(_Kept, viewsets.ModelViewSet[PerformanceProgramme]):
    queryset = PerformanceProgramme.objects.select_related("plan__institution").prefetch_related(
        "activities"
    )
    serializer_class = ProgrammeSerializer
    owner = "programme"


class ActivityReportViewSet(_Kept, viewsets.ModelViewSet[ActivityReport]):
    queryset = ActivityReport.objects.select_related("plan__institution")
    serializer_class = ActivityReportSerializer
    owner = "report"


Written = TypeVar("Written", bound=Model)


class _WrittenByServiceViewSet(
    PolicyViewSetMixin,
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Written],
):
    # Records the cycle's services write, checks and all, and never change
    # afterwards: the API lists, shows and creates them through ``write``.
    # (A comment, not a docstring: the schema would show it for each list.)

    def perform_create(self, serializer: Any) -> None:
        try:
            with transaction.atomic():
                serializer.instance = self.write(serializer.validated_data)
        except DjangoValidationError as exc:
            raise _refused(exc) from exc

    def write(self, data: dict[str, Any]) -> Written:
        raise NotImplementedError


class BoardMeetingViewSet(_WrittenByServiceViewSet[BoardMeeting]):
    queryset = BoardMeeting.objects.select_related("plan__institution")
    serializer_class = BoardMeetingSerializer

    def write(self, data: dict[str, Any]) -> BoardMeeting:
        return services.record_meeting(
            data["plan"],
            self.request.user,
            date=data["date"],
            members=data["members"],
            decision_number=data["decision_number"],
            note=data.get("note", ""),
        )


class IssuedReportViewSet(_WrittenByServiceViewSet[IssuedReport]):
    queryset = IssuedReport.objects.select_related("plan__institution", "meeting")
    serializer_class = IssuedReportSerializer

    def write(self, data: dict[str, Any]) -> IssuedReport:
        return services.issue(
            data["plan"],
            self.request.user,
            kind=data["kind"],
            year=data["year"],
            half=data.get("half") or 0,
            meeting=data["meeting"],
        )


class PlanUpdateViewSet(_WrittenByServiceViewSet[PlanUpdate]):
    queryset = PlanUpdate.objects.select_related("plan__institution").defer("before", "after")
    serializer_class = PlanUpdateSerializer

    def write(self, data: dict[str, Any]) -> PlanUpdate:
        targets = {
            k: [float(v) if v is not None else None for v in values]
            for k, values in _ids(data.get("targets", {}), "targets").items()
        }
        return services.update_plan(
            data["plan"],
            self.request.user,
            year=data["year"],
            reason=data["reason"],
            approval_date=data["approval_date"],
            decision_number=data["decision_number"],
            targets=targets,
            names=_ids(data.get("names", {}), "names"),
            titles=_ids(data.get("titles", {}), "titles"),
        )
