"""Demo surveys and citizens' proposals.

* a citizen survey of İBB with 2,000 generated answers across İstanbul's 39
  districts (open-text answers included, so the themes show);
* a stakeholder survey sent to 40 registry institutions, 25 of which have
  answered (their influence and importance give the stakeholder scores);
* a staff survey with a link per İBB unit;
* 60 citizens' proposals: some waiting for confirmation or moderation,
  most published, some hidden with a reason, some merged into the clusters
  of district proposals.

Answers are generated with a fixed seed and written with ``bulk_create``.
Idempotent: nothing is added when the citizen survey already exists.
"""

from __future__ import annotations

import datetime
import hashlib
import random
from typing import Any

from django.utils import timezone

from ortakmasa.accounts.models import Role, User
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import District, Institution, InstitutionKind
from ortakmasa.surveys import citizens, totals
from ortakmasa.surveys.answering import canonical
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    CitizenStatus,
    Invitation,
    Kind,
    Question,
    Response,
    ResponseStatus,
    ScoreRole,
    Section,
    StaffLink,
    Support,
    Survey,
    SurveyStatus,
)
from ortakmasa.themes.models import Theme

CITIZEN_TITLE = "İstanbul'da Yaşam ve Öncelikler Anketi 2025"
STAKEHOLDER_TITLE = "2025–2029 Stratejik Planı Dış Paydaş Anketi"
STAFF_TITLE = "2025–2029 Stratejik Planı Çalışan Anketi"
CITIZEN_ANSWERS = 2000
STAKEHOLDERS_ASKED = 40
STAKEHOLDERS_ANSWERED = 25
STAFF_ANSWERS = 180
CITIZEN_PROPOSALS = 60
SEED = 2025
KVKK = (
    "Bu anket İstanbul Büyükşehir Belediyesi Strateji Geliştirme Daire Başkanlığı "
    "tarafından stratejik planın hazırlığı için yapılmaktadır. Yanıtlarınız yalnızca "
    "bu amaçla, toplu olarak değerlendirilir. (Demo metni.)"
)
OPEN_ANSWERS = [
    "Deprem toplanma alanları artırılmalı ve tabelaları yenilenmeli.",
    "Otobüs seferleri akşam saatlerinde çok seyrek.",
    "Metro hattı mahallemize kadar uzatılmalı.",
    "Çocuklar için güvenli oyun alanları ve kreş istiyoruz.",
    "Parklar bakımsız, yeşil alan çok az.",
    "Çöp toplama saatleri düzensiz, geri dönüşüm kutusu yok.",
    "Gençler için spor tesisi ve kütüphane açılmalı.",
    "Yaşlılar ve engelliler için kaldırımlar düzenlenmeli.",
    "Kira çok yüksek, sosyal konut yapılmalı.",
    "İçme suyu kesintileri sık yaşanıyor.",
    "Sokak hayvanları için barınak yetersiz.",
    "Belediye hizmetlerine internetten başvuru kolaylaşmalı.",
]
HIDE_REASONS = [
    "Öneri kişisel bilgi içerdiği için yayımlanmadı; bilgileri çıkararak yeniden "
    "gönderebilirsiniz.",
    "Konu belediyenin görev alanı dışındadır; ilgili kuruma iletilmesi önerilir.",
]


def _date(days_ago: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days_ago)


def _question(
    survey: Survey, section: Section, position: int, kind: str, text: str, **extra: Any
) -> Question:
    return Question.objects.create(
        survey=survey, section=section, position=position, kind=kind, text=text, **extra
    )


