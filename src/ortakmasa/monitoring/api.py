"""``/api/v1/indicators/{id}/values``: an indicator's values (list, and
create with the same rights as the entry page); the plan's progress
(``/api/v1/plans/{id}/progress``) is ``PlanProgressViewSet`` below, routed
by the site: plans know nothing of monitoring."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from ortakmasa.kernel.api import PolicyViewSetMixin, request_body
from ortakmasa.kernel.policy import Action, can, visible
from ortakmasa.monitoring import progress, services
from ortakmasa.monitoring.models import PERIOD_END_MONTHS, IndicatorValue
from ortakmasa.plans.models import Indicator, Plan


class ValueSerializer(serializers.ModelSerializer[IndicatorValue]):
    period = serializers.CharField(read_only=True)
    entered_by = serializers.StringRelatedField(read_only=True)  # type: ignore[var-annotated]
    reviewed_by = serializers.StringRelatedField(read_only=True)  # type: ignore[var-annotated]

    class Meta:
        model = IndicatorValue
        fields = [
            "id",
            "indicator",
            "year",
            "end_month",
            "frequency",
            "period",
            "value",
            "explanation",
            "status",
            "return_reason",
            "entered_by",
            "entered_at",
            "reviewed_by",
            "reviewed_at",
        ]
        read_only_fields = [
            "indicator",
            "frequency",
            "status",
            "return_reason",
            "entered_at",
            "reviewed_at",
        ]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        indicator: Indicator = self.context["indicator"]
        months = PERIOD_END_MONTHS[indicator.monitoring_frequency]
        if attrs.get("end_month") not in months:
            raise serializers.ValidationError(
                {"end_month": f"One of {list(months)} for this indicator's frequency."}
            )
        return attrs


class IndicatorValuesViewSet(viewsets.GenericViewSet[Indicator]):
    lookup_value_regex = "[0-9]+"
    """Values of one indicator; only the ``values`` action is routed."""

    queryset = Indicator.objects.select_related(
        "objective__goal__plan__institution", "objective__responsible_unit"
    )
    serializer_class = ValueSerializer  # type: ignore[assignment]
    # The policy is asked per indicator below (and by ``services``): values
    # are entered by the indicator's unit, whatever the rights on indicators.
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def _indicator(self, pk: str | None) -> Indicator:
        indicator = get_object_or_404(self.get_queryset(), pk=pk)
        if not can(self.request.user, Action.VIEW, indicator.objective.goal.plan):
            # As for the plans themselves: what one may not read is not there.
            raise Http404
        return indicator

    @extend_schema(request=ValueSerializer, responses={200: ValueSerializer(many=True)})
    @action(detail=True, methods=["get", "post"])
    def values(self, request: Request, pk: str | None = None) -> Response:
        """GET: the values the user may see (approved ones with the plan;
        all of them for the unit and the office).  POST: a unit enters the
        value of a period (``year``, ``end_month``, ``value``,
        ``explanation``); it waits for the office's approval."""
        indicator = self._indicator(pk)
        if request.method == "POST":
            data = request_body(ValueSerializer, request, context={"indicator": indicator})
            try:
                item = services.enter_value(
                    indicator,
                    request.user,
                    year=data["year"],
                    end_month=data["end_month"],
                    value=data["value"],
                    explanation=data.get("explanation", ""),
                )
            except PermissionDenied:
                raise
            except ValidationError as exc:
                raise ApiValidationError(
                    exc.message_dict if hasattr(exc, "error_dict") else exc.messages
                ) from exc
            item = IndicatorValue.objects.select_related("entered_by", "reviewed_by").get(
                pk=item.pk
            )
            return Response(ValueSerializer(item).data, status=status.HTTP_201_CREATED)
        values = (
            visible(request.user, IndicatorValue.objects.filter(indicator=indicator))
            .select_related("entered_by", "reviewed_by")
            .order_by("year", "end_month")
        )
        return Response(ValueSerializer(values, many=True).data)


class PlanProgressViewSet(PolicyViewSetMixin, viewsets.GenericViewSet[Plan]):
    """A plan's progress, with the same rights as the plan itself."""

    queryset = Plan.objects.select_related("institution").order_by("-start_year", "id")

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def progress(self, request: Request, pk: str | None = None) -> Response:
        """Goal → objective → indicator achievement per plan year, from the
        approved values, in a fixed number of queries (see
        ``monitoring.progress``)."""
        plan = self.get_object()
        return Response(progress.progress_data(progress.load_plan(plan.pk)))
