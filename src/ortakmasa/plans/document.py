"""The plan document, written once as a list of blocks (headings,
paragraphs, lists, numbered tables, objective cards) that the Word and PDF
writers render alike.

The document is a Turkish public document, so its words are Turkish
whatever the interface language.  Its order is the one the SBB guide
(Kamu İdareleri İçin Stratejik Planlama Kılavuzu, 3rd version, 2018, part
"Stratejik Planın Sunulması") recommends for presenting a plan, with the
municipal guide's (Belediyeler İçin Stratejik Planlama Rehberi, 2019)
emphasis on the participation record: preparation, situation analysis,
looking ahead, strategy development with an objective card (hedef kartı)
for every objective, costing, and monitoring and evaluation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from ortakmasa.lib.text import lines
from ortakmasa.lib.turkish import lower, upper
from ortakmasa.plans.models import (
    PLAN_YEARS,
    Indicator,
    Objective,
    Plan,
    PlanStatus,
    StakeholderPriority,
)
from ortakmasa.plans.trace import Consultation, Trace
from ortakmasa.plans.tree import objectives_of

STATUS_TR = {
    PlanStatus.DRAFT: "Taslak",
    PlanStatus.SUBMITTED: "Meclise sunuldu",
    PlanStatus.APPROVED: "Meclis tarafından kabul edildi",
    PlanStatus.PUBLISHED: "Yayımlandı",
}
FREQUENCY_TR = {
    "monthly": "Aylık",
    "quarterly": "3 ayda bir",
    "six_monthly": "6 ayda bir",
    "yearly": "Yılda bir",
}
DIRECTION_TR = {"increase": "Artış", "decrease": "Azalış", "keep": "Koruma"}
TARGET_TYPE_TR = {"cumulative": "Kümülatif", "yearly": "Yıllık"}
PESTLE_TR = {
    "political": "Politik",
    "economic": "Ekonomik",
    "social": "Sosyokültürel",
    "technological": "Teknolojik",
    "legal": "Yasal",
    "environmental": "Çevresel",
}
EFFECT_TR = {"opportunity": "Fırsat", "threat": "Tehdit", "": ""}
SWOT_TR = {
    "strength": "Güçlü Yönler",
    "weakness": "Zayıf Yönler",
    "opportunity": "Fırsatlar",
    "threat": "Tehditler",
}
PRIORITY_TR = {
    StakeholderPriority.WORK_TOGETHER: "Birlikte çalış",
    StakeholderPriority.INVOLVE: "Çalışmalara dahil et",
    StakeholderPriority.INFORM: "Bilgilendir",
    StakeholderPriority.WATCH: "İzle",
}


@dataclass
class Heading:
    level: int
    number: str
    text: str

    @property
    def full(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


@dataclass
class Paragraph:
    text: str
    style: str = ""  # "" | "lead" | "note"


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    number: int
    caption: str
    header: list[str]
    rows: list[list[str]]
    widths: list[float] = field(default_factory=list)  # relative

    @property
    def full_caption(self) -> str:
        return f"Tablo {self.number}: {self.caption}"


@dataclass
class Card:
    """An objective card: label/text rows, the indicator grid, more rows."""

    number: int
    caption: str
    top: list[tuple[str, str]]
    grid_header: list[str]
    grid: list[list[str]]
    bottom: list[tuple[str, str]]

    @property
    def full_caption(self) -> str:
        return f"Tablo {self.number}: {self.caption}"


@dataclass
class PageBreak:
    pass


@dataclass
class Figure:
    """A chart as a PNG image with its numbered caption ("Şekil 1: …") and
    its text alternative; the numbers behind it go in a Table next to it."""

    number: int
    caption: str
    png: bytes
    alt: str
    width_cm: float = 16.0

    @property
    def full_caption(self) -> str:
        return f"Şekil {self.number}: {self.caption}"


Block = Heading | Paragraph | Bullets | Table | Card | PageBreak | Figure


@dataclass
class Document:
    title: str
    subtitle: str
    status_line: str
    blocks: list[Block]
    subject: str = "Stratejik Plan"
    #: More lines on the cover under the status, e.g. an updated plan's.
    cover_lines: list[str] = field(default_factory=list)

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    @property
    def tables(self) -> list[Table | Card]:
        return [b for b in self.blocks if isinstance(b, Table | Card)]

    @property
    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]


def money(value: int | Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{int(value):,}".replace(",", ".")


def number(value: object) -> str:
    if value in (None, ""):
        return "—"
    dec = Decimal(str(value))
    if dec == dec.to_integral():
        return f"{int(dec):,}".replace(",", ".")
    return format(dec.normalize(), "f").replace(".", ",")


class Builder:
    """Collects blocks with numbered headings (1., 1.1.), tables and figures;
    the monitoring reports use it too."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.counters = [0, 0, 0]
        self.table_no = 0
        self.figure_no = 0

    def heading(self, level: int, text: str) -> None:
        self.counters[level - 1] += 1
        for deeper in range(level, len(self.counters)):
            self.counters[deeper] = 0
        number = ".".join(str(c) for c in self.counters[:level]) + "."
        self.blocks.append(Heading(level, number, upper(text) if level == 1 else text))

    def text(self, text: str, empty: str = "Bu bölüm henüz yazılmadı.") -> None:
        parts = [p.strip() for p in text.split("\n\n") if p.strip()]
        if not parts:
            self.blocks.append(Paragraph(empty, "note"))
        for part in parts:
            self.blocks.append(Paragraph(" ".join(part.split())))

    def para(self, text: str, style: str = "") -> None:
        self.blocks.append(Paragraph(text, style))

    def bullets(self, items: list[str]) -> None:
        if items:
            self.blocks.append(Bullets(items))

    def table(
        self,
        caption: str,
        header: list[str],
        rows: list[list[str]],
        widths: list[float] | None = None,
    ) -> None:
        self.table_no += 1
        if not rows:
            rows = [["—"] * len(header)]
        self.blocks.append(Table(self.table_no, caption, header, rows, widths or []))

    def figure(self, caption: str, png: bytes, alt: str, width_cm: float = 16.0) -> None:
        self.figure_no += 1
        self.blocks.append(Figure(self.figure_no, caption, png, alt, width_cm))

    def card(self, caption: str, **parts: object) -> None:
        self.table_no += 1
        self.blocks.append(Card(self.table_no, caption, **parts))  # type: ignore[arg-type]


