"""Demo data: what ``make demo`` shows a new user.

The people and posts below come from the two news texts in ``shared/seeds``
(the İBB district visits of June 2024 and the İzmit–İBB EU delegations
meeting of October 2020).  Demo users, one for each role, let a visitor see
the platform as each kind of user sees it.

Every step is idempotent: running ``ortakmasa demo`` twice changes nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from ortakmasa.accounts.models import Role, User
from ortakmasa.cooperation.demo import load_demo_cooperation
from ortakmasa.cycle.demo import load_demo_cycle
from ortakmasa.meetings.demo import load_demo_meetings
from ortakmasa.monitoring.demo import load_demo_monitoring
from ortakmasa.plans.demo import load_demo_plan
from ortakmasa.proposals.demo import load_demo_proposals
from ortakmasa.registry.models import (
    Institution,
    InstitutionKind,
    PartyAffiliation,
    Person,
    PersonAlias,
    Post,
)
from ortakmasa.registry.reference import load_reference_data
from ortakmasa.surveys.demo import load_demo_surveys
from ortakmasa.themes.loader import load_themes

DEMO_PASSWORD = "ortakmasa-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    institution_key: str | None
    first_name: str
    last_name: str


DEMO_USERS = [
    DemoUser("admin", Role.ADMIN, None, "Demo", "Yönetici"),
    DemoUser("strateji", Role.STRATEGY_OFFICE, "municipality:province:34", "Demo", "Strateji"),
    DemoUser(
        "basaksehir",
        Role.LIAISON,
        "municipality:district:34:Başakşehir",
        "Demo",
        "Başakşehir İrtibat",
    ),
    DemoUser(
        "kadikoy", Role.LIAISON, "municipality:district:34:Kadıköy", "Demo", "Kadıköy İrtibat"
    ),
    DemoUser("stk", Role.STAKEHOLDER, None, "Demo", "STK"),
]


def institution(key: str) -> Institution:
    return Institution.objects.get(reference_key=key)


def unit(parent: Institution, name: str, kind: str) -> Institution:
    found = Institution.objects.filter(parent=parent, name=name).first()
    if found:
        return found
    return Institution.objects.create(parent=parent, name=name, kind=kind)


def person(
    given: str,
    family: str,
    posts: list[tuple[Institution, str, datetime.date | None]],
    party: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Person:
    found = Person.objects.filter(given_name=given, family_name=family).first()
    p = found or Person.objects.create(given_name=given, family_name=family)
    for inst, title, start in posts:
        Post.objects.get_or_create(
            person=p,
            institution=inst,
            title=title,
            defaults={"start_date": start, "source": "shared/seeds"},
        )
    if party:
        party_inst = Institution.objects.filter(
            kind=InstitutionKind.POLITICAL_PARTY, short_name=party
        ).first()
        if party_inst:
            PartyAffiliation.objects.get_or_create(person=p, party=party_inst)
    for alias in aliases:
        PersonAlias.objects.get_or_create(person=p, name=alias)
    return p


def load_seed_people() -> None:
    ibb = institution("municipality:province:34")
    basaksehir = institution("municipality:district:34:Başakşehir")
    izmit = institution("municipality:district:41:İzmit")
    ibb_eu = unit(ibb, "AB İlişkileri Daire Başkanlığı", InstitutionKind.DEPARTMENT)
    ibb_eu_unit = unit(ibb_eu, "AB İlişkileri Müdürlüğü", InstitutionKind.DIRECTORATE)
    unit(ibb, "Strateji Geliştirme Daire Başkanlığı", InstitutionKind.DEPARTMENT)
    izmit_strategy = unit(izmit, "Strateji Geliştirme Müdürlüğü", InstitutionKind.DIRECTORATE)
    izmit_rd = unit(izmit_strategy, "ARGE ve Proje Geliştirme Birimi", InstitutionKind.UNIT)

    person("Ekrem", "İmamoğlu", [(ibb, "Büyükşehir Belediye Başkanı", None)], party="CHP")
    person(
        "Yasin",
        "Kartoğlu",
        [(basaksehir, "Belediye Başkanı", datetime.date(2024, 4, 1))],
        party="AKP",
    )
    person("Mehmet", "Alkanalka", [(ibb_eu, "Daire Başkanı", None)])
    person("Ali", "Doğanay", [(ibb_eu_unit, "Birim Müdürü", None)])
    person("Egemen", "Göksöz", [(ibb_eu_unit, "Müdür Yardımcısı", None)])
    person("Cemal Taki", "Şahan", [(izmit_strategy, "Müdür", None)])
    person("Veysel Arif", "Yüksel", [(izmit_rd, "Birim Sorumlusu", None)])
    person(
        "Fatma",
        "Kaplan Hürriyet",
        [(izmit, "Belediye Başkanı", None)],
        party="CHP",
        aliases=("Fatma Kaplan",),
    )


def load_demo_users() -> list[str]:
    """Creates the demo users; returns their usernames."""
    names = []
    ngo = Institution.objects.filter(name="İstanbul Kadın Dayanışma Derneği").first()
    if ngo is None:
        ngo = Institution.objects.create(
            name="İstanbul Kadın Dayanışma Derneği",
            kind=InstitutionKind.NGO,
            province=institution("municipality:province:34").province,
            description="Demo için uydurulmuş bir dernek.",
        )
    for spec in DEMO_USERS:
        inst = institution(spec.institution_key) if spec.institution_key else None
        if spec.role == Role.STAKEHOLDER:
            inst = ngo
        user = User.objects.filter(username=spec.username).first()
        if user is None:
            user = User(username=spec.username)
            user.set_password(DEMO_PASSWORD)
        user.first_name, user.last_name = spec.first_name, spec.last_name
        user.role = spec.role
        user.institution = inst
        user.is_staff = user.is_superuser = spec.role == Role.ADMIN
        user.save()
        names.append(spec.username)
    return names


#: Later parts of the platform add their demo data here, in order.
DEMO_STEPS: list[tuple[str, Callable[[], object]]] = [
    ("reference data", load_reference_data),
    ("themes", load_themes),
    ("people from the seed texts", load_seed_people),
    ("demo users", load_demo_users),
    ("meetings and the 2024 district-visit campaign", load_demo_meetings),
    ("cooperations and funded projects", load_demo_cooperation),
    ("proposals", load_demo_proposals),
    ("the draft 2025–2029 strategic plan of İBB", load_demo_plan),
    ("the plan published, with two years of approved indicator values", load_demo_monitoring),
    (
        "performance programmes, the 2025 activity report, issued reports, a plan update",
        load_demo_cycle,
    ),
    ("surveys (citizens, stakeholders, staff) and citizens' proposals", load_demo_surveys),
]


def load_demo(log: Callable[[str], None] = print) -> None:
    for label, step in DEMO_STEPS:
        with transaction.atomic():
            step()
        log(f"demo: {label} loaded")
