"""The "Paydaş Görüşleri" part of the plan's situation analysis: the
results of the surveys of the plan's municipality, as figures with their
tables, in Turkish whatever the interface language (the plan is a Turkish
public document).  Registered with ``plans.document.register_section``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Count, Q
from django.utils import translation

from ortakmasa.surveys import results
from ortakmasa.surveys.models import Audience, Kind, ResponseStatus, Survey, SurveyStatus

if TYPE_CHECKING:
    from ortakmasa.plans.document import Builder
    from ortakmasa.plans.models import Plan

AUDIENCE_TR = {
    Audience.PUBLIC: "vatandaş anketi",
    Audience.STAKEHOLDER: "dış paydaş anketi",
    Audience.STAFF: "çalışan anketi",
}
#: Open-answer themes listed per survey question in the document.
MAX_THEMES = 8


def surveys_for(plan: Plan) -> list[Survey]:
    root_id = plan.institution.root_id or plan.institution_id
    return list(
        Survey.objects.filter(Q(owner_id=root_id) | Q(owner__root_id=root_id))
        .exclude(status=SurveyStatus.DRAFT)
        .annotate(answered=Count("responses", filter=Q(responses__status=ResponseStatus.SUBMITTED)))
        .filter(answered__gt=0)
        .order_by("created_at", "id")
    )


def stakeholder_views(plan: Plan, b: Builder) -> None:
    found = surveys_for(plan)
    if not found:
        return
    from ortakmasa.monitoring.figures import chart_png

    b.heading(2, "Paydaş Görüşleri")
    b.para(
        "Vatandaşların, dış paydaşların ve kurum çalışanlarının görüşleri Ortak Masa "
        "platformunda yürütülen anketlerle alınmıştır; her sorunun yanıt dağılımı aşağıda "
        "şekil ve tablo olarak verilmiştir."
    )
    with translation.override("tr"):
        for survey in found:
            data = results.build(survey, crosstabs=False)
            kind = AUDIENCE_TR.get(Audience(survey.audience), "anket")
            b.para(f"{survey.title} ({kind}): {data.total} yanıt.", "lead")
            for item in data.questions:
                chart = item.chart
                if chart is not None and chart.table.rows:
                    b.figure(chart.title, chart_png(chart), chart.alt)
                    b.table(
                        chart.title,
                        list(chart.table.header),
                        [list(row) for row in chart.table.rows],
                    )
                elif item.question.kind == Kind.TEXT and item.groups:
                    b.table(
                        f"{item.question.text} (açık uçlu yanıtların temaları)",
                        ["Tema", "Yanıt sayısı"],
                        [[group.label, str(group.size)] for group in item.groups[:MAX_THEMES]],
                        [4, 1],
                    )
