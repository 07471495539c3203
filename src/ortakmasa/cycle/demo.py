"""Demo: the 2025 and 2026 performance programmes, the 2025 activity
report, the board's meetings and the reports issued at them for the
closed periods only, the units' evaluations of 2025 and an update of the
plan in 2026.  Invented figures and decisions, marked as demo.
Idempotent: a second run changes nothing."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from ortakmasa.accounts.models import Role, User
from ortakmasa.cycle import services
from ortakmasa.cycle.models import (
    ActivityReport,
    BoardMeeting,
    IssuedReport,
    ObjectiveEvaluation,
    PerformanceProgramme,
    PlanUpdate,
    ProgrammeActivity,
    ProgrammeResource,
    ResourceSource,
)
from ortakmasa.monitoring.periods import is_closed
from ortakmasa.plans.demo import DEMO_TITLE
from ortakmasa.plans.models import Indicator, Objective, Plan
from ortakmasa.registry.models import Institution

MEMBERS = "Belediye Başkanı (demo)\nGenel Sekreter (demo)\nStrateji Geliştirme Daire Başkanı (demo)"
#: (meeting date, decision number, reports approved: (kind, year, half))
MEETINGS = [
    (datetime.date(2025, 7, 15), "SGK-2025/1 (demo)", [("monitoring", 2025, 1)]),
    (
        datetime.date(2026, 1, 20),
        "SGK-2026/1 (demo)",
        [("monitoring", 2025, 2), ("evaluation", 2025, 0)],
    ),
    (datetime.date(2026, 7, 14), "SGK-2026/2 (demo)", [("monitoring", 2026, 1)]),
]


def _programme(plan: Plan, year: int, office: User) -> None:
    council = datetime.date(year - 1, 10, 7)
    programme, created = PerformanceProgramme.objects.get_or_create(
        plan=plan,
        year=year,
        defaults={
            "council_date": council,
            "decision_number": f"{year - 1}/PP-1 (demo kararı)",
            "budget_date": datetime.date(year - 1, 11, 14),
            "general_admin_cost": Decimal(1_500_000_000),
            "foreword": "Demo sunuşu: bu program planın yıllık dilimini ve bütçesini gösterir.",
            "created_by": office,
        },
    )
    if not created:
        return
    index = year - plan.start_year
    objectives = Objective.objects.filter(goal__plan=plan).select_related(
        "goal", "responsible_unit"
    )
    n = 0
    for objective in objectives.order_by("goal__position", "position"):
        lines = objective.lines(objective.activities) or [objective.title]
        cost = Decimal(str(objective.costs[index] if index < len(objective.costs) else 0))
        for k, line in enumerate(lines):
            share = cost / len(lines)
            n += 1
            ProgrammeActivity.objects.create(
                programme=programme,
                objective=objective,
                name=line,
                responsible_unit=objective.responsible_unit,
                institutional_code=f"46.34.{objective.goal.position:02d}.{objective.position:02d}",
                functional_code=("04.5.1.00", "09.2.1.00", "05.6.0.00")[n % 3],
                financing_code="5",
                economic_code=("03.5", "06.1", "03.2")[k % 3],
                cost=share.quantize(Decimal("1")),
                spent=(share * Decimal("0.91")).quantize(Decimal("1")) if year == 2025 else None,
                done=year == 2025 and k == 0,
                position=n,
            )
    total = programme.total_cost
    ProgrammeResource.objects.create(
        programme=programme, source=ResourceSource.BUDGET, amount=(total * Decimal("0.85"))
    )
    ProgrammeResource.objects.create(
        programme=programme,
        source=ResourceSource.EXTERNAL,
        amount=total - (total * Decimal("0.85")),
    )


def load_demo_cycle() -> None:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    plan = Plan.objects.filter(institution=ibb, title=DEMO_TITLE).first()
    office = User.objects.filter(role=Role.STRATEGY_OFFICE, institution=ibb).first()
    if plan is None or office is None:
        return
    for year in (2025, 2026):
        _programme(plan, year, office)
    ActivityReport.objects.get_or_create(
        plan=plan,
        year=2025,
        defaults={
            "council_date": datetime.date(2026, 4, 8),
            "decision_number": "2026/FR-1 (demo kararı)",
            "foreword": "Demo sunuşu: 2025 yılında planın ilk yılı uygulandı.",
            "general_information": "Demo: İBB'nin teşkilatı, insan kaynakları ve mali yapısı.",
            "assessment": "Demo: hedeflerin çoğunda ilerleme var; gecikenler açıklamalarıyla "
            "birlikte verildi.",
            "created_by": office,
        },
    )
    for objective in Objective.objects.filter(goal__plan=plan):
        ObjectiveEvaluation.objects.get_or_create(
            objective=objective,
            year=2025,
            defaults={
                "relevance": "Demo: hedef, ilçelerden gelen ihtiyaçlarla hâlâ örtüşüyor.",
                "effectiveness": "Demo: göstergelerin çoğu yıl hedefine yaklaştı.",
                "efficiency": "Demo: harcama tahminin biraz altında kaldı.",
                "impact": "Demo: etkiler ikinci yıldan sonra ölçülebilecek.",
                "sustainability": "Demo: işler kalıcı kadrolarla sürdürülüyor.",
                "written_by": office,
            },
        )
    today = timezone.localdate()
    for date, number, wanted in MEETINGS:
        if date > today:
            continue
        meeting, _created = BoardMeeting.objects.get_or_create(
            plan=plan,
            decision_number=number,
            defaults={"date": date, "members": MEMBERS, "created_by": office},
        )
        for kind, year, half in wanted:
            closed = is_closed(year, half or (2 if kind == "monitoring" else 0), today)
            exists = IssuedReport.objects.filter(plan=plan, kind=kind, year=year, half=half)
            if closed and not exists.exists():
                services.issue(plan, office, kind=kind, year=year, half=half, meeting=meeting)
    if not PlanUpdate.objects.filter(plan=plan).exists():
        first = Indicator.objects.filter(objective__goal__plan=plan).order_by(
            "objective__goal__position", "objective__position", "position"
        )[0]
        old = [t for t in first.targets[1:]]
        new = [round(float(t) * 1.1, 1) if t not in (None, "") else None for t in old]
        services.update_plan(
            plan,
            office,
            year=2026,
            reason="Demo: 2025 gerçekleşmesi beklenenin üstünde kaldığı için kalan yılların "
            "hedefleri yükseltildi.",
            approval_date=datetime.date(2026, 2, 10),
            decision_number="2026/G-1 (demo kararı)",
            targets={first.pk: new},
        )
