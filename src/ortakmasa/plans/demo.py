"""Demo: a draft 2025–2029 strategic plan for İBB.

Every text below is written for the demo — realistic for a metropolitan
municipality, but not İBB's real plan, and the figures are invented.  Its
objectives are linked to the demo proposals' clusters by theme (so the
traceability page shows which districts each objective answers) and to
the meeting topics of İBB's demo meetings.  The plan passes every check,
so a visitor can submit it, approve it and download its documents.

Idempotent: a second run finds the plan and changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db import transaction
from django.db.models import Q

from ortakmasa.accounts.models import Role, User
from ortakmasa.meetings.models import MeetingTopic, ReviewStatus
from ortakmasa.plans import services
from ortakmasa.plans.models import (
    ActivityArea,
    Finding,
    Goal,
    Indicator,
    LegislationItem,
    Objective,
    PestleItem,
    Plan,
    PolicyDocument,
    Stakeholder,
    SwotItem,
)
from ortakmasa.proposals.models import ProposalCluster
from ortakmasa.registry.models import Institution, InstitutionKind

DEMO_TITLE = "İBB 2025–2029 Stratejik Planı (demo taslağı)"

TEXTS = {
    "foreword": (
        "Bu sunuş metni demo için yazılmıştır. Değerli İstanbullular, elinizdeki plan "
        "ilçelerimizin, kurumlarımızın ve sivil toplumun masaya getirdiği önerilerle hazırlandı. "
        "Beş yıl boyunca "
        "her adımını sizinle birlikte izleyecek, sonuçlarını açıkça paylaşacağız."
    ),
    "preparation": (
        "Bu metin demo için yazılmıştır. Plan çalışmaları Belediye Başkanının onayıyla "
        "başlatılmış; Genel Sekreterin başkanlığında Stratejik Planlama Kurulu ve Strateji "
        "Geliştirme Daire Başkanlığının koordinasyonunda her daireden temsilcilerin yer aldığı "
        "Stratejik Planlama Ekibi kurulmuştur.\n\n"
        "Hazırlık programı; durum analizi, ilçe ortak masa toplantıları, paydaş görüşlerinin "
        "alınması, amaç ve hedeflerin belirlenmesi, maliyetlendirme ve meclis sunumu "
        "aşamalarından oluşmuş; 39 ilçe belediyesinin önerileri Ortak Masa platformunda "
        "toplanarak plana bağlanmıştır."
    ),
    "history": (
        "Demo metni: Büyükşehir belediyesi 1984 yılında kurulmuş, 2004 yılında 5216 sayılı "
        "Kanunla yetki alanı il mülki sınırlarına genişlemiştir. Bugün 39 ilçede ulaşım, "
        "altyapı, afet yönetimi, çevre ve sosyal hizmet alanlarında hizmet vermektedir."
    ),
    "current_plan_review": (
        "Demo metni: Bir önceki plan döneminin 5 amacı ve 24 hedefinden 17'sinde hedeflenen "
        "düzeye ulaşılmış; raylı sistem yatırımları ve deprem dönüşümünde finansman kaynaklı "
        "gecikmeler yaşanmıştır. Gerçekleşmeyen hedefler bu planda yeniden ele alınmıştır."
    ),
    "internal_analysis": (
        "Demo metni: Teşkilat yapısı 30'u aşkın daire başkanlığından oluşmaktadır. İnsan "
        "kaynaklarında teknik personel açığı, kurum kültüründe katılım ve veri paylaşımı "
        "geliştirilmesi gereken alanlardır. Coğrafi bilgi sistemi ve açık veri altyapısı "
        "güçlüdür; borç yükü ve kur riski mali yapının temel sınırlarıdır."
    ),
    "mission": (
        "İstanbul'da yaşayan herkese, ilçeleriyle ve paydaşlarıyla birlikte, adil, "
        "katılımcı ve dayanıklı kentsel hizmetler sunmak."
    ),
    "vision": "Afete hazır, yeşil, erişilebilir ve herkesin söz sahibi olduğu bir İstanbul.",
    "core_values": "Katılımcılık\nŞeffaflık ve hesap verebilirlik\nSosyal adalet\n"
    "Bilimsellik\nÇevreye duyarlılık",
    "monitoring": (
        "Performans göstergeleri sorumlu daire başkanlıklarınca altı ayda bir Ortak Masa'ya "
        "girilir; Strateji Geliştirme Daire Başkanlığı verileri kontrol ederek altı aylık "
        "izleme raporunu ve yıllık değerlendirme raporunu hazırlar. Raporlar Belediye "
        "Başkanına ve meclise sunulur, ilçelerle ve kamuoyuyla paylaşılır. Gerçekleşmenin "
        "eşik değerin altında kaldığı göstergeler için açıklama zorunludur; gerekirse plan "
        "güncellenir."
    ),
}

UNITS = [
    "Strateji Geliştirme Daire Başkanlığı",
    "Deprem Risk Yönetimi ve Kentsel İyileştirme Daire Başkanlığı",
    "Raylı Sistem Daire Başkanlığı",
    "Ulaşım Daire Başkanlığı",
    "Sosyal Hizmetler Daire Başkanlığı",
    "İklim Değişikliği Müdürlüğü",
    "Park Bahçe ve Yeşil Alanlar Daire Başkanlığı",
    "Bilgi İşlem Daire Başkanlığı",
]

# (goal, [(objective, themes, unit, cooperating, costs (million TL), indicators)])
# indicator: (name, unit, direction, weight, baseline, targets, source)
GOALS: list[tuple[str, list[tuple[Any, ...]]]] = [
    (
        "Afet riskine karşı dayanıklı bir kent oluşturmak",
        [
            (
                "Riskli yapı stokunun dönüşümünü hızlandırmak",
                {"disaster_earthquake", "urban_renewal", "housing"},
                1,
                [0],
                [900, 950, 1000, 1050, 1100],
                [
                    (
                        "Dönüşümü tamamlanan riskli konut sayısı",
                        "adet",
                        "increase",
                        60,
                        12000,
                        [16000, 20000, 24000, 28000, 32000],
                        "Kentsel dönüşüm kayıtları",
                    ),
                    (
                        "Afet toplanma alanı başına düşen kişi sayısı",
                        "kişi",
                        "decrease",
                        40,
                        1450,
                        [1400, 1300, 1200, 1100, 1000],
                        "Afet yönetim sistemi",
                    ),
                ],
            ),
            (
                "Mahalle ölçeğinde afet gönüllülüğünü yaygınlaştırmak",
                {"disaster_earthquake", "security"},
                1,
                [4],
                [40, 45, 50, 55, 60],
                [
                    (
                        "Eğitim almış mahalle afet gönüllüsü sayısı",
                        "kişi",
                        "increase",
                        70,
                        8000,
                        [12000, 16000, 20000, 24000, 28000],
                        "Gönüllü kayıt sistemi",
                    ),
                    (
                        "Afet tatbikatı yapılan mahalle oranı",
                        "%",
                        "increase",
                        30,
                        20,
                        [35, 50, 65, 80, 95],
                        "Tatbikat tutanakları",
                    ),
                ],
            ),
        ],
    ),
    (
        "Erişilebilir ve sürdürülebilir bir ulaşım sistemi kurmak",
        [
            (
                "Raylı sistem ağını ilçelere ulaştırmak",
                {"transport"},
                2,
                [3],
                [12000, 13500, 14000, 14500, 15000],
                [
                    (
                        "İşletmedeki raylı sistem uzunluğu",
                        "km",
                        "increase",
                        70,
                        260,
                        [275, 295, 320, 345, 370],
                        "Raylı sistem işletme kayıtları",
                    ),
                    (
                        "Raylı sisteme 1 km yürüme mesafesinde yaşayan nüfus oranı",
                        "%",
                        "increase",
                        30,
                        42,
                        [44, 47, 50, 53, 56],
                        "CBS analizi",
                    ),
                ],
            ),
            (
                "Toplu taşımayı engelli ve yaşlılar için erişilebilir kılmak",
                {"elderly_disabled"},
                3,
                [2, 4],
                [300, 320, 340, 360, 380],
                [
                    (
                        "Asansörü çalışır durumdaki istasyon oranı",
                        "%",
                        "increase",
                        50,
                        78,
                        [82, 86, 90, 94, 98],
                        "İstasyon bakım kayıtları",
                    ),
                    (
                        "Alçak tabanlı otobüs oranı",
                        "%",
                        "increase",
                        50,
                        85,
                        [88, 91, 94, 97, 100],
                        "Filo kayıtları",
                    ),
                ],
            ),
        ],
    ),
    (
        "Yeşil, iklime duyarlı ve temiz bir İstanbul",
        [
            (
                "Kişi başına düşen yeşil alanı artırmak",
                {"green_space", "sports"},
                6,
                [0],
                [700, 750, 800, 850, 900],
                [
                    (
                        "Kişi başına aktif yeşil alan",
                        "m²",
                        "increase",
                        60,
                        6.8,
                        [7.1, 7.4, 7.8, 8.2, 8.6],
                        "Park bahçe envanteri",
                    ),
                    (
                        "Yeni açılan spor ve oyun alanı sayısı",
                        "adet",
                        "increase",
                        40,
                        0,
                        [20, 45, 70, 95, 120],
                        "Proje kayıtları",
                    ),
                ],
            ),
            (
                "Sera gazı salımını ve atık miktarını azaltmak",
                {"environment_climate", "energy", "waste", "water_sewerage"},
                5,
                [2, 7],
                [500, 520, 540, 560, 580],
                [
                    (
                        "Belediye binalarında yenilenebilir enerji payı",
                        "%",
                        "increase",
                        40,
                        9,
                        [12, 16, 20, 25, 30],
                        "Enerji izleme sistemi",
                    ),
                    (
                        "Düzenli depolamaya giden evsel atık oranı",
                        "%",
                        "decrease",
                        40,
                        71,
                        [68, 64, 60, 56, 52],
                        "Atık yönetim kayıtları",
                    ),
                    (
                        "Sıfır atık belgeli kamu binası sayısı",
                        "adet",
                        "keep",
                        20,
                        450,
                        [450, 450, 450, 450, 450],
                        "Sıfır atık sistemi",
                    ),
                ],
            ),
        ],
    ),
    (
        "Kapsayıcı sosyal hizmetler ve katılımcı yönetim",
        [
            (
                "Sosyal hizmetlere erişimi artırmak",
                {
                    "social_services",
                    "women",
                    "children",
                    "health",
                    "education",
                    "youth",
                    "employment",
                },
                4,
                [0],
                [2500, 2600, 2700, 2800, 2900],
                [
                    (
                        "Kreş ve gündüz bakım evi kapasitesi",
                        "çocuk",
                        "increase",
                        50,
                        5200,
                        [6500, 8000, 9500, 11000, 12500],
                        "Sosyal hizmet kayıtları",
                    ),
                    (
                        "Sosyal yardım başvurularının ortalama sonuçlanma süresi",
                        "gün",
                        "decrease",
                        50,
                        21,
                        [18, 15, 12, 10, 8],
                        "Başvuru yönetim sistemi",
                    ),
                ],
            ),
            (
                "Kararlara ilçelerin ve yurttaşların katılımını güçlendirmek",
                {"governance_participation", "digital_services", "social_innovation", "culture"},
                0,
                [7],
                [60, 60, 65, 65, 70],
                [
                    (
                        "Önerisi plana yansıyan ilçe oranı",
                        "%",
                        "increase",
                        50,
                        60,
                        [70, 80, 85, 90, 95],
                        "Ortak Masa",
                    ),
                    (
                        "Yanıtlanan yurttaş önerisi oranı",
                        "%",
                        "increase",
                        50,
                        55,
                        [65, 75, 85, 90, 95],
                        "Ortak Masa",
                    ),
                ],
            ),
        ],
    ),
]


def _unit(ibb: Institution, name: str) -> Institution:
    found = Institution.objects.filter(parent=ibb, name=name).first()
    if found:
        return found
    return Institution.objects.create(parent=ibb, name=name, kind=InstitutionKind.DEPARTMENT)


def _cluster_themes(province_id: int) -> dict[int, set[str]]:
    themes: dict[int, set[str]] = defaultdict(set)
    rows = ProposalCluster.objects.filter(province_id=province_id).values_list(
        "id", "proposals__themes__code"
    )
    for cluster_id, code in rows:
        if code:
            themes[cluster_id].add(code)
    return themes


def _situation(plan: Plan, ibb: Institution) -> None:
    rows = [
        (
            "Stratejik plan hazırlamak ve meclise sunmak",
            "5393 s. Belediye Kanunu md. 41; 5216 s. Kanun md. 7",
            "Plan mahalli seçimlerden sonra altı ay içinde hazırlanmalı.",
            "Hazırlık takvimine uyulması",
        ),
        (
            "Deprem ve afet risklerine karşı plan yapmak",
            "5216 s. Kanun md. 7",
            "Afet planları ilçe ölçeğinde güncel değil.",
            "İlçe afet planlarının güncellenmesi",
        ),
        (
            "Toplu taşıma hizmetlerini yürütmek",
            "5216 s. Kanun md. 7",
            "Raylı sistem yatırımları dış finansmana bağlı.",
            "Finansman çeşitlendirmesi",
        ),
    ]
    LegislationItem.objects.bulk_create(
        LegislationItem(plan=plan, position=i, obligation=a, basis=b, finding=c, need=d)
        for i, (a, b, c, d) in enumerate(rows, start=1)
    )
    docs = [
        (
            "On İkinci Kalkınma Planı (2024–2028)",
            "Afete dirençli yaşam alanları",
            "Kentsel dönüşümün hızlandırılması",
        ),
        (
            "İklim Değişikliği Eylem Planı",
            "Şehirler ve yerel yönetimler",
            "Sera gazı azaltım hedefleri",
        ),
        ("Orta Vadeli Program", "Kamu yatırımları", "Yatırımların önceliklendirilmesi"),
    ]
    PolicyDocument.objects.bulk_create(
        PolicyDocument(plan=plan, position=i, document=a, section=b, duty=c)
        for i, (a, b, c) in enumerate(docs, start=1)
    )
    areas = [
        ("Afet yönetimi", "Kentsel dönüşüm desteği\nAfet gönüllülüğü eğitimi"),
        ("Ulaşım", "Raylı sistem işletmesi\nOtobüs işletmesi"),
        ("Çevre ve iklim", "Park ve yeşil alan\nAtık toplama"),
        ("Sosyal hizmetler", "Kreş hizmeti\nSosyal yardım"),
    ]
    ActivityArea.objects.bulk_create(
        ActivityArea(plan=plan, position=i, name=a, services=b)
        for i, (a, b) in enumerate(areas, start=1)
    )
    partners = list(
        Institution.objects.filter(
            province_id=ibb.province_id or 0, kind=InstitutionKind.DISTRICT_MUNICIPALITY
        ).order_by("sort_key")[:6]
    )
    stakeholders = [
        Stakeholder(
            plan=plan,
            position=1,
            name="İlçe belediyeleri",
            influence=5,
            importance=5,
            services="Kentsel dönüşüm desteği\nRaylı sistem işletmesi\nPark ve yeşil alan",
        ),
        Stakeholder(
            plan=plan,
            position=2,
            name="Muhtarlar",
            influence=2,
            importance=5,
            services="Afet gönüllülüğü eğitimi\nSosyal yardım",
        ),
        Stakeholder(
            plan=plan,
            position=3,
            name="Merkezi idare kuruluşları",
            influence=5,
            importance=2,
            services="Raylı sistem işletmesi",
        ),
        Stakeholder(
            plan=plan,
            position=4,
            name="Belediye çalışanları",
            internal=True,
            influence=4,
            importance=4,
            services="Kreş hizmeti",
        ),
        Stakeholder(plan=plan, position=5, name="Yerel basın", influence=2, importance=2),
    ]
    for i, inst in enumerate(partners, start=6):
        stakeholders.append(
            Stakeholder(
                plan=plan,
                position=i,
                institution=inst,
                influence=4,
                importance=5,
                services="Kentsel dönüşüm desteği\nPark ve yeşil alan",
            )
        )
    Stakeholder.objects.bulk_create(stakeholders)
    pestle = [
        (
            "political",
            "Merkezi idare ile yerel yönetim arasında yetki ve kaynak paylaşımı",
            "threat",
            "Ortak projelerde protokol ve düzenli koordinasyon",
        ),
        (
            "economic",
            "Yüksek enflasyon ve kur dalgalanması",
            "threat",
            "Dış borçlanmada kur riskinin yönetimi",
        ),
        ("social", "Hızlı yaşlanan nüfus", "opportunity", "Yaşlı dostu hizmet modelleri"),
        (
            "technological",
            "Açık veri ve akıllı şehir teknolojileri",
            "opportunity",
            "Veriye dayalı karar alma",
        ),
        (
            "legal",
            "Afet ve dönüşüm mevzuatındaki değişiklikler",
            "threat",
            "Mevzuatın düzenli izlenmesi",
        ),
        (
            "environmental",
            "İklim değişikliğine bağlı aşırı yağış ve sıcak hava dalgaları",
            "threat",
            "Yeşil altyapı ve uyum eylemleri",
        ),
    ]
    PestleItem.objects.bulk_create(
        PestleItem(plan=plan, position=i, category=c, factor=f, effect=e, action=a)
        for i, (c, f, e, a) in enumerate(pestle, start=1)
    )
    swot = [
        ("strength", "Güçlü teknik altyapı ve coğrafi veri"),
        ("strength", "39 ilçe ile kurulmuş düzenli toplantı ağı"),
        ("weakness", "Yatırımların dış finansmana bağımlılığı"),
        ("weakness", "Birimler arası veri paylaşımının sınırlı olması"),
        ("opportunity", "Uluslararası iklim ve afet fonları"),
        ("opportunity", "Sivil toplumun katılım isteği"),
        ("threat", "Beklenen büyük İstanbul depremi"),
        ("threat", "Hızlı ve plansız nüfus artışı"),
    ]
    SwotItem.objects.bulk_create(
        SwotItem(plan=plan, position=i, kind=k, text=t) for i, (k, t) in enumerate(swot, start=1)
    )
    findings = [
        (
            "Afet",
            "Riskli yapı stoku hızla dönüştürülemiyor.",
            "Dönüşüm finansmanı ve mahalle ölçeğinde planlama",
        ),
        (
            "Ulaşım",
            "Çeper ilçeler raylı sisteme uzak.",
            "Raylı sistemin çeper ilçelere ulaştırılması",
        ),
        (
            "Sosyal",
            "Kreş kapasitesi talebin gerisinde.",
            "Kreş ve gündüz bakım kapasitesinin artırılması",
        ),
        (
            "Katılım",
            "İlçe önerilerinin izlenmesi dağınık.",
            "Önerilerin plana bağlanması ve yanıtlanması",
        ),
    ]
    Finding.objects.bulk_create(
        Finding(plan=plan, position=i, area=a, finding=f, need=n)
        for i, (a, f, n) in enumerate(findings, start=1)
    )


@transaction.atomic
def load_demo_plan() -> None:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    if Plan.objects.filter(institution=ibb, title=DEMO_TITLE).exists():
        return
    planner = User.objects.filter(role=Role.STRATEGY_OFFICE, institution=ibb).first()
    plan = Plan.objects.create(
        institution=ibb,
        start_year=2025,
        title=DEMO_TITLE,
        created_by=planner,
        general_admin_costs=[1_500_000_000] * 5,
        **TEXTS,
    )
    services.record(plan, planner, "created", plan.display_title, note="demo")
    _situation(plan, ibb)
    units = [_unit(ibb, name) for name in UNITS]
    cluster_themes = _cluster_themes(ibb.province_id or 0)
    topics = list(
        MeetingTopic.objects.exclude(meeting__review_status=ReviewStatus.DRAFT)
        .filter(Q(meeting__host=ibb) | Q(meeting__guests=ibb) | Q(meeting__campaign__owner=ibb))
        .select_related("theme")
        .distinct()
    )
    for g, (goal_title, objectives) in enumerate(GOALS, start=1):
        goal = Goal.objects.create(plan=plan, position=g, title=goal_title)
        for o, (title, themes, unit, cooperating, costs, indicators) in enumerate(
            objectives, start=1
        ):
            objective = Objective.objects.create(
                goal=goal,
                position=o,
                title=title,
                responsible_unit=units[unit],
                risks="Finansman kaynaklarının gecikmesi\nİlgili kurumlarla koordinasyon eksikliği",
                controls="Üç ayda bir finansman izlemesi\nOrtak koordinasyon kurulu toplantıları",
                strategies="İlçe belediyeleriyle ortak uygulama\nUluslararası fonlardan yararlanma",
                activities=f"{title} için öncelikli ilçelerde pilot uygulama\nİzleme ve raporlama",
                findings="İlçelerden gelen öneriler bu alanda yoğunlaşıyor.",
                needs="Kaynak, kapasite ve veri paylaşımı",
                costs=[c * 1_000_000 for c in costs],
            )
            objective.cooperating_units.set([units[i] for i in cooperating])
            objective.clusters.set([cid for cid, codes in cluster_themes.items() if codes & themes])
            objective.topics.set([t for t in topics if t.theme.code in themes])
            for i, (name, unit_name, direction, weight, baseline, targets, source) in enumerate(
                indicators, start=1
            ):
                Indicator.objects.create(
                    objective=objective,
                    position=i,
                    name=name,
                    unit=unit_name,
                    direction=direction,
                    weight=weight,
                    baseline=baseline,
                    targets=targets,
                    source=source,
                )
    # The merged clusters' primaries are accepted into the objectives that
    # answer them, so the districts see a real objective's current number.
    for objective in Objective.objects.filter(goal__plan=plan).order_by(
        "goal__position", "position"
    ):
        if objective.clusters.filter(status="merged").exists():
            services.accept_proposals(objective, planner)
    services.create_version(plan, planner, "Demo taslağı")
