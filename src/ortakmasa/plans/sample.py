"""A complete generated plan of any size, for tests and benchmarks: every
part filled so that it passes the checks."""

from __future__ import annotations

from typing import Any

from ortakmasa.plans.models import (
    ActivityArea,
    Finding,
    Goal,
    Indicator,
    LegislationItem,
    Objective,
    PestleCategory,
    PestleItem,
    Plan,
    PolicyDocument,
    Stakeholder,
    SwotItem,
    SwotKind,
)
from ortakmasa.plans.signals import written_in_bulk
from ortakmasa.registry.models import Institution


def make_plan(
    institution: Institution,
    *,
    goals: int = 2,
    objectives: int = 2,
    indicators: int = 2,
    start_year: int = 2025,
    unit: Institution | None = None,
    **fields: Any,
) -> Plan:
    """``objectives`` per goal, ``indicators`` per objective; bulk-created."""
    defaults = {
        "preparation": "Planlama ekibi kuruldu; hazırlık programı uygulandı.",
        "history": "Kurum 1930 yılında kuruldu.",
        "current_plan_review": "Önceki planın hedeflerinin çoğuna ulaşıldı.",
        "internal_analysis": "Teşkilat yapısı, insan kaynakları ve mali durum incelendi.",
        "mission": "Kentte yaşayanlara katılımcı ve kaliteli hizmet sunmak.",
        "vision": "Dayanıklı, adil ve yaşanabilir bir kent.",
        "core_values": "Katılımcılık\nŞeffaflık\nHesap verebilirlik",
        "monitoring": "Göstergeler altı ayda bir izlenir, yılda bir değerlendirilir.",
    }
    plan = Plan.objects.create(
        institution=institution, start_year=start_year, **{**defaults, **fields}
    )
    LegislationItem.objects.create(
        plan=plan, position=1, obligation="Stratejik plan hazırlamak", basis="5393 s. Kanun md. 41"
    )
    PolicyDocument.objects.create(
        plan=plan, position=1, document="On İkinci Kalkınma Planı", duty="Afete dirençli kentler"
    )
    ActivityArea.objects.create(
        plan=plan, position=1, name="Ulaşım", services="Toplu taşıma\nYol bakımı"
    )
    Stakeholder.objects.create(
        plan=plan, position=1, name="Muhtarlar", influence=4, importance=5, services="Yol bakımı"
    )
    PestleItem.objects.create(
        plan=plan, position=1, category=PestleCategory.ECONOMIC, factor="Enflasyon", effect="threat"
    )
    SwotItem.objects.create(plan=plan, position=1, kind=SwotKind.STRENGTH, text="Güçlü mali yapı")
    Finding.objects.create(
        plan=plan, position=1, area="Ulaşım", finding="Yoğunluk", need="Raylı sistem"
    )
    goal_rows = Goal.objects.bulk_create(
        [
            Goal(plan=plan, position=g + 1, title=f"Amaç {g + 1}: kentsel hizmetleri geliştirmek")
            for g in range(goals)
        ]
    )
    objective_rows = Objective.objects.bulk_create(
        [
            Objective(
                goal=goal,
                position=o + 1,
                title=f"Hedef {goal.position}.{o + 1}: hizmet kalitesini artırmak",
                responsible_unit=unit or institution,
                risks="Bütçe kısıtı",
                controls="Dönemsel izleme",
                strategies="Paydaşlarla ortak çalışma",
                activities="Pilot uygulama",
                findings="Talep artıyor",
                needs="Kapasite",
                costs=[1_000_000 * (o + 1)] * 5,
            )
            for goal in goal_rows
            for o in range(objectives)
        ]
    )
    weights = _weights(indicators)
    Indicator.objects.bulk_create(
        [
            Indicator(
                objective=objective,
                position=i + 1,
                name=f"Gösterge {i + 1}: hizmetten yararlanan kişi sayısı",
                unit="kişi",
                weight=weights[i],
                baseline=100,
                targets=[110, 120, 130, 140, 150],
                source="Birim kayıtları",
            )
            for objective in objective_rows
            for i in range(indicators)
        ]
    )
    written_in_bulk(plan.pk)
    return plan


def _weights(count: int) -> list[int]:
    if count == 0:
        return []
    base = 100 // count
    return [base] * (count - 1) + [100 - base * (count - 1)]