def indicator_row(ind: Indicator) -> list[str]:
    targets = [number(ind.targets[i] if i < len(ind.targets) else None) for i in range(PLAN_YEARS)]
    return [
        ind.number,
        ind.name,
        number(ind.weight),
        number(ind.baseline),
        *targets,
        FREQUENCY_TR.get(ind.monitoring_frequency, ""),
        FREQUENCY_TR.get(ind.reporting_frequency, ""),
    ]


#: Parts of the situation analysis other apps add (e.g. the stakeholders'
#: survey results), looked up by name so that plans imports none of them.
SectionProvider = Callable[[Plan, "Builder"], None]
SECTIONS: dict[str, SectionProvider] = {}


def register_section(name: str, provider: SectionProvider) -> None:
    """``provider(plan, builder)`` appends its blocks (a level-2 heading
    first) after the participation record of the situation analysis."""
    SECTIONS[name] = provider


#: Front matter other apps add after the council decision page (e.g. the
#: updated-plan cover page of the yearly cycle): ``provider(plan, builder)``
#: appends its blocks and returns lines for the cover page.
FrontProvider = Callable[[Plan, "Builder"], list[str]]
FRONT: dict[str, FrontProvider] = {}


def register_front(name: str, provider: FrontProvider) -> None:
    FRONT[name] = provider


def lists_of_tables_and_figures(blocks: list[Block]) -> list[Block]:
    """The lists of tables and of figures, placed after the front matter."""
    tables = [b.full_caption for b in blocks if isinstance(b, Table | Card)]
    figures = [b.full_caption for b in blocks if isinstance(b, Figure)]
    out: list[Block] = [Heading(1, "", "TABLOLAR LİSTESİ"), Bullets(tables or ["—"])]
    if figures:
        out += [Heading(1, "", "ŞEKİLLER LİSTESİ"), Bullets(figures)]
    return out


def council_page(
    builder: Builder, what: str, date: object, decision: str, warning: str = ""
) -> None:
    """The council decision page, unnumbered like the rest of the front
    matter."""
    builder.blocks.append(Heading(1, "", "MECLİS KARARI"))
    if date is not None:
        builder.para(
            f"{what}, belediye meclisinin {date:%d.%m.%Y} tarihli ve {decision or '—'} sayılı "
            "kararıyla kabul edilmiştir."
        )
    else:
        builder.para(f"{what} henüz meclis kararına bağlanmadı.", "note")
    if warning:
        builder.para(f"Uyarı: {warning}", "note")


def front_matter(builder: Builder, foreword: str) -> None:
    builder.blocks.append(Heading(1, "", "SUNUŞ"))
    builder.text(foreword, "Başkanın sunuş metni henüz yazılmadı.")