def _citizen_survey(ibb: Institution, districts: list[District], rng: random.Random) -> None:
    survey = Survey.objects.create(
        title=CITIZEN_TITLE,
        description="Belediyenin önümüzdeki beş yılda nelere öncelik vermesini istersiniz?",
        owner=ibb,
        audience=Audience.PUBLIC,
        anonymous=True,
        kvkk_notice=KVKK,
        status=SurveyStatus.PUBLISHED,
        opens_at=_date(30),
        closes_at=timezone.now() + datetime.timedelta(days=60),
    )
    general = survey.sections.create(title="Genel değerlendirme", position=1)
    details = survey.sections.create(title="Öncelikler ve öneriler", position=2)
    satisfied = _question(
        survey,
        general,
        1,
        Kind.LIKERT,
        "Belediyenin hizmetlerinden genel olarak memnunum.",
        required=True,
    )
    transit = _question(
        survey,
        general,
        2,
        Kind.SINGLE,
        "Toplu taşımayı ne sıklıkla kullanıyorsunuz?",
        choices=["Her gün", "Haftada birkaç kez", "Ayda birkaç kez", "Hiç"],
        required=True,
    )
    modes = _question(
        survey,
        general,
        3,
        Kind.MULTIPLE,
        "Hangi toplu taşıma araçlarını kullanıyorsunuz?",
        choices=["Metro", "Metrobüs", "Otobüs", "Vapur", "Marmaray"],
        show_if=transit,
        show_if_value="Her gün",
    )
    services = _question(
        survey,
        general,
        4,
        Kind.MATRIX,
        "Şu hizmetleri değerlendirin.",
        choices=["Temizlik", "Ulaşım", "Parklar", "Sosyal hizmetler"],
    )
    ranking = _question(survey, details, 1, Kind.RANKING, "Aşağıdaki temaları önem sırasına koyun.")
    ranking.themes.set(
        Theme.objects.filter(
            code__in=[
                "disaster_earthquake",
                "transport",
                "housing",
                "green_space",
                "social_services",
            ]
        )
    )
    household = _question(
        survey, details, 2, Kind.NUMBER, "Hanenizde kaç kişi yaşıyor?", min_value=1, max_value=20
    )
    idea = _question(survey, details, 3, Kind.TEXT, "Belediyeye önerinizi yazın.")
    codes = [t.code for t in ranking.themes.all()]
    rows = []
    for n in range(CITIZEN_ANSWERS):
        answers: dict[str, object] = {
            satisfied.key: rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 3, 4, 2])[0],
            transit.key: rng.choices(transit.choices, weights=[5, 3, 2, 1])[0],
        }
        if answers[transit.key] == "Her gün":
            answers[modes.key] = sorted(
                rng.sample(modes.choices, rng.randint(1, 3)), key=modes.choices.index
            )
        answers[services.key] = {row: rng.randint(1, 5) for row in services.choices}
        answers[ranking.key] = rng.sample(codes, len(codes))
        answers[household.key] = rng.randint(1, 7)
        if rng.random() < 0.35:
            answers[idea.key] = rng.choice(OPEN_ANSWERS)
        client = f"demo-citizen-{n}"
        rows.append(
            Response(
                survey=survey,
                audience=Audience.PUBLIC,
                status=ResponseStatus.SUBMITTED,
                answers=answers,
                district=rng.choice(districts),
                fingerprint=hashlib.sha256(client.encode()).hexdigest(),
                answer_hash=hashlib.sha256(f"{client}{canonical(answers)}".encode()).hexdigest(),
                submitted_at=_date(rng.randint(0, 29)),
            )
        )
    Response.objects.bulk_create(rows, batch_size=500)


def _stakeholder_survey(ibb: Institution, rng: random.Random) -> None:
    survey = Survey.objects.create(
        title=STAKEHOLDER_TITLE,
        owner=ibb,
        audience=Audience.STAKEHOLDER,
        anonymous=False,
        ask_district=False,
        kvkk_notice=KVKK,
        status=SurveyStatus.PUBLISHED,
        opens_at=_date(20),
    )
    section = survey.sections.create(title="Kurumunuz ve belediye", position=1)
    influence = _question(
        survey,
        section,
        1,
        Kind.LIKERT,
        "Kurumunuz belediyenin çalışmalarını ne ölçüde etkileyebilir?",
        scale=["Çok az", "Az", "Orta", "Çok", "Çok fazla"],
        score_role=ScoreRole.INFLUENCE,
        required=True,
    )
    importance = _question(
        survey,
        section,
        2,
        Kind.LIKERT,
        "Belediyenin çalışmaları kurumunuzu ne ölçüde etkiliyor?",
        scale=["Çok az", "Az", "Orta", "Çok", "Çok fazla"],
        score_role=ScoreRole.IMPORTANCE,
        required=True,
    )
    cooperate = _question(
        survey,
        section,
        3,
        Kind.SINGLE,
        "Belediyeyle ortak proje yürüttünüz mü?",
        choices=["Evet", "Hayır"],
    )
    view = _question(survey, section, 4, Kind.TEXT, "Belediyenin güçlü ve zayıf yönleri nelerdir?")
    candidates = list(
        Institution.objects.filter(province__plate=34, parent__isnull=True, is_active=True)
        .exclude(pk=ibb.pk)
        .exclude(kind=InstitutionKind.POLITICAL_PARTY)
        .order_by("sort_key")[:STAKEHOLDERS_ASKED]
    )
    invitations = Invitation.objects.bulk_create(
        [Invitation(survey=survey, institution=inst) for inst in candidates]
    )
    rows = []
    for invitation in rng.sample(invitations, min(STAKEHOLDERS_ANSWERED, len(invitations))):
        inst = invitation.institution
        assert inst is not None
        rows.append(
            Response(
                survey=survey,
                audience=Audience.STAKEHOLDER,
                status=ResponseStatus.SUBMITTED,
                invitation=invitation,
                institution=inst,
                group=inst.kind,
                district_id=inst.district_id,
                name=f"{inst.name} adına yetkili",
                answers={
                    influence.key: rng.randint(1, 5),
                    importance.key: rng.randint(2, 5),
                    cooperate.key: rng.choice(cooperate.choices),
                    view.key: rng.choice(OPEN_ANSWERS),
                },
                submitted_at=_date(rng.randint(0, 19)),
            )
        )
    Response.objects.bulk_create(rows)


