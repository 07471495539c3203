"""The six-monthly monitoring report (İzleme Raporu) and the yearly
evaluation report (Değerlendirme Raporu), written with the plan
document's blocks (``plans.document.Builder``) and rendered by the same
Word and PDF writers, with the charts of ``lib.charts`` as images.

Only approved values count.  A report is refused while an indicator below
the acceptable threshold has no explanation: the council must read why.

Like the plan, the reports are Turkish public documents whatever the
interface language.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.utils import timezone

from ortakmasa.lib import charts
from ortakmasa.lib.turkish import ascii_fold, lower
from ortakmasa.monitoring.figures import chart_png
from ortakmasa.monitoring.progress import (
    GoalRow,
    Progress,
    approved_readings,
    chart_status,
    compute,
    load_plan,
    thresholds_of,
)
from ortakmasa.plans.document import DIRECTION_TR, TARGET_TYPE_TR, Builder, Document, number
from ortakmasa.plans.models import Plan

MONITORING = "monitoring"
EVALUATION = "evaluation"
KINDS = (MONITORING, EVALUATION)
BAND_TR: dict[str, str] = {
    "achieved": "Ulaşıldı",
    "acceptable": "Kabul edilebilir",
    "not_achieved": "Ulaşılmadı",
    "no_data": "Veri yok",
    "incomplete": "Eksik veri (hüküm yok)",
}
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


#: The rules of the figures, stated in every report (see ``achievement``).
RULES_TR = (
    "Gösterge gerçekleşme oranı SBB Stratejik Planlama Kılavuzu'ndaki (3. sürüm, 2018) "
    "formülle hesaplanmıştır: (C − A) / (B − A) × 100; A plan dönemi başlangıç değeri, B "
    "ölçülen dönemin hedefi, C gerçekleşmedir. Göstergenin oranı olduğu gibi verilir: hedef "
    "aşıldığında %100'ün üstünde, hedeften uzaklaşıldığında eksi olabilir.",
    "Düzeyi korunacak göstergeler kendi kuralıyla ölçülür (en az, en çok ya da bir aralık "
    "içinde); düzeyin iyi yönde aşılması hiçbir zaman başarısızlık sayılmaz.",
    "Hedef gerçekleşmesinde her gösterge 0 ile 100 arasında sayılır (eksi değer 0, %100'ü "
    "aşan değer 100) ve sabit hedefe etkisiyle ağırlıklandırılır. Ağırlıklar yeniden "
    "dağıtılmaz: onaylı değeri olmayan gösterge 0 sayılır ve kapsamı düşürür.",
    "Amaç gerçekleşmesi hedeflerinin, plan geneli amaçların ortalamasıdır. Kapsamı %100'ün "
    "altında olan rakamlar eksik veridir; bunlar için durum hükmü verilmez.",
)


class ReportRefused(ValidationError):
    """The report cannot be written yet (explanations are missing)."""


def pct(value: float | None) -> str:
    return charts.format_percent(value, "tr") if value is not None else "—"


def _num(value: float | None) -> str:
    return number(value) if value is not None else "—"


def title_of(plan: Plan, kind: str, year: int, half: int = 2) -> str:
    if kind == MONITORING:
        return f"{year} Yılı {half}. Altı Aylık İzleme Raporu"
    return f"{year} Yılı Değerlendirme Raporu"


def _check(result: Progress) -> None:
    missing = result.missing_explanations()
    if missing:
        numbers = ", ".join(r.indicator.number for r in missing)
        raise ReportRefused(
            f"Rapor oluşturulamadı: gerçekleşmesi kabul edilebilir eşiğin "
            f"({pct(result.thresholds[1])}) altında kalan şu göstergelerin onaylı değerinde "
            f"sapma açıklaması yok: {numbers}. Değeri ilgili birime açıklama için iade edin."
        )


def _goal_chart(goals: list[GoalRow], thresholds: tuple[float, float], title: str) -> charts.Chart:
    return charts.achievement_bars(
        [(f"{g.goal.number} {g.goal.title}", g.percent) for g in goals],
        statuses=[chart_status(g.band) for g in goals],
        title=title,
        thresholds=thresholds,
        locale="tr",
        headers=("Amaç", "Gerçekleşme (%)", "Durum"),
    )


def _objective_chart(goal: GoalRow, thresholds: tuple[float, float]) -> charts.Chart:
    return charts.achievement_bars(
        [(f"{o.objective.number} {o.objective.title}", o.percent) for o in goal.objectives],
        statuses=[chart_status(o.band) for o in goal.objectives],
        title=f"{goal.goal.number} hedeflerinin gerçekleşmesi",
        thresholds=thresholds,
        locale="tr",
        headers=("Hedef", "Gerçekleşme (%)", "Durum"),
    )


def _figure(b: Builder, chart: charts.Chart) -> None:
    b.figure(chart.title, chart_png(chart), chart.alt)


def build(
    plan_pk: int,
    kind: str,
    year: int,
    half: int = 2,
    today: datetime.date | None = None,
) -> Document:
    if kind not in KINDS:
        raise ValueError(kind)
    plan = load_plan(plan_pk)
    if year not in plan.years:
        raise ValidationError(f"{year} yılı plan döneminde ({plan.period}) değil.")
    upto = 6 if kind == MONITORING and half == 1 else 12
    readings = approved_readings(plan)
    thresholds = thresholds_of(plan)
    result = compute(plan, year, upto, readings, thresholds)
    _check(result)
    achieved_at, acceptable_at = thresholds
    today = today or timezone.localdate()
    period_end = datetime.date(year, upto, 30 if upto == 6 else 31)

    b = Builder()
    b.heading(1, "Giriş")
    if kind == MONITORING:
        b.para(
            f"Bu rapor, {plan.display_title} kapsamındaki performans göstergelerinin "
            f"01.01.{year} – {period_end:%d.%m.%Y} dönemindeki gerçekleşmelerini izlemek için "
            "hazırlanmıştır. Sorumlu birimlerce girilen ve Strateji Geliştirme biriminin "
            "onayladığı değerler esas alınmıştır."
        )
    else:
        b.para(
            f"Bu rapor, {plan.display_title} kapsamındaki amaç, hedef ve performans "
            f"göstergelerinin {year} yılı sonu itibarıyla gerçekleşmesini değerlendirmek için "
            "hazırlanmıştır. Sorumlu birimlerce girilen ve Strateji Geliştirme biriminin "
            "onayladığı değerler esas alınmıştır."
        )
    for rule in RULES_TR:
        b.para(rule)
    if upto < 12:
        b.para(
            f"Bu ara dönem raporunda değerler yıl sonu hedefiyle değil, {period_end:%d.%m.%Y} "
            "itibarıyla beklenen ilerlemeyle karşılaştırılmıştır: düzey göstergelerinde yılın "
            "başındaki düzeyden yıl hedefine doğru eşit hızda, toplam (akış) göstergelerinde yıl "
            "hedefinin geçen aylara düşen payı, ortalama göstergelerinde yıl hedefinin kendisi."
        )
    b.table(
        "Durum Eşikleri (belediyenin ayarı; kılavuzda belirlenmiş değildir)",
        ["Durum", "Gerçekleşme Aralığı"],
        [
            ["Ulaşıldı", f"{pct(achieved_at)} ve üzeri"],
            ["Kabul edilebilir", f"{pct(acceptable_at)} – {pct(achieved_at)}"],
            ["Ulaşılmadı", f"{pct(acceptable_at)} altı (açıklama zorunlu)"],
            ["Eksik veri", "Kapsam %100'ün altında: rakam verilir, durum hükmü verilmez"],
        ],
        [2, 4],
    )

    b.heading(1, "Genel Görünüm")
    overall = result.percent
    bands: Counter[str] = Counter(i.band for i in result.indicators)
    b.para(
        f"Planın {year} yılı {'ilk altı ayı' if upto == 6 else 'sonu'} itibarıyla genel "
        f"gerçekleşmesi {pct(overall)}, kapsamı {pct(result.coverage)} "
        f"({BAND_TR[result.band]}). "
        f"{len(result.indicators)} göstergeden {bands['achieved']} tanesinde hedefe ulaşıldı, "
        f"{bands['acceptable']} tanesi kabul edilebilir düzeyde, {bands['not_achieved']} "
        f"tanesinde hedefe ulaşılamadı; {bands['no_data']} gösterge için onaylı değer yok."
    )
    goals_chart = _goal_chart(result.goals, thresholds, "Amaçların gerçekleşme durumu")
    _figure(b, goals_chart)
    b.table(
        "Amaçların Gerçekleşme Durumu",
        ["No", "Amaç", "Gerçekleşme", "Kapsam", "Durum"],
        [
            [g.goal.number, g.goal.title, pct(g.percent), pct(g.coverage), BAND_TR[g.band]]
            for g in result.goals
        ],
        [1, 6, 1.5, 1.3, 1.8],
    )
    b.table(
        "Durumlarına Göre Gösterge Sayıları",
        ["Durum", "Gösterge Sayısı"],
        [[BAND_TR[k], str(bands[k])] for k in BAND_TR],
        [3, 2],
    )

    b.heading(1, "Amaç ve Hedeflerin Gerçekleşmesi")
    year_label = str(year)
    for goal in result.goals:
        b.heading(2, f"{goal.goal.number} {goal.goal.title}")
        b.para(
            f"Amaç gerçekleşmesi: {pct(goal.percent)}, kapsam {pct(goal.coverage)} "
            f"({BAND_TR[goal.band]})."
        )
        if goal.objectives:
            _figure(b, _objective_chart(goal, thresholds))
        b.table(
            f"{goal.goal.number} Hedeflerinin Gerçekleşmesi",
            ["No", "Hedef", "Sorumlu Birim", "Gerçekleşme", "Kapsam", "Durum"],
            [
                [
                    o.objective.number,
                    o.objective.title,
                    o.objective.responsible_unit.name if o.objective.responsible_unit else "—",
                    pct(o.percent),
                    pct(o.coverage),
                    BAND_TR[o.band],
                ]
                for o in goal.objectives
            ],
            [1, 4, 3, 1.5, 1.3, 1.8],
        )
        for objective in goal.objectives:
            b.table(
                f"{objective.objective.number} Göstergeleri ({year_label})",
                [
                    "No",
                    "Gösterge",
                    "Yön",
                    "Etki (%)",
                    "Başlangıç (A)",
                    f"{year_label} Hedefi" if upto == 12 else "Beklenen (B)",
                    "Gerçekleşme (C)",
                    "Oran",
                    "Durum",
                ],
                [
                    [
                        r.indicator.number,
                        f"{r.indicator.name} ({r.indicator.unit})"
                        if r.indicator.unit
                        else r.indicator.name,
                        DIRECTION_TR.get(r.indicator.direction, ""),
                        number(r.indicator.weight),
                        _num(r.baseline),
                        _num(r.target),
                        f"{_num(r.actual)} ({r.reading.period})" if r.reading else "—",
                        pct(r.percent),
                        BAND_TR[r.band],
                    ]
                    for r in objective.indicators
                ],
                [1.2, 4, 1, 0.9, 1.2, 1.2, 1.6, 1.1, 1.4],
            )

    b.heading(1, "Hedefin Altında Kalan Göstergeler")
    below = result.below_threshold()
    if below:
        b.para(
            f"Gerçekleşmesi kabul edilebilir eşiğin ({pct(acceptable_at)}) altında kalan "
            "göstergeler ve sorumlu birimlerin sapma açıklamaları:"
        )
    b.table(
        "Sapma Açıklamaları",
        ["No", "Gösterge", "Oran", "Sorumlu Birim", "Açıklama"],
        [
            [
                r.indicator.number,
                r.indicator.name,
                pct(r.percent),
                r.indicator.objective.responsible_unit.name
                if r.indicator.objective.responsible_unit
                else "—",
                r.explanation,
            ]
            for r in below
        ],
        [1.2, 3, 1, 2.5, 5],
    )

    if kind == EVALUATION:
        b.heading(1, "Yıllara Göre Gerçekleşme")
        past = [compute(plan, y, 12, readings, thresholds) for y in plan.years if y <= year]
        b.table(
            "Amaçların Yıllara Göre Gerçekleşmesi",
            ["Amaç", *[str(p.year) for p in past]],
            [
                [
                    f"{goal.goal.number} {goal.goal.title}",
                    *[pct(p.goals[i].percent) for p in past],
                ]
                for i, goal in enumerate(result.goals)
            ]
            + [["Plan geneli", *[pct(p.percent) for p in past]]]
            + [["Plan geneli kapsamı", *[pct(p.coverage) for p in past]]],
            [5] + [1.3] * len(past),
        )
        if len(past) > 1:
            line = charts.line_chart(
                {
                    g.goal.number: [p.goals[i].percent for p in past]
                    for i, g in enumerate(result.goals)
                },
                [str(p.year) for p in past],
                title="Amaçların yıllara göre gerçekleşmesi",
                unit="%",
                locale="tr",
            )
            _figure(b, line)
        b.heading(1, "Değerlendirme")
        types = Counter(i.indicator.target_type for i in result.indicators)
        kinds = ", ".join(
            f"{n} {lower(TARGET_TYPE_TR.get(t, t))} hedefli" for t, n in types.items()
        )
        b.para(
            f"{year} yılında planın {len(result.goals)} amacı ve {len(result.objectives)} "
            f"hedefi altındaki {len(result.indicators)} performans göstergesi izlenmiştir "
            f"({kinds}). "
            f"Hedefine ulaşamayan {bands['not_achieved']} gösterge için sorumlu birimlerin "
            "açıklamaları yukarıda verilmiştir; bu göstergelerde gerekli görülen durumlarda "
            "hedeflerin, stratejilerin ya da kaynakların gözden geçirilmesi önerilir."
        )

    subject = "İzleme Raporu" if kind == MONITORING else "Değerlendirme Raporu"
    return Document(
        title=f"{plan.display_title}",
        subtitle=f"{title_of(plan, kind, year, half)} · {plan.institution.name}",
        status_line=(
            f"Dönem sonu: {period_end:%d.%m.%Y} · Hazırlanma tarihi: {today:%d.%m.%Y} · "
            "Yalnızca onaylanmış değerler"
        ),
        blocks=b.blocks,
        subject=subject,
    )


def to_docx(document: Document) -> bytes:
    from ortakmasa.plans import docx_export

    return docx_export.render(document)


def to_pdf(document: Document) -> bytes:
    from ortakmasa.plans import pdf_export

    return pdf_export.render(document)


WRITERS: dict[str, Callable[[Document], bytes]] = {"docx": to_docx, "pdf": to_pdf}


def filename(plan: Plan, kind: str, year: int, half: int, fmt: str) -> str:
    base = ascii_fold(
        f"{plan.institution.short_name or plan.institution.name} "
        f"{'izleme raporu' if kind == MONITORING else 'degerlendirme raporu'} {year}"
        + (f" {half}" if kind == MONITORING else "")
    )
    slug = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()
    return f"{slug}.{fmt}"


def export(plan_pk: int, kind: str, year: int, half: int, fmt: str) -> tuple[bytes, str, str]:
    """(content, content type, file name)."""
    document = build(plan_pk, kind, year, half)
    plan = Plan.objects.select_related("institution").get(pk=plan_pk)
    return WRITERS[fmt](document), CONTENT_TYPES[fmt], filename(plan, kind, year, half, fmt)