def build(plan: Plan, trace: Trace, record: Consultation) -> Document:
    """``plan`` as loaded by ``tree.load``."""
    b = Builder()
    years = [str(y) for y in plan.years]
    objectives = objectives_of(plan)

    front_matter(b, plan.foreword)
    council_page(b, plan.display_title, plan.approval_date, plan.decision_number)
    cover_lines: list[str] = []
    for front_provider in FRONT.values():
        cover_lines += front_provider(plan, b)
    front = len(b.blocks)

    b.heading(1, "Stratejik Plan Hazırlık Süreci")
    b.text(plan.preparation)

    b.heading(1, "Durum Analizi")
    b.heading(2, "Kurumsal Tarihçe")
    b.text(plan.history)
    b.heading(2, "Uygulanmakta Olan Stratejik Planın Değerlendirilmesi")
    b.text(plan.current_plan_review)
    b.heading(2, "Mevzuat Analizi")
    b.table(
        "Mevzuat Analizi",
        ["Yasal Yükümlülük", "Dayanak", "Tespitler", "İhtiyaçlar"],
        [[r.obligation, r.basis, r.finding, r.need] for r in plan.legislation.all()],
        [3, 2, 3, 3],
    )
    b.heading(2, "Üst Politika Belgeleri Analizi")
    b.table(
        "Üst Politika Belgeleri Analizi",
        ["Üst Politika Belgesi", "İlgili Bölüm/Referans", "Verilen Görev/İhtiyaçlar"],
        [[r.document, r.section, r.duty] for r in plan.policy_documents.all()],
        [3, 2, 4],
    )
    b.heading(2, "Faaliyet Alanları ile Ürün ve Hizmetlerin Belirlenmesi")
    areas = list(plan.activity_areas.all())
    b.table(
        "Faaliyet Alanları ve Ürün/Hizmetler",
        ["Faaliyet Alanı", "Ürün ve Hizmetler"],
        [[a.name, "; ".join(a.service_list)] for a in areas],
        [2, 5],
    )
    b.heading(2, "Paydaş Analizi")
    b.para(
        "Paydaşlar, kurumun faaliyetlerini etkileme gücüne (etki) ve bu faaliyetlerden "
        "etkilenme derecesine (önem) göre 1–5 arasında puanlanmış; SBB Kılavuzu'nun etki/önem "
        "matrisine göre dört gruba ayrılmıştır: her ikisi de güçlü olanlarla birlikte "
        "çalışılır, önemi güçlü etkisi zayıf olanlar çalışmalara dahil edilir, etkisi güçlü "
        "önemi zayıf olanlar bilgilendirilir, her ikisi de zayıf olanlar izlenir (3 ve üzeri "
        "puan güçlü sayılır)."
    )
    stakeholders = list(plan.stakeholders.all())
    b.table(
        "Paydaş Önceliklendirme",
        ["Paydaş", "İç/Dış", "Etki", "Önem", "Öncelik"],
        [
            [
                s.label,
                "İç" if s.internal else "Dış",
                str(s.influence),
                str(s.importance),
                PRIORITY_TR[StakeholderPriority(s.priority)],
            ]
            for s in stakeholders
        ],
        [4, 1, 1, 1, 2],
    )
    services = [svc for a in areas for svc in a.service_list]
    if services and stakeholders:
        keyed = {lower(svc): svc for svc in services}
        b.table(
            "Paydaş – Ürün/Hizmet Matrisi",
            ["Paydaş", *keyed.values()],
            [
                [
                    s.label,
                    *["X" if key in {lower(x) for x in s.service_list} else "" for key in keyed],
                ]
                for s in stakeholders
            ],
            [3.0] + [1.0] * len(keyed),
        )
    b.para(
        "Planın hazırlığında yürütülen katılım süreci Ortak Masa platformundaki kayıtlardan "
        "derlenmiştir."
    )
    heard = record.districts_heard
    b.table(
        "Katılım Süreci Özeti",
        ["Gösterge", "Değer"],
        [
            ["Yapılan toplantı sayısı", str(record.meetings)],
            [
                "Görüşü alınan kurum sayısı (ziyaret programı)",
                f"{len(heard)} / {record.districts_total}" if record.districts_total else "—",
            ],
            ["Alınan öneri, sorun ve ihtiyaç sayısı", str(record.proposals)],
            ["Önerisi plana yansıyan öneri oranı", f"%{trace.percent}"],
        ],
        [4, 2],
    )
    if heard:
        b.para("Görüşü alınan kurumlar: " + ", ".join(heard) + ".")
    b.table(
        "İlçelere Göre Alınan Öneriler ve Plana Yansıma Oranı",
        ["İlçe", "Öneri Sayısı", "Plana Yansıyan", "Oran"],
        [[r.district.name, str(r.total), str(r.covered), f"%{r.percent}"] for r in trace.districts],
        [3, 1, 1, 1],
    )
    for provider in SECTIONS.values():
        provider(plan, b)
    b.heading(2, "Kuruluş İçi Analiz")
    b.text(plan.internal_analysis)
    b.heading(2, "PESTLE Analizi")
    b.table(
        "PESTLE Analizi",
        ["Boyut", "Etken", "Fırsat/Tehdit", "Ne Yapılmalı"],
        [
            [PESTLE_TR.get(r.category, r.category), r.factor, EFFECT_TR.get(r.effect, ""), r.action]
            for r in plan.pestle.all()
        ],
        [1.3, 4, 1.3, 3],
    )
    b.heading(2, "GZFT Analizi")
    swot: dict[str, list[str]] = defaultdict(list)
    for item in plan.swot.all():
        swot[item.kind].append(item.text)
    b.table(
        "GZFT Analizi",
        ["Boyut", "Tespitler"],
        [[SWOT_TR[k], "\n".join(f"• {t}" for t in swot.get(k, []))] for k in SWOT_TR],
        [1.5, 6],
    )
    b.heading(2, "Tespitler ve İhtiyaçlar")
    b.table(
        "Tespitler ve İhtiyaçlar",
        ["Alan", "Tespitler/Sorunlar", "İhtiyaçlar/Gelişim Alanları"],
        [[r.area, r.finding, r.need] for r in plan.findings.all()],
        [2, 4, 4],
    )

    b.heading(1, "Geleceğe Bakış")
    b.heading(2, "Misyon")
    b.text(plan.mission)
    b.heading(2, "Vizyon")
    b.text(plan.vision)
    b.heading(2, "Temel Değerler")
    values = plan.values_list
    if values:
        b.bullets(values)
    else:
        b.text("")

    b.heading(1, "Strateji Geliştirme")
    b.heading(2, "Amaç ve Hedefler")
    goal_rows = []
    for goal in plan.goals.all():
        goal_rows.append([goal.number, goal.title])
        for objective in goal.objectives.all():
            goal_rows.append([objective.number, objective.title])
    b.table("Amaç ve Hedefler", ["No", "Amaç / Hedef"], goal_rows, [1, 8])
    b.heading(2, "Performans Göstergeleri")
    b.table(
        "Performans Göstergeleri",
        ["No", "Gösterge", "Birim", "Yön", "Hedef Türü", "Veri Kaynağı"],
        [
            [
                i.number,
                i.name,
                i.unit,
                DIRECTION_TR.get(i.direction, ""),
                TARGET_TYPE_TR.get(i.target_type, ""),
                i.source,
            ]
            for o in objectives
            for i in o.indicators.all()
        ],
        [1.2, 5, 1, 1, 1.2, 2.5],
    )
    b.heading(2, "Hedef Kartları")
    b.para(
        "Her hedef için SBB Kılavuzu'ndaki hedef kartı biçiminde göstergeler, hedefe etkileri, "
        "plan dönemi başlangıç değerleri ve yıllık hedefler ile sorumlu birim, riskler, "
        "stratejiler ve maliyet tahmini aşağıda verilmiştir."
    )
    for goal in plan.goals.all():
        for objective in goal.objectives.all():
            b.card(f"{objective.number} Hedef Kartı", **_card(objective, goal.title, years))
    b.heading(2, "Stratejiler, Faaliyet ve Projeler")
    b.table(
        "Stratejiler, Faaliyet ve Projeler",
        ["Hedef", "Stratejiler", "Faaliyet ve Projeler"],
        [
            [
                o.number,
                "\n".join(f"• {s}" for s in lines(o.strategies)),
                "\n".join(f"• {s}" for s in lines(o.activities)),
            ]
            for o in objectives
        ],
        [1, 4, 4],
    )
    b.heading(2, "Riskler ve Kontrol Faaliyetleri")
    b.table(
        "Hedef Riskleri ve Kontrol Faaliyetleri",
        ["Hedef", "Riskler", "Kontrol Faaliyetleri"],
        [
            [
                o.number,
                "\n".join(f"• {s}" for s in lines(o.risks)),
                "\n".join(f"• {s}" for s in lines(o.controls)),
            ]
            for o in objectives
        ],
        [1, 4, 4],
    )
    b.heading(2, "Maliyetlendirme")
    cost_rows = _cost_rows(plan)
    b.table(
        "Tahmini Maliyet Tablosu (TL)",
        ["Amaç / Hedef", *years, "Toplam"],
        cost_rows,
        [2] + [1.4] * (PLAN_YEARS + 1),
    )
    b.heading(2, "Sorumlu ve İşbirliği Yapılacak Birimler")
    b.table(
        "Sorumlu ve İşbirliği Yapılacak Birimler",
        ["Hedef", "Sorumlu Birim", "İşbirliği Yapılacak Birimler"],
        [
            [
                o.number,
                o.responsible_unit.name if o.responsible_unit else "—",
                ", ".join(u.name for u in o.cooperating_units.all()),
            ]
            for o in objectives
        ],
        [1, 3, 5],
    )
    b.heading(2, "Önerilerin Plana Yansıması")
    b.table(
        "Hedeflerin Karşıladığı İlçe Önerileri",
        ["Hedef", "Öneri Sayısı", "Önerisi Karşılanan İlçeler"],
        [[o.number, str(n), ", ".join(names)] for o, names, n in trace.objective_districts],
        [1, 1, 7],
    )

    b.heading(1, "İzleme ve Değerlendirme")
    b.text(plan.monitoring)

    status = STATUS_TR[PlanStatus(plan.status)]
    if plan.approval_date:
        status += (
            f" — Meclis kararı: {plan.approval_date:%d.%m.%Y} tarih ve {plan.decision_number} sayı"
        )
    return Document(
        title=plan.display_title,
        subtitle=f"{plan.institution.name} · {plan.period}",
        status_line=status,
        blocks=b.blocks[:front] + lists_of_tables_and_figures(b.blocks) + b.blocks[front:],
        cover_lines=cover_lines,
    )


