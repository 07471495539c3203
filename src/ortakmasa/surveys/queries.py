"""Lists of surveys that more than one page shows."""

from __future__ import annotations

from django.utils import timezone

from ortakmasa.surveys.models import Audience, Survey, SurveyStatus


def open_public_surveys() -> list[Survey]:
    """The public surveys open now, the soonest to close first."""
    now = timezone.now()
    return [
        s
        for s in Survey.objects.filter(
            audience=Audience.PUBLIC, status=SurveyStatus.PUBLISHED
        ).order_by("closes_at", "-created_at")
        if s.is_open(now)
    ]
