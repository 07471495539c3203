"""Demo data for meetings: the two seed texts imported and confirmed, and a
generated 2024 district-visit campaign over İstanbul's 39 districts.

The campaign is generated, not historical: the districts, the order of
visits, their lengths and the topics are made up to show what a strategy
office sees (36 of 39 districts heard), and the campaign says so.
"""

from __future__ import annotations

import datetime
import random
from pathlib import Path

from django.utils import timezone

from ortakmasa.accounts.models import User
from ortakmasa.meetings.importer import Context, import_text
from ortakmasa.meetings.models import (
    Campaign,
    FollowUp,
    FollowUpStatus,
    Meeting,
    MeetingKind,
    MeetingTopic,
    Participation,
    ReviewStatus,
    Side,
)
from ortakmasa.meetings.review import accept_as_drafted
from ortakmasa.meetings.signals import written_in_bulk
from ortakmasa.registry.models import Institution, InstitutionKind, Person
from ortakmasa.themes.models import Theme

CAMPAIGN_NAME = "2024 ilçe ziyaretleri — 2025–2029 stratejik planı"
SEEDS_DIR = Path(__file__).resolve().parents[3] / "gold" / "extract"
SEED_FILES = ["000_seed_imamoglu_basaksehir.txt", "001_seed_izmit_ibb_ab.txt"]
NOT_YET_HEARD = {"Adalar", "Silivri", "Tuzla"}
CAMPAIGN_THEMES = [
    "transport",
    "disaster_earthquake",
    "urban_renewal",
    "green_space",
    "infrastructure",
    "social_services",
    "education",
    "culture",
    "water_sewerage",
    "youth",
    "women",
    "employment",
    "environment_climate",
    "health",
    "sports",
    "housing",
]


def _admin() -> User | None:
    return User.objects.filter(is_superuser=True).order_by("pk").first()


def load_seed_meetings() -> None:
    """Imports the two seed texts (kept in gold/extract) and confirms the
    drafts as the engine read them."""
    ctx = Context()
    campaign = Campaign.objects.filter(name=CAMPAIGN_NAME).first()
    user = _admin()
    for name in SEED_FILES:
        path = SEEDS_DIR / name
        if not path.exists():
            continue
        result = import_text(
            path.read_bytes(), name, ctx=ctx, campaign_id=campaign.pk if campaign else None
        )
        for meeting in result.meetings:
            if meeting.host and meeting.host.name == "Başakşehir Belediyesi":
                meeting.duration_minutes = 150
                meeting.save(update_fields=["duration_minutes"])
            else:
                Meeting.objects.filter(pk=meeting.pk).update(campaign=None)
                written_in_bulk([meeting.pk])
                meeting.refresh_from_db()
            accept_as_drafted(meeting, user)
    eu = Meeting.objects.filter(
        kind=MeetingKind.DELEGATION, host__reference_key="municipality:province:34"
    ).first()
    if eu is not None:
        Meeting.objects.filter(pk=eu.pk).update(is_public=True)
        written_in_bulk([eu.pk])


def load_campaign() -> Campaign:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    campaign, created = Campaign.objects.get_or_create(
        name=CAMPAIGN_NAME,
        defaults={
            "owner": ibb,
            "description": (
                "İBB başkanının 39 ilçe belediyesini ziyaret ederek ortak masa toplantıları "
                "yaptığı danışma süreci. Demo verisidir: Başakşehir toplantısı haber "
                "metninden alınmıştır, öteki ziyaretlerin tarihleri, süreleri ve konuları "
                "örnek olarak üretilmiştir."
            ),
            "start_date": datetime.date(2024, 4, 15),
            "end_date": datetime.date(2024, 6, 30),
            "is_public": True,
        },
    )
    districts = list(
        Institution.objects.filter(province__plate=34, kind=InstitutionKind.DISTRICT_MUNICIPALITY)
        .select_related("district")
        .order_by("sort_key")
    )
    campaign.targets.set(districts)
    if not created:
        return campaign
    mayor = Person.objects.filter(family_name="İmamoğlu").first()
    themes = {t.code: t for t in Theme.objects.filter(code__in=CAMPAIGN_THEMES)}
    rng = random.Random(2024)
    day = datetime.date(2024, 4, 16)
    today = timezone.localdate()
    for district in districts:
        name = district.district.name if district.district else district.name
        if name in NOT_YET_HEARD or name == "Başakşehir":
            continue
        day += datetime.timedelta(days=rng.choice([1, 1, 2, 3]))
        meeting = Meeting.objects.create(
            kind=MeetingKind.JOINT_TABLE,
            title=f"{name} ortak masa toplantısı",
            date=day,
            start_time=datetime.time(rng.choice([10, 11, 14, 15]), 0),
            duration_minutes=rng.choice([120, 150, 150, 180]),
            place=f"{district.name} hizmet binası",
            host=district,
            campaign=campaign,
            review_status=ReviewStatus.CONFIRMED,
            reviewed_at=timezone.now(),
            is_public=True,
            summary=(
                f"{name} ilçesinin sorunları ve çözüm önerileri üzerine İBB ile "
                "ortak masa toplantısı (örnek veri)."
            ),
        )
        meeting.guests.set([ibb])
        if mayor is not None:
            Participation.objects.create(
                meeting=meeting,
                person=mayor,
                institution=ibb,
                title_as_written="Büyükşehir Belediye Başkanı",
                side=Side.GUEST,
                position=0,
            )
        Participation.objects.create(
            meeting=meeting,
            institution=district,
            title_as_written="Belediye Başkanı",
            side=Side.HOST,
            position=1,
        )
        chosen = rng.sample(CAMPAIGN_THEMES, k=rng.randint(3, 5))
        MeetingTopic.objects.bulk_create(
            MeetingTopic(meeting=meeting, theme=themes[code], rank=rank)
            for rank, code in enumerate(chosen, start=1)
            if code in themes
        )
        written_in_bulk([meeting.pk])
        if rng.random() < 0.5:
            due = day + datetime.timedelta(days=rng.choice([30, 60, 120, 900]))
            FollowUp.objects.create(
                meeting=meeting,
                owner_institution=ibb,
                due_date=due,
                text=f"{name} için {themes[chosen[0]].name_tr.lower()} başlığındaki "
                "önerilerin ilgili daire başkanlığınca incelenmesi",
                status=FollowUpStatus.OPEN
                if due >= today or rng.random() < 0.6
                else FollowUpStatus.DONE,
            )
    return campaign


def load_demo_meetings() -> None:
    load_campaign()
    load_seed_meetings()
