"""``/api/v1/surveys/`` (with their questions; a published public survey is
readable without an account; answers go through the same checks as the
pages) and ``/api/v1/citizen-proposals/``."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response as ApiResponse

from ortakmasa.kernel.api import PolicyViewSetMixin, request_body
from ortakmasa.kernel.policy import Action, require
from ortakmasa.registry.models import District
from ortakmasa.surveys import answering, citizens
from ortakmasa.surveys.answering import AnswerRefused, Respondent
from ortakmasa.surveys.forms import check_photo
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    Question,
    Survey,
)
from ortakmasa.themes.models import Theme


class QuestionSerializer(serializers.ModelSerializer[Question]):
    key = serializers.CharField(read_only=True)
    section = serializers.CharField(source="section.title", read_only=True)
    scale = serializers.ListField(source="labels", read_only=True)
    themes = serializers.SerializerMethodField()
    show_if = serializers.SerializerMethodField()

    class Meta:
        model = Question
        fields = [
            "id",
            "key",
            "section",
            "position",
            "kind",
            "text",
            "help_text",
            "required",
            "choices",
            "scale",
            "themes",
            "min_value",
            "max_value",
            "show_if",
            "show_if_value",
        ]

    def get_themes(self, obj: Question) -> list[str]:
        if obj.kind != "ranking":
            return []
        return [t.code for t in answering.theme_options(obj)]

    def get_show_if(self, obj: Question) -> str | None:
        return f"q{obj.show_if_id}" if obj.show_if_id else None


class SurveySerializer(serializers.ModelSerializer[Survey]):
    questions = QuestionSerializer(many=True, read_only=True)
    is_open = serializers.SerializerMethodField()

    class Meta:
        model = Survey
        fields = [
            "id",
            "title",
            "description",
            "audience",
            "anonymous",
            "ask_district",
            "kvkk_notice",
            "status",
            "opens_at",
            "closes_at",
            "is_open",
            "questions",
        ]

    def get_is_open(self, obj: Survey) -> bool:
        return obj.is_open()


class AnswerSerializer(serializers.Serializer[Any]):
    answers = serializers.DictField(help_text="Question key (q12) → canonical value.")
    district = serializers.IntegerField(required=False, allow_null=True)
    name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    email = serializers.EmailField(required=False, allow_blank=True)
    token = serializers.CharField(
        required=False, allow_blank=True, help_text="A personal or unit link's token."
    )


class SurveyViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet[Survey]):
    queryset = Survey.objects.all()
    serializer_class = SurveySerializer
    permission_classes = [AllowAny]

    def get_queryset(self) -> QuerySet[Survey]:
        return (
            super()
            .get_queryset()
            .prefetch_related("questions__section", "questions__themes")
            .order_by("-created_at", "-id")
        )

    @extend_schema(request=AnswerSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    def answers(self, request: Request, pk: str | None = None) -> ApiResponse:
        """A final answer, checked as the page checks it: required
        questions, conditions, limits, the rate limit and duplicates on
        public surveys, one answer per personal link."""
        from ortakmasa.surveys.models import Invitation, StaffLink

        values = request_body(AnswerSerializer, request)
        token = values.get("token") or ""
        survey_pk = int(pk) if pk and pk.isdigit() else 0
        survey = Survey.objects.filter(pk=survey_pk).select_related("owner").first()
        if token:
            invitation = Invitation.objects.filter(token=token, survey_id=survey_pk).first()
            link = StaffLink.objects.filter(token=token, survey_id=survey_pk).first()
            if invitation is None and link is None:
                return ApiResponse({"error": _("Not found.")}, status=status.HTTP_404_NOT_FOUND)
            who = (
                Respondent(Audience.STAKEHOLDER, invitation=invitation)
                if invitation
                else Respondent(Audience.STAFF, staff_link=link)
            )
        else:
            survey = self.get_object()
            who = Respondent(Audience.PUBLIC)
        assert survey is not None
        questions = answering.load_questions(survey)
        answers, errors = answering.clean(questions, dict(values["answers"]), final=True)
        district = None
        if values.get("district"):
            district = District.objects.filter(pk=values["district"]).first()
            if district is None:
                errors["district"] = _("Choose a district from the list.")
        if not survey.anonymous and not (values.get("name") or "").strip():
            errors["name"] = _("Write your name: this survey is not anonymous.")
        if errors:
            return ApiResponse(
                {"error": _("The request is not valid."), "fields": errors},
                status=status.HTTP_400_BAD_REQUEST,
            )
        if who.audience == Audience.PUBLIC and answering.rate_limited(request, survey):
            return ApiResponse(
                {"error": _("Too many answers have come from your connection.")},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
        who.district = district
        who.name, who.email = values.get("name") or "", values.get("email") or ""
        who.fingerprint = answering.fingerprint(request)
        try:
            response = answering.save(survey, who, answers, final=True)
        except AnswerRefused as refused:
            code = status.HTTP_409_CONFLICT
            return ApiResponse({"error": refused.message, "code": refused.code}, status=code)
        return ApiResponse({"id": response.pk}, status=status.HTTP_201_CREATED)


class CitizenProposalSerializer(serializers.ModelSerializer[CitizenProposal]):
    themes = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Theme.objects.all(), required=False
    )
    district_name = serializers.CharField(source="district.name", read_only=True)
    supporters = serializers.IntegerField(read_only=True)
    email = serializers.EmailField(write_only=True)
    name = serializers.CharField(write_only=True, required=False, allow_blank=True)
    photo = serializers.FileField(write_only=True, required=False)

    class Meta:
        model = CitizenProposal
        fields = [
            "id",
            "title",
            "description",
            "district",
            "district_name",
            "neighbourhood",
            "themes",
            "photo",
            "name",
            "email",
            "status",
            "reason",
            "proposal",
            "supporters",
            "created_at",
        ]
        read_only_fields = ["status", "reason", "proposal", "created_at"]

    def validate_photo(self, value: Any) -> Any:
        from django import forms

        try:
            value.name = f"photo.{check_photo(value)}"
        except forms.ValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc
        return value


class CitizenProposalViewSet(
    PolicyViewSetMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet[CitizenProposal],
):
    """Published citizens' proposals; anyone may send one, which counts
    once the e-mail address is confirmed."""

    queryset = CitizenProposal.objects.all()
    serializer_class = CitizenProposalSerializer
    permission_classes = [AllowAny]

    def get_queryset(self) -> QuerySet[CitizenProposal]:
        return (
            super()
            .get_queryset()
            .select_related("district")
            .prefetch_related("themes")
            .annotate(supporters=Count("supports", filter=Q(supports__confirmed_at__isnull=False)))
            .order_by("-created_at", "-id")
        )

    def perform_create(self, serializer: Any) -> None:
        data = dict(serializer.validated_data)
        themes = data.pop("themes", [])
        item = CitizenProposal(**data)
        require(self.request.user, Action.ADD, item)
        with transaction.atomic():
            item.save()
            item.themes.set(themes)
            citizens.send_confirmation(item, self.request.build_absolute_uri)
        item.supporters = 0  # type: ignore[attr-defined]
        serializer.instance = item