def _card(objective: Objective, goal_title: str, years: list[str]) -> dict[str, object]:
    return {
        "top": [
            ("Amaç", f"A{objective.goal.position} {goal_title}"),
            ("Hedef", f"{objective.number} {objective.title}"),
        ],
        "grid_header": [
            "Performans Göstergeleri",
            "Hedefe Etkisi (%)",
            "Plan Dönemi Başlangıç Değeri",
            *years,
            "İzleme Sıklığı",
            "Rapor Sıklığı",
        ],
        "grid": [
            [f"{r[0]} {r[1]}", *r[2:]]
            for r in (indicator_row(i) for i in objective.indicators.all())
        ],
        "bottom": [
            (
                "Sorumlu Birim",
                objective.responsible_unit.name if objective.responsible_unit else "—",
            ),
            (
                "İşbirliği Yapılacak Birim(ler)",
                ", ".join(u.name for u in objective.cooperating_units.all()) or "—",
            ),
            ("Riskler", "; ".join(lines(objective.risks)) or "—"),
            ("Stratejiler", "; ".join(lines(objective.strategies)) or "—"),
            ("Maliyet Tahmini", f"{money(objective.total_cost)} TL"),
            ("Tespitler", "; ".join(lines(objective.findings)) or "—"),
            ("İhtiyaçlar", "; ".join(lines(objective.needs)) or "—"),
        ],
    }