def _staff_survey(ibb: Institution, rng: random.Random) -> None:
    survey = Survey.objects.create(
        title=STAFF_TITLE,
        owner=ibb,
        audience=Audience.STAFF,
        anonymous=True,
        ask_district=False,
        kvkk_notice=KVKK,
        status=SurveyStatus.PUBLISHED,
        opens_at=_date(15),
    )
    section = survey.sections.create(title="Kurum içi değerlendirme", position=1)
    questions = [
        _question(survey, section, n, Kind.LIKERT, text)
        for n, text in enumerate(
            [
                "Birimimin görevleri açıkça tanımlanmıştır.",
                "İşimi yapmak için yeterli kaynağa sahibim.",
                "Birimler arası iş birliği yeterlidir.",
            ],
            1,
        )
    ]
    units = list(Institution.objects.filter(parent=ibb).order_by("sort_key"))
    links = StaffLink.objects.bulk_create([StaffLink(survey=survey, unit=u) for u in units])
    if not links:
        return
    rows = []
    for _n in range(STAFF_ANSWERS):
        link = rng.choice(links)
        rows.append(
            Response(
                survey=survey,
                audience=Audience.STAFF,
                status=ResponseStatus.SUBMITTED,
                staff_link=link,
                institution=link.unit,
                group="staff",
                answers={q.key: rng.randint(1, 5) for q in questions},
                submitted_at=_date(rng.randint(0, 14)),
            )
        )
    Response.objects.bulk_create(rows)


def _citizen_proposals(districts: dict[str, District], rng: random.Random) -> None:
    from ortakmasa.proposals.synthetic import generate

    office = User.objects.filter(role=Role.STRATEGY_OFFICE).first()
    themes = {t.code: t for t in Theme.objects.all()}
    items = []
    for n, generated in enumerate(generate(CITIZEN_PROPOSALS, seed=SEED + 7)):
        district = districts.get(generated.district)
        if district is None:
            continue
        title = generated.text if len(generated.text) <= 120 else generated.text[:117] + "…"
        item = CitizenProposal.objects.create(
            title=title,
            description=generated.text,
            district=district,
            email=f"vatandas{n + 1}@example.org",
            name="",
        )
        theme = themes.get(generated.theme)
        if theme is not None:
            item.themes.set([theme])
        items.append(item)
    now = timezone.now()
    for n, item in enumerate(items):
        if n < 5:
            continue  # still waiting for the e-mail confirmation
        item.status, item.confirmed_at = CitizenStatus.PENDING, now
        item.save(update_fields=["status", "confirmed_at"])
        if n < 14:
            continue  # in the moderation queue
        if n < 20:
            citizens.hide(item, office, HIDE_REASONS[n % len(HIDE_REASONS)])
            continue
        if n < 32:
            target = (
                Proposal.objects.filter(district=item.district, cluster__isnull=False)
                .exclude(citizen_sources__isnull=False)
                .order_by("id")
                .first()
            )
            if target is not None:
                citizens.merge(
                    item, office, target, "Aynı ihtiyaç ilçeden de iletildi; birlikte ele alınacak."
                )
                continue
        citizens.publish(item, office)
    supports = []
    published = [i for i in items if i.status in (CitizenStatus.PUBLISHED, CitizenStatus.MERGED)]
    for item in published:
        for k in range(rng.randint(0, 12)):
            email = f"destekci{k}@example.org"
            supports.append(
                Support(
                    citizen_proposal=item,
                    email=email,
                    email_key=citizens.email_key(email),
                    confirmed_at=now,
                )
            )
    Support.objects.bulk_create(supports)


def load_demo_surveys() -> None:
    if Survey.objects.filter(title=CITIZEN_TITLE).exists():
        return
    rng = random.Random(SEED)
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    districts = list(District.objects.filter(province__plate=34).order_by("sort_key"))
    _citizen_survey(ibb, districts, rng)
    _stakeholder_survey(ibb, rng)
    _staff_survey(ibb, rng)
    # The answers above were written in bulk: count them once, here.
    for survey in Survey.objects.filter(title__in=[CITIZEN_TITLE, STAKEHOLDER_TITLE, STAFF_TITLE]):
        totals.rebuild(survey)
    _citizen_proposals({d.name: d for d in districts}, rng)
