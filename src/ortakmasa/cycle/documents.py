"""The cycle's documents, written with the plan document's blocks and the
same Word/PDF writers: the performance programme, the activity report and
the evaluation report's additions (the units' written evaluations, the
cumulative table, spending against the estimate).  Turkish public
documents whatever the interface language; A4 like the plan."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from ortakmasa.cycle.models import ActivityReport, PerformanceProgramme, ResourceSource
from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring import reports as monitoring_reports
from ortakmasa.monitoring.periods import require_closed
from ortakmasa.monitoring.progress import approved_readings, compute, load_plan, thresholds_of
from ortakmasa.plans.document import (
    Block,
    Builder,
    Document,
    Heading,
    council_page,
    front_matter,
    lists_of_tables_and_figures,
    money,
    number,
)
from ortakmasa.plans.models import Plan

SOURCE_TR: dict[str, str] = {
    ResourceSource.BUDGET: "Belediye bütçesi",
    ResourceSource.PUBLIC: "Diğer kamu kaynakları",
    ResourceSource.EXTERNAL: "Dış kaynaklar (AB ve diğer fonlar)",
    ResourceSource.OTHER: "Diğer",
}
QUESTIONS = (
    ("relevance", "İlgililik"),
    ("effectiveness", "Etkililik"),
    ("efficiency", "Verimlilik"),
    ("impact", "Etki"),
    ("sustainability", "Sürdürülebilirlik"),
)


def programme_title(year: int) -> str:
    return f"{year} Yılı Performans Programı"


def activity_title(year: int) -> str:
    return f"{year} Yılı Faaliyet Raporu"


def _front_end(blocks: list[Block]) -> int:
    """Where the numbered body begins, after the foreword and the council
    decision page."""
    return next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.number)


def _opening(title: str, item: PerformanceProgramme | ActivityReport) -> Builder:
    """A programme's or a report's opening: the foreword, the council's
    page and the heading of the general information."""
    b = Builder()
    front_matter(b, item.foreword)
    council_page(b, title, item.council_date, item.decision_number, item.date_warning)
    b.heading(1, "Genel Bilgiler")
    return b


def _document(b: Builder, plan: Plan, title: str, status_line: str, subject: str) -> Document:
    """The built blocks as the plan's document, the lists of tables and
    figures after the front matter."""
    front = _front_end(b.blocks)
    return Document(
        title=title,
        subtitle=f"{plan.institution.name} · {plan.display_title}",
        status_line=status_line,
        blocks=b.blocks[:front] + lists_of_tables_and_figures(b.blocks) + b.blocks[front:],
        subject=subject,
    )


def _codes(a: object) -> str:
    parts = [
        getattr(a, "institutional_code", ""),
        getattr(a, "functional_code", ""),
        getattr(a, "financing_code", ""),
        getattr(a, "economic_code", ""),
    ]
    return " / ".join(p or "—" for p in parts)


def load_programme(plan_pk: int, year: int) -> PerformanceProgramme:
    return (
        PerformanceProgramme.objects.select_related("plan__institution")
        .prefetch_related("activities__responsible_unit", "activities__objective", "resources")
        .get(plan_id=plan_pk, year=year)
    )


def programme_document(plan_pk: int, year: int) -> Document:
    programme = load_programme(plan_pk, year)
    plan = load_plan(plan_pk)
    index = year - plan.start_year
    b = _opening(programme_title(year), programme)
    b.para(
        f"Bu program, {plan.display_title} kapsamında {year} yılında ulaşılacak performans "
        "hedeflerini, bunların göstergelerini, hedeflere ulaşmak için yürütülecek faaliyet ve "
        "projeleri ve bunların kaynak ihtiyacını gösterir; bütçenin hazırlanmasına esas olur."
    )
    if plan.mission:
        b.para(f"Misyon: {plan.mission}")
    if plan.vision:
        b.para(f"Vizyon: {plan.vision}")
    b.heading(1, "Performans Hedefleri ve Göstergeleri")
    by_objective: dict[int, list[object]] = {}
    for act in programme.activities.all():
        by_objective.setdefault(act.objective_id, []).append(act)
    for goal in plan.goals.all():
        b.heading(2, f"{goal.number} {goal.title}")
        for objective in goal.objectives.all():
            b.heading(3, f"Performans Hedefi {objective.number}: {objective.title}")
            unit = objective.responsible_unit.name if objective.responsible_unit else "—"
            b.para(f"Sorumlu birim: {unit}")
            b.table(
                f"{objective.number} Performans Göstergeleri ({year})",
                ["No", "Gösterge", "Birim", "Başlangıç", f"{year} Hedefi"],
                [
                    [
                        i.number,
                        i.name,
                        i.unit or "—",
                        number(i.baseline),
                        number(i.target_for(index)),
                    ]
                    for i in objective.indicators.all()
                ],
                [1.3, 6, 1.2, 1.5, 1.5],
            )
            acts = by_objective.get(objective.pk, [])
            b.table(
                f"{objective.number} Faaliyet ve Projeler",
                [
                    "Faaliyet / Proje",
                    "Sorumlu Birim",
                    "Kurumsal / Fonksiyonel / Finansman / Ekonomik Kod",
                    "Maliyet (TL)",
                ],
                [
                    [
                        a.name,  # type: ignore[attr-defined]
                        a.responsible_unit.name  # type: ignore[attr-defined]
                        if a.responsible_unit  # type: ignore[attr-defined]
                        else unit,
                        _codes(a),
                        money(a.cost),  # type: ignore[attr-defined]
                    ]
                    for a in acts
                ],
                [5, 3, 4, 2],
            )
    b.heading(1, "Kaynak İhtiyacı")
    activities = programme.activities_cost
    b.table(
        "İdarenin Kaynak İhtiyacı",
        ["Kalem", "Tutar (TL)"],
        [
            ["Faaliyet ve projelerin maliyeti", money(activities)],
            ["Genel yönetim giderleri", money(programme.general_admin_cost)],
            ["Toplam kaynak ihtiyacı", money(programme.total_cost)],
        ],
        [6, 3],
    )
    resources = list(programme.resources.all())
    total_resources = sum((r.amount for r in resources), Decimal(0))
    b.table(
        "Kaynakların Dağılımı",
        ["Kaynak", "Tutar (TL)"],
        [[SOURCE_TR.get(r.source, r.source), money(r.amount)] for r in resources]
        + [["Toplam", money(total_resources)]],
        [6, 3],
    )
    if resources and total_resources != programme.total_cost:
        b.para(
            f"Uyarı: kaynakların toplamı ({money(total_resources)} TL) kaynak ihtiyacına "
            f"({money(programme.total_cost)} TL) eşit değil.",
            "note",
        )
    return _document(
        b,
        plan,
        programme_title(year),
        (
            f"Meclis kararı: {programme.council_date:%d.%m.%Y} / {programme.decision_number}"
            if programme.council_date
            else "Meclis kararı bekleniyor"
        ),
        "Performans Programı",
    )


def activity_document(plan_pk: int, year: int, today: datetime.date | None = None) -> Document:
    require_closed(year, 0, today)
    report = ActivityReport.objects.select_related("plan__institution").get(
        plan_id=plan_pk, year=year
    )
    plan = load_plan(plan_pk)
    thresholds = thresholds_of(plan)
    result = compute(plan, year, 12, approved_readings(plan), thresholds)
    programme = (
        PerformanceProgramme.objects.filter(plan_id=plan_pk, year=year)
        .prefetch_related("activities__objective")
        .first()
    )
    b = _opening(activity_title(year), report)
    b.text(report.general_information, "Genel bilgiler henüz yazılmadı.")
    b.heading(1, "Amaç ve Hedefler")
    b.bullets([f"{g.goal.number} {g.goal.title}" for g in result.goals])
    b.heading(1, "Performans Sonuçları")
    b.para(
        f"{year} yılı sonu itibarıyla plan geneli gerçekleşme "
        f"{monitoring_reports.pct(result.percent)}, "
        f"kapsam {monitoring_reports.pct(result.coverage)} "
        f"({monitoring_reports.BAND_TR[result.band]}). Hesaplama kuralları:"
    )
    b.bullets(list(monitoring_reports.RULES_TR))
    if report.deviations.strip():
        b.heading(2, "Sapmaların Nedenleri")
        b.text(report.deviations)
    for goal in result.goals:
        b.heading(2, f"{goal.goal.number} {goal.goal.title}")
        b.table(
            f"{goal.goal.number} Hedef ve Gerçekleşmeler ({year})",
            ["No", "Gösterge", "Hedef", "Gerçekleşme", "Oran", "Durum", "Sapma Nedeni"],
            [
                [
                    r.indicator.number,
                    r.indicator.name,
                    number(r.year_target),
                    number(r.actual),
                    monitoring_reports.pct(r.percent),
                    monitoring_reports.BAND_TR[r.band],
                    r.explanation if calc.needs_explanation(r.percent, thresholds[1]) else "",
                ]
                for o in goal.objectives
                for r in o.indicators
            ],
            [1.3, 4, 1.2, 1.4, 1.1, 1.6, 4],
        )
    b.heading(1, "Mali Bilgiler")
    total_cost, total_spent = _spending_table(b, plan, year, programme)
    b.para(
        f"Programdaki faaliyetlerin tahmini maliyeti {money(total_cost)} TL, harcanan "
        f"{money(total_spent)} TL."
    )
    b.heading(1, "Yürütülen Faaliyet ve Projeler")
    done = [a for a in (programme.activities.all() if programme else []) if a.done]
    b.bullets([f"{a.objective.number} · {a.name}" for a in done] or ["—"])
    b.heading(1, "Değerlendirme")
    b.text(report.assessment, "Değerlendirme henüz yazılmadı.")
    presented = (
        f"Meclise sunuş: {report.council_date:%d.%m.%Y}"
        if report.council_date
        else "Meclise sunulmadı"
    )
    return _document(
        b,
        plan,
        activity_title(year),
        presented + " · Yalnızca onaylanmış değerler",
        "Faaliyet Raporu",
    )


def _spending_table(
    b: Builder, plan: Plan, year: int, programme: PerformanceProgramme | None
) -> tuple[Decimal, Decimal]:
    """The table of the year's spending against the estimates; the
    estimated and the spent totals."""
    rows, total_cost, total_spent = _spending_rows(plan, year, programme)
    b.table(
        "Harcamaların Tahminle Karşılaştırılması",
        ["Hedef", "Plan Tahmini (TL)", "Program Tahmini (TL)", "Harcanan (TL)", "Oran"],
        rows,
        [5, 2, 2, 2, 1.2],
    )
    return total_cost, total_spent


def _spending_rows(
    plan: Plan, year: int, programme: PerformanceProgramme | None
) -> tuple[list[list[str]], Decimal, Decimal]:
    index = year - plan.start_year
    acts = list(programme.activities.all()) if programme else []
    rows: list[list[str]] = []
    total_cost = total_spent = Decimal(0)
    for goal in plan.goals.all():
        for objective in goal.objectives.all():
            mine = [a for a in acts if a.objective_id == objective.pk]
            cost = sum((a.cost for a in mine), Decimal(0))
            spent = sum((a.spent or Decimal(0) for a in mine), Decimal(0))
            total_cost += cost
            total_spent += spent
            estimate = objective.costs[index] if index < len(objective.costs) else None
            share = monitoring_reports.pct(float(spent / cost * 100)) if cost else "—"
            rows.append(
                [
                    f"{objective.number} {objective.title}",
                    money(estimate) if estimate not in (None, "") else "—",
                    money(cost),
                    money(spent),
                    share,
                ]
            )
    plan_total = sum(
        (
            Decimal(str(o.costs[index]))
            for g in plan.goals.all()
            for o in g.objectives.all()
            if index < len(o.costs) and o.costs[index] not in (None, "")
        ),
        Decimal(0),
    )
    rows.append(
        [
            "Toplam",
            money(plan_total),
            money(total_cost),
            money(total_spent),
            monitoring_reports.pct(float(total_spent / total_cost * 100)) if total_cost else "—",
        ]
    )
    return rows, total_cost, total_spent


def evaluation_document(plan_pk: int, year: int, today: datetime.date | None = None) -> Document:
    """The yearly evaluation report: the monitoring module's report plus the
    units' written evaluations, the cumulative table and spending."""
    require_closed(year, 0, today)
    document = monitoring_reports.build(plan_pk, monitoring_reports.EVALUATION, year)
    plan = load_plan(plan_pk)
    b = Builder()
    b.counters[0] = sum(1 for h in document.headings if h.level == 1)
    b.table_no = sum(1 for t in document.tables)
    b.figure_no = len(document.figures)
    from ortakmasa.cycle.models import ObjectiveEvaluation

    written = {
        e.objective_id: e
        for e in ObjectiveEvaluation.objects.filter(objective__goal__plan=plan, year=year)
    }
    b.heading(1, "Hedeflerin Değerlendirilmesi")
    b.para(
        "Her hedef için sorumlu birimin değerlendirmesi: ilgililik, etkililik, verimlilik, "
        "etki ve sürdürülebilirlik."
    )
    for goal in plan.goals.all():
        for objective in goal.objectives.all():
            e = written.get(objective.pk)
            b.table(
                f"{objective.number} Hedef Değerlendirmesi",
                ["Soru", "Değerlendirme"],
                [
                    [label, (getattr(e, field) if e else "") or "Yazılmadı."]
                    for field, label in QUESTIONS
                ],
                [3, 12],
            )
    b.heading(1, "Birikimli Gerçekleşme")
    readings = approved_readings(plan)
    thresholds = thresholds_of(plan)
    past = [compute(plan, y, 12, readings, thresholds) for y in plan.years if y <= year]
    rows = []
    for n, ind in enumerate(past[-1].indicators):
        per_year = [p.indicators[n].percent for p in past]
        rows.append(
            [
                ind.indicator.number,
                *[monitoring_reports.pct(v) for v in per_year],
                monitoring_reports.pct(calc.plan_to_date(per_year, ind.indicator.target_type)),
            ]
        )
    b.table(
        "Göstergelerin Birikimli Gerçekleşmesi",
        ["No", *[str(p.year) for p in past], "Plan dönemi (birikimli)"],
        rows,
        [1.5] + [1.3] * len(past) + [2],
    )
    programme = (
        PerformanceProgramme.objects.filter(plan_id=plan_pk, year=year)
        .prefetch_related("activities")
        .first()
    )
    b.heading(1, "Harcamaların Tahminle Karşılaştırılması")
    _spending_table(b, plan, year, programme)
    if year == plan.end_year:
        b.heading(1, "Plan Dönemi Sonu Değerlendirmesi")
        b.para(
            "Bu rapor planın son yılını kapsadığından aynı zamanda plan dönemi sonu "
            "değerlendirmesidir: yukarıdaki birikimli tablo planın tüm dönemini gösterir."
        )
    document.blocks.extend(b.blocks)
    today = today or timezone.localdate()
    return document