def _year_costs(values: list[object]) -> list[int]:
    out = []
    for i in range(PLAN_YEARS):
        v = values[i] if i < len(values) else None
        out.append(int(str(v)) if v not in (None, "") else 0)
    return out


def cost_table(plan: Plan) -> list[tuple[str, list[int]]]:
    """The costing table's rows as numbers, each goal before its
    objectives, then the general administration costs, the total and the
    resources: the Word, PDF and Excel tables are all written from it, so
    their totals agree."""
    rows: list[tuple[str, list[int]]] = []
    totals = [0] * PLAN_YEARS
    for goal in plan.goals.all():
        goal_totals = [0] * PLAN_YEARS
        objective_rows = []
        for o in goal.objectives.all():
            costs = _year_costs(list(o.costs))
            goal_totals = [a + c for a, c in zip(goal_totals, costs, strict=True)]
            objective_rows.append((o.number, costs))
        rows.append((goal.number, goal_totals))
        rows.extend(objective_rows)
        totals = [a + c for a, c in zip(totals, goal_totals, strict=True)]
    general = _year_costs(list(plan.general_admin_costs))
    if any(general):
        rows.append(("Genel Yönetim Giderleri", general))
        totals = [a + c for a, c in zip(totals, general, strict=True)]
    rows.append(("TOPLAM", totals))
    if plan.resources:
        rows.append(("Kaynak", _year_costs(list(plan.resources))))
    return rows


def _cost_rows(plan: Plan) -> list[list[str]]:
    return [
        [label, *[money(c) for c in costs], money(sum(costs))] for label, costs in cost_table(plan)
    ]
