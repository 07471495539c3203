"""A campaign's coverage: which institutions were heard, for how long, on
what.

Computed with a fixed number of aggregate queries whatever the number of
meetings, so the dashboard stays fast as a campaign grows.  Drafts do not
count; meetings accepted without review do, and are counted separately so
the office knows what still needs a look.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q, QuerySet, Sum

from ortakmasa.meetings.models import Campaign, Meeting, MeetingTopic, ReviewStatus
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


@dataclass
class TargetRow:
    institution: Institution
    meetings: int = 0
    minutes: int = 0
    last_date: datetime.date | None = None

    @property
    def heard(self) -> bool:
        return self.meetings > 0

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


@dataclass
class Coverage:
    campaign: Campaign
    rows: list[TargetRow]
    themes: list[Theme]
    matrix: dict[int, dict[int, int]] = field(default_factory=dict)
    meeting_count: int = 0
    unreviewed_count: int = 0
    draft_count: int = 0

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def heard(self) -> int:
        return sum(1 for r in self.rows if r.heard)

    @property
    def to_hear(self) -> list[Institution]:
        return [r.institution for r in self.rows if not r.heard]

    @property
    def hours(self) -> float:
        return round(sum(r.minutes for r in self.rows) / 60, 1)

    def matrix_rows(self) -> list[tuple[Institution, list[int]]]:
        return [
            (
                r.institution,
                [self.matrix.get(r.institution.pk, {}).get(t.pk, 0) for t in self.themes],
            )
            for r in self.rows
        ]

    def as_dict(self) -> dict[str, object]:
        return {
            "campaign": self.campaign.pk,
            "name": self.campaign.name,
            "targets": self.total,
            "heard": self.heard,
            "meetings": self.meeting_count,
            "unreviewed_meetings": self.unreviewed_count,
            "draft_meetings": self.draft_count,
            "hours": self.hours,
            "institutions": [
                {
                    "id": r.institution.pk,
                    "name": r.institution.name,
                    "heard": r.heard,
                    "meetings": r.meetings,
                    "hours": r.hours,
                    "last_meeting": r.last_date.isoformat() if r.last_date else None,
                    "themes": {
                        t.code: self.matrix.get(r.institution.pk, {}).get(t.pk, 0)
                        for t in self.themes
                        if self.matrix.get(r.institution.pk, {}).get(t.pk)
                    },
                }
                for r in self.rows
            ],
        }


def campaign_meetings(campaign: Campaign, *, drafts: bool = False) -> QuerySet[Meeting]:
    """The meetings a campaign counts: those filed under it, and those its
    target institutions hosted or visited within its dates (nobody has to
    file them by hand), less the ones excluded.  Drafts only on request.

    The campaign list, its dashboard, the plan's trace page and the portal
    all count through here, so they agree."""
    chosen = Q(campaign=campaign)
    if campaign.start_date or campaign.end_date:
        targets = campaign.targets.values("pk")
        window = Q(host__in=targets) | Q(
            pk__in=Meeting.guests.through.objects.filter(institution__in=targets).values(
                "meeting_id"
            )
        )
        if campaign.start_date:
            window &= Q(date__gte=campaign.start_date)
        if campaign.end_date:
            window &= Q(date__lte=campaign.end_date)
        chosen |= window
    qs = Meeting.objects.filter(chosen).exclude(
        pk__in=campaign.excluded_meetings.through.objects.filter(campaign=campaign).values(
            "meeting_id"
        )
    )
    return qs if drafts else qs.exclude(review_status=ReviewStatus.DRAFT)


def campaign_coverage(campaign: Campaign) -> Coverage:
    """The campaign's coverage from the figures kept on write
    (``meetings.tallies``): three small queries whatever the number of
    meetings; equal to :func:`count_coverage` (a test checks it after
    random writes)."""
    from ortakmasa.meetings import tallies

    data = tallies.campaign_data(campaign)
    targets = list(campaign.targets.order_by("sort_key", "id"))
    rows = []
    for target in targets:
        meetings, minutes, last = data["rows"].get(str(target.pk), (0, 0, None))
        rows.append(
            TargetRow(
                target,
                meetings=meetings,
                minutes=minutes,
                last_date=datetime.date.fromisoformat(last) if last else None,
            )
        )
    themes = list(Theme.objects.filter(pk__in=data["themes"]).order_by("position", "sort_key"))
    meeting_count, unreviewed, drafts = data["status"]
    return Coverage(
        campaign=campaign,
        rows=rows,
        themes=themes,
        matrix={
            int(inst): {int(theme): n for theme, n in row.items()}
            for inst, row in data["matrix"].items()
        },
        meeting_count=meeting_count,
        unreviewed_count=unreviewed,
        draft_count=drafts,
    )


def latest_meetings(campaign: Campaign, count: int) -> QuerySet[Meeting]:
    """The ``count`` latest of what :func:`campaign_meetings` gives, read
    from the members kept on write in date order: no evaluation of the
    campaign's rule over every meeting, no sort of all its meetings."""
    from ortakmasa.meetings import tallies

    return Meeting.objects.filter(pk__in=tallies.member_ids(campaign, latest=count)).order_by(
        "-date", "-id"
    )


def count_coverage(campaign: Campaign) -> Coverage:
    """The campaign's coverage aggregated from the meetings now (what the
    kept figures are recounted with)."""
    targets = list(campaign.targets.order_by("sort_key", "id"))
    rows = {t.pk: TargetRow(t) for t in targets}
    counted = campaign_meetings(campaign)
    # A target is heard when it hosted or visited one of the campaign's
    # meetings; each way is one grouped query.
    for field_name in ("host", "guests"):
        grouped = (
            counted.filter(**{f"{field_name}__in": rows.keys()})
            .values(field_name)
            .annotate(n=Count("id"), minutes=Sum("duration_minutes"), last=Max("date"))
        )
        for item in grouped:
            row = rows[item[field_name]]
            row.meetings += item["n"]
            row.minutes += item["minutes"] or 0
            last = item["last"]
            if last and (row.last_date is None or last > row.last_date):
                row.last_date = last

    matrix: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    used_themes: set[int] = set()
    for field_name in ("meeting__host", "meeting__guests"):
        grouped_topics = (
            MeetingTopic.objects.filter(meeting__in=counted, **{f"{field_name}__in": rows.keys()})
            .values(field_name, "theme")
            .annotate(n=Count("id", distinct=True))
        )
        for item in grouped_topics:
            matrix[item[field_name]][item["theme"]] += item["n"]
            used_themes.add(item["theme"])
    themes = list(Theme.objects.filter(pk__in=used_themes).order_by("position", "sort_key"))
    status_counts = dict(
        campaign_meetings(campaign, drafts=True)
        .values_list("review_status")
        .annotate(n=Count("id"))
        .values_list("review_status", "n")
    )
    return Coverage(
        campaign=campaign,
        rows=list(rows.values()),
        themes=themes,
        matrix={k: dict(v) for k, v in matrix.items()},
        meeting_count=status_counts.get(ReviewStatus.CONFIRMED, 0)
        + status_counts.get(ReviewStatus.UNREVIEWED, 0),
        unreviewed_count=status_counts.get(ReviewStatus.UNREVIEWED, 0),
        draft_count=status_counts.get(ReviewStatus.DRAFT, 0),
    )