def updated_plan_cover(plan: Plan, b: Builder) -> list[str]:
    """The updated-plan cover (the SBB guide's appendix "güncellenmiş
    stratejik plan kapağı"): when the plan was updated, its cover says so
    with the latest update's date and decision, and a front page lists
    every update with the figures it changed, before and after."""
    from ortakmasa.cycle.models import PlanUpdate

    updates = list(PlanUpdate.objects.filter(plan_id=plan.pk).order_by("approval_date", "id"))
    if not updates:
        return []
    last = updates[-1]
    b.blocks.append(Heading(1, "", "GÜNCELLEME BİLGİLERİ"))
    b.para(
        f"Bu plan, {plan.period} dönemi için kabul edilen planın güncellenmiş hâlidir; "
        "misyon, vizyon ve amaçlar değiştirilmemiştir. Güncellemeden önceki plan, yayımlandığı "
        "biçimiyle ayrıca okunabilir."
    )
    b.table(
        "Plan Güncellemeleri",
        ["Uygulandığı Yıl", "Onay Tarihi ve Sayısı", "Gerekçe", "Değişen"],
        [
            [
                str(u.year),
                f"{u.approval_date:%d.%m.%Y} / {u.decision_number}",
                u.reason,
                str(len(u.changes)),
            ]
            for u in updates
        ],
        [1.5, 2.5, 6, 1.2],
    )
    b.table(
        "Güncellenen Hedefler ve Göstergeler",
        ["No", "Yıl / Metin", "Önceki", "Güncellenmiş"],
        [
            [
                str(c.get("number", "")),
                {"name": "Gösterge adı", "title": "Hedef"}.get(
                    str(c.get("field") or ""), str(c.get("year", ""))
                ),
                number(c.get("old")) if not c.get("field") else str(c.get("old") or "—"),
                number(c.get("new")) if not c.get("field") else str(c.get("new") or "—"),
            ]
            for u in updates
            for c in u.changes
        ],
        [1.5, 1.8, 4, 4],
    )
    return [
        "GÜNCELLENMİŞ STRATEJİK PLAN",
        f"Son güncelleme: {last.year} yılından itibaren · "
        f"{last.approval_date:%d.%m.%Y} tarih ve {last.decision_number} sayılı karar",
    ]
