"""Benchmark of the network and matching pages (issue 8's figures).

Generates 5,000 institutions, 100,000 meetings and 5,000 cooperations (and
1,000 funded projects) into a separate SQLite database under var/bench/,
checks that the pages' query counts do not depend on the data, then serves
the pages with gunicorn on 127.0.0.1 and loads them from this process with
a bounded number of threads for a bounded time, reporting p50/p95/p99.

    .venv/bin/python bench/cooperation.py              # generate if needed, then measure
    .venv/bin/python bench/cooperation.py --regenerate # start from an empty database
    .venv/bin/python bench/cooperation.py --database-url postgres://postgres@127.0.0.1/bench

Each page is measured warm, cold (no cache) and as a fresh worker's first
request, beside the health view measured on the same server in the same run.

The data is random (fixed seed) and says nothing about real institutions.
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
import time
from pathlib import Path

from _django import setup
from _load import compare_pages

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "var" / "bench" / "cooperation.sqlite3"

INSTITUTIONS = 5_000
MEETINGS = 100_000
COOPERATIONS = 5_000
PROJECTS = 1_000


def setup_django(database_url: str | None) -> str:
    # Plain HTTP on 127.0.0.1 and the production static storage: bench/_django
    # collects the static files under var/bench.
    return setup("cooperation", database_url)


def generate() -> None:
    from django.core.management import call_command
    from django.db import transaction
    from django.db.models import F

    from ortakmasa.cooperation.models import (
        Cooperation,
        CooperationParty,
        CooperationTopic,
        FundedProject,
        ProjectPartner,
    )
    from ortakmasa.lib.turkish import search_key, sort_key
    from ortakmasa.meetings.models import Meeting, MeetingTopic
    from ortakmasa.registry.models import Institution, Province
    from ortakmasa.registry.reference import load_reference_data
    from ortakmasa.themes.loader import load_themes
    from ortakmasa.themes.models import Theme

    call_command("migrate", verbosity=0)
    load_reference_data()
    load_themes()
    rng = random.Random(8)
    provinces = list(Province.objects.values_list("pk", flat=True))
    kinds = ["ngo", "university", "company", "professional_chamber", "public_agency"]
    have = Institution.objects.filter(parent__isnull=True).count()
    with transaction.atomic():
        new = []
        for i in range(max(0, INSTITUTIONS - have)):
            name = f"Örnek Kurum {i:05d}"
            new.append(
                Institution(
                    name=name,
                    kind=rng.choice(kinds),
                    province_id=rng.choice(provinces),
                    sort_key=sort_key(name),
                    search_key=search_key(name),
                )
            )
        Institution.objects.bulk_create(new, batch_size=1000)
        Institution.objects.filter(parent__isnull=True, root__isnull=True).update(root_id=F("id"))
    ids = list(Institution.objects.filter(parent__isnull=True).values_list("pk", flat=True))
    # A few hubs (metropolitan municipalities) take part in many meetings,
    # the rest are spread thin, as in life.
    hubs = ids[:60]
    themes = list(Theme.objects.values_list("pk", flat=True))
    start = datetime.date(2015, 1, 1)

    def pick() -> int:
        return rng.choice(hubs) if rng.random() < 0.3 else rng.choice(ids)

    def some(sizes: list[int]) -> set[int]:
        """Institutions taking part together, as many as one of ``sizes``."""
        return {pick() for _ in range(rng.choice(sizes))}

    def day() -> datetime.date:
        return start + datetime.timedelta(days=rng.randrange(3650))

    def public() -> bool:
        return rng.random() < 0.8

    def ranked_themes() -> enumerate[int]:
        return enumerate(rng.sample(themes, rng.choice([1, 2, 3])), start=1)

    with transaction.atomic():
        meetings = [
            Meeting(
                kind="visit",
                title=f"Örnek toplantı {i}",
                date=day(),
                host_id=pick(),
                review_status="confirmed",
                is_public=public(),
            )
            for i in range(MEETINGS)
        ]
        Meeting.objects.bulk_create(meetings, batch_size=2000)
        guest_rows, topic_rows = [], []
        Guests = Meeting.guests.through
        for m in meetings:
            for g in some([1, 1, 2, 3]) - {m.host_id}:
                guest_rows.append(Guests(meeting_id=m.pk, institution_id=g))
            for rank, t in ranked_themes():
                topic_rows.append(MeetingTopic(meeting_id=m.pk, theme_id=t, rank=rank))
        Guests.objects.bulk_create(guest_rows, batch_size=5000)
        MeetingTopic.objects.bulk_create(topic_rows, batch_size=5000)
        coops = [
            Cooperation(title=f"Örnek işbirliği {i}", start_date=day(), is_public=public())
            for i in range(COOPERATIONS)
        ]
        Cooperation.objects.bulk_create(coops, batch_size=2000)
        parties, ctopics = [], []
        for c in coops:
            for pos, inst in enumerate(some([2, 2, 3, 4])):
                parties.append(
                    CooperationParty(cooperation_id=c.pk, institution_id=inst, position=pos)
                )
            for rank, t in ranked_themes():
                ctopics.append(CooperationTopic(cooperation_id=c.pk, theme_id=t, rank=rank))
        CooperationParty.objects.bulk_create(parties, batch_size=5000)
        CooperationTopic.objects.bulk_create(ctopics, batch_size=5000)
        projects = [
            FundedProject(
                title=f"Örnek proje {i}",
                funder=rng.choice(["eu", "eu", "national", "development_agency"]),
                start_date=day(),
                is_public=public(),
            )
            for i in range(PROJECTS)
        ]
        FundedProject.objects.bulk_create(projects, batch_size=1000)
        partners, pthemes = [], []
        PT = FundedProject.themes.through
        for p in projects:
            for pos, inst in enumerate(some([2, 3, 4, 5])):
                partners.append(
                    ProjectPartner(
                        project_id=p.pk,
                        institution_id=inst,
                        role="coordinator" if pos == 0 else "partner",
                        position=pos,
                    )
                )
            for t in rng.sample(themes, rng.choice([1, 2])):
                pthemes.append(PT(fundedproject_id=p.pk, theme_id=t))
        ProjectPartner.objects.bulk_create(partners, batch_size=5000)
        PT.objects.bulk_create(pthemes, batch_size=5000)
    from django.db import connection

    from ortakmasa.cooperation import network_index
    from ortakmasa.meetings import tallies

    # The rows above were bulk-created, which sends no signal: count the
    # network and the meeting figures kept on write from scratch.
    network_index.rebuild()
    tallies.rebuild()
    with connection.cursor() as cursor:
        # As autovacuum would leave a production database: the visibility
        # map set, so the index-only reads of the network's tables stay so.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def counts() -> dict[str, int]:
    from ortakmasa.cooperation.models import Cooperation
    from ortakmasa.meetings.models import Meeting
    from ortakmasa.registry.models import Institution

    return {
        "institutions": Institution.objects.filter(parent__isnull=True).count(),
        "meetings": Meeting.objects.count(),
        "cooperations": Cooperation.objects.count(),
    }


def pages() -> list[str]:
    from ortakmasa.registry.models import Institution

    ibb = Institution.objects.get(reference_key="municipality:province:34").pk
    other = Institution.objects.filter(name="Örnek Kurum 00042").values_list("pk", flat=True)
    return [
        "/cooperation/network/",
        "/cooperation/network/?theme=disaster_earthquake",
        "/cooperation/network/?group=province",
        "/cooperation/network/?group=kind&date_from=2020-01-01&date_to=2022-12-31",
        f"/cooperation/institutions/{ibb}/matches/",
        f"/cooperation/institutions/{ibb}/matches/?theme=disaster_earthquake&funder=eu",
        f"/cooperation/institutions/{other[0] if other else ibb}/matches/",
    ]


def query_counts(urls: list[str]) -> dict[str, tuple[int, float]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    out = {}
    for url in urls:
        t0 = time.perf_counter()
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        elapsed = (time.perf_counter() - t0) * 1000
        assert response.status_code == 200, (url, response.status_code)
        out[url] = (len(ctx.captured_queries), elapsed)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--threads", type=int, default=10, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=300, help="requests per page")
    parser.add_argument("--database-url", default=None, help="e.g. PostgreSQL; default SQLite")
    args = parser.parse_args()
    if args.regenerate and args.database_url is None and DB.exists():
        DB.unlink()
    database_url = setup_django(args.database_url)
    from ortakmasa.meetings.models import Meeting

    if args.regenerate or Meeting.objects.count() < MEETINGS:
        t0 = time.time()
        generate()
        print(f"generated in {time.time() - t0:.0f} s")
    print("data:", counts())
    from ortakmasa.cooperation.models import NetworkTotal

    if not NetworkTotal.objects.exists():
        from ortakmasa.cooperation import network_index

        print("network kept on write:", network_index.rebuild())
    urls = pages()
    print("first (uncached) request in-process: queries, ms")
    for page, (n, ms) in query_counts(urls).items():
        print(f"  {n:3d} {ms:7.1f}  {page}")
    print("second (cached) request in-process: queries, ms")
    for page, (n, ms) in query_counts(urls).items():
        print(f"  {n:3d} {ms:7.1f}  {page}")
    print(f"load: {args.threads} clients, gunicorn, 127.0.0.1")
    compare_pages(
        {"DATABASE_URL": database_url}, urls, clients=args.threads, requests=args.requests
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
