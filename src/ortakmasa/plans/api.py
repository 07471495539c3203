"""``/api/v1/plans``: the plans one may read; ``/api/v1/plans/{id}``: the
whole tree in a fixed number of queries; ``/api/v1/plans/{id}/export.docx``
(``.pdf``, ``.xlsx``): the documents (``/api/v1/plans/{id}/progress`` is
served by monitoring, which knows the values).  Read-only: plans are edited on the
pages, where the checks and the change record live."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import renderers, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from ortakmasa.kernel.api import PolicyViewSetMixin
from ortakmasa.plans import exports, tree
from ortakmasa.plans.models import Plan


class PlanSerializer(serializers.ModelSerializer[Plan]):
    institution_name = serializers.CharField(source="institution.name", read_only=True)
    end_year = serializers.IntegerField(read_only=True)
    display_title = serializers.CharField(read_only=True)

    class Meta:
        model = Plan
        fields = [
            "id",
            "display_title",
            "institution",
            "institution_name",
            "start_year",
            "end_year",
            "status",
            "approval_date",
            "decision_number",
            "updated_at",
        ]


class _FileRenderer(renderers.BaseRenderer):
    """Lets ``.docx``/``.pdf``/``.xlsx`` be asked for as a format suffix;
    the view answers with the file itself."""

    charset = None
    render_style = "binary"

    def render(
        self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None
    ) -> bytes:
        return data if isinstance(data, bytes) else b""


def _renderer(fmt: str) -> type[renderers.BaseRenderer]:
    return type(
        f"{fmt.capitalize()}Renderer",
        (_FileRenderer,),
        {"format": fmt, "media_type": exports.CONTENT_TYPES[fmt]},
    )


FILE_RENDERERS = [_renderer(fmt) for fmt in exports.CONTENT_TYPES]


class PlanViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[Plan]):
    queryset = Plan.objects.select_related("institution").order_by("-start_year", "id")
    serializer_class = PlanSerializer

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """The whole plan: situation analysis, mission and vision, goals →
        objectives (with their sources) → indicators, costs."""
        plan = self.get_object()
        loaded = tree.load(plan.pk)
        return Response(tree.plan_data(loaded))

    @extend_schema(
        parameters=[
            OpenApiParameter("format", str, OpenApiParameter.PATH, enum=list(exports.CONTENT_TYPES))
        ],
        responses={200: OpenApiResponse(OpenApiTypes.BINARY, description="The document")},
    )
    @action(detail=True, methods=["get"], renderer_classes=FILE_RENDERERS)
    def export(self, request: Request, pk: str | None = None, format: str | None = None) -> Any:
        """The plan as Word (``export.docx``), PDF (``export.pdf``) or the
        Excel workbook of its indicator tables (``export.xlsx``)."""
        plan = self.get_object()
        fmt = str(format or getattr(request.accepted_renderer, "format", "docx"))
        content, content_type, name = exports.export(plan.pk, fmt)
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        # Errors of the file endpoints are JSON like everywhere else.
        if isinstance(response, Response) and response.status_code >= 400:
            request.accepted_renderer = renderers.JSONRenderer()
            request.accepted_media_type = "application/json"
        return super().finalize_response(request, response, *args, **kwargs)
