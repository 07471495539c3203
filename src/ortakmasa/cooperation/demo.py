"""Demo data for cooperation: the İzmit–İBB cooperation proposed from the
second seed's EU delegations meeting, with an EU project, and a handful of
other cooperations and projects.

Only the İzmit–İBB meeting and its four agreed topics come from the seed
text.  Every commitment, date, budget and every other cooperation and
project below is made up to show the pages, and says so ("örnek veri").
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from ortakmasa.cooperation.models import (
    ApplicationStatus,
    CommitmentStatus,
    Cooperation,
    CooperationForm,
    CooperationStatus,
    FundedProject,
    Funder,
    GrantStatus,
    PartnerRole,
    PartyRole,
)
from ortakmasa.cooperation.services import save_cooperation, save_project
from ortakmasa.meetings.models import Meeting, MeetingKind
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme

SEED_TOPICS = ["disaster_earthquake", "energy", "transport", "social_services"]
IZMIT_IBB_TITLE = "İBB – İzmit Belediyesi AB işbirliği"
DEMO_NOTE = "Örnek veri: bu kayıt demo için uydurulmuştur."


def _inst(key: str) -> Institution | None:
    return Institution.objects.filter(reference_key=key).first()


def _unit(parent: Institution, name: str) -> Institution | None:
    return Institution.objects.filter(root=parent, name=name).first()


def _themes(codes: list[str]) -> list[Theme]:
    found = {t.code: t for t in Theme.objects.filter(code__in=codes)}
    return [found[c] for c in codes if c in found]


def _izmit_ibb() -> None:
    ibb = _inst("municipality:province:34")
    izmit = _inst("municipality:district:41:İzmit")
    if ibb is None or izmit is None or Cooperation.objects.filter(title=IZMIT_IBB_TITLE).exists():
        return
    meeting = Meeting.objects.filter(kind=MeetingKind.DELEGATION, host=ibb, guests=izmit).first()
    parties = [
        {
            "institution": ibb,
            "unit": _unit(ibb, "AB İlişkileri Daire Başkanlığı"),
            "role": PartyRole.LEAD,
        },
        {
            "institution": izmit,
            "unit": _unit(izmit, "Strateji Geliştirme Müdürlüğü"),
            "role": PartyRole.PARTNER,
        },
    ]
    cooperation = save_cooperation(
        Cooperation(
            title=IZMIT_IBB_TITLE,
            form=CooperationForm.EXPERIENCE_EXCHANGE,
            status=CooperationStatus.ACTIVE,
            start_date=meeting.date if meeting else datetime.date(2020, 10, 1),
            description=(
                "İki belediyenin AB heyetlerinin toplantısında deprem başta olmak üzere enerji, "
                "ulaşım ve sosyal konularda işbirliği öncelikleri belirlendi; İzmit Belediyesi "
                "İBB'nin AB projelerine ve ağlarına katılmak istedi. Taahhütler örnek veridir."
            ),
            is_public=True,
        ),
        parties,
        _themes(SEED_TOPICS),
        [
            {
                "text": (
                    "İzmit Belediyesi deprem hazırlığı için AB proje fikirlerini İBB ile paylaşır."
                ),
                "owner": izmit,
                "due_date": datetime.date(2021, 1, 31),
                "status": CommitmentStatus.DONE,
            },
            {
                "text": "İBB, üyesi olduğu AB kent ağlarına İzmit Belediyesini tanıtır.",
                "owner": ibb,
                "due_date": datetime.date(2021, 6, 30),
                "status": CommitmentStatus.IN_PROGRESS,
            },
            {
                "text": "Enerji verimliliği konusunda ortak çalıştay düzenlenir.",
                "owner": izmit,
                "due_date": datetime.date(2021, 9, 30),
                "status": CommitmentStatus.OPEN,
            },
        ],
        meeting=meeting,
    )
    project = FundedProject(
        title="Depreme dirençli kentler için ortak hazırlık",
        acronym="DEPREM-HAZIR",
        funder=Funder.EU,
        programme="Örnek AB programı (demo)",
        call="Afet dayanıklılığı çağrısı (demo)",
        cooperation=cooperation,
        summary="İBB ve İzmit Belediyesinin deprem hazırlığı projesi. " + DEMO_NOTE,
        currency="EUR",
        budget=Decimal("850000"),
        grant_amount=Decimal("722500"),
        co_financing=Decimal("127500"),
        application_status=ApplicationStatus.SUBMITTED,
        grant_status=GrantStatus.NONE,
        application_deadline=datetime.date(2021, 4, 15),
        is_public=True,
    )
    save_project(
        project,
        [
            {"institution": ibb, "role": PartnerRole.COORDINATOR},
            {"institution": izmit, "role": PartnerRole.PARTNER},
        ],
        _themes(["disaster_earthquake", "eu_projects"]),
    )


OTHERS = [
    # (title, form, status, start, [(reference key, role)], topics, public)
    (
        "Kadıköy – Başakşehir sosyal hizmetler deneyim paylaşımı",
        CooperationForm.EXPERIENCE_EXCHANGE,
        CooperationStatus.ACTIVE,
        datetime.date(2024, 9, 10),
        [
            ("municipality:district:34:Kadıköy", PartyRole.LEAD),
            ("municipality:district:34:Başakşehir", PartyRole.PARTNER),
        ],
        ["social_services", "women", "youth"],
        True,
    ),
    (
        "Marmara depreme hazırlık çalışma grubu",
        CooperationForm.WORKING_GROUP,
        CooperationStatus.ACTIVE,
        datetime.date(2023, 3, 1),
        [
            ("municipality:province:34", PartyRole.LEAD),
            ("municipality:province:41", PartyRole.PARTNER),
            ("municipality:province:16", PartyRole.PARTNER),
            ("municipality:province:77", PartyRole.PARTNER),
        ],
        ["disaster_earthquake", "urban_renewal"],
        True,
    ),
    (
        "İBB – Ankara Büyükşehir toplu ulaşım protokolü",
        CooperationForm.PROTOCOL,
        CooperationStatus.PROPOSED,
        datetime.date(2024, 11, 5),
        [
            ("municipality:province:34", PartyRole.PARTNER),
            ("municipality:province:6", PartyRole.PARTNER),
        ],
        ["transport", "energy"],
        False,
    ),
    (
        "İzmir – Kocaeli iklim uyum ortak projesi",
        CooperationForm.JOINT_PROJECT,
        CooperationStatus.ACTIVE,
        datetime.date(2022, 5, 20),
        [
            ("municipality:province:35", PartyRole.LEAD),
            ("municipality:province:41", PartyRole.PARTNER),
        ],
        ["environment_climate", "energy"],
        True,
    ),
]


def _others() -> None:
    for title, form, status, start, members, topics, public in OTHERS:
        if Cooperation.objects.filter(title=title).exists():
            continue
        parties = []
        for key, role in members:
            inst = _inst(key)
            if inst is not None:
                parties.append({"institution": inst, "role": role})
        if len(parties) < 2:
            continue
        cooperation = save_cooperation(
            Cooperation(
                title=title,
                form=form,
                status=status,
                start_date=start,
                description=DEMO_NOTE,
                is_public=public,
            ),
            parties,
            _themes(topics),
            [
                {
                    "text": "Ortak eylem planı taslağı hazırlanır (örnek).",
                    "owner": parties[0]["institution"],
                    "due_date": start + datetime.timedelta(days=120),
                    "status": CommitmentStatus.OPEN,
                }
            ],
        )
        if form in (CooperationForm.WORKING_GROUP, CooperationForm.JOINT_PROJECT):
            project = FundedProject(
                title=f"{title} — hibe projesi",
                funder=Funder.EU
                if form == CooperationForm.WORKING_GROUP
                else Funder.DEVELOPMENT_AGENCY,
                programme="Örnek program (demo)",
                cooperation=cooperation,
                summary=DEMO_NOTE,
                currency="EUR" if form == CooperationForm.WORKING_GROUP else "TRY",
                budget=Decimal("1200000"),
                grant_amount=Decimal("1000000"),
                co_financing=Decimal("200000"),
                application_status=ApplicationStatus.ACCEPTED,
                grant_status=GrantStatus.RUNNING,
                start_date=start + datetime.timedelta(days=200),
                is_public=public,
            )
            save_project(
                project,
                [
                    {
                        "institution": p["institution"],
                        "role": PartnerRole.COORDINATOR if i == 0 else PartnerRole.PARTNER,
                    }
                    for i, p in enumerate(parties)
                ],
                _themes(topics),
            )


def load_demo_cooperation() -> None:
    _izmit_ibb()
    _others()
