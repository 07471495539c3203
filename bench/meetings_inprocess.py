"""The meeting pages timed in process, beside the health view: what one
request costs with no server, no network and no other client in the way.

Uses the database ``meetings_load.py`` generated (run that first, with the
same ``--database-url``; without one, the SQLite file of that benchmark).
Each page is asked ``--requests`` times signed in as the strategy office,
warm (the configured cache, after one request that fills it) and cold (no
cache at all); prints the median wall and CPU milliseconds of the request
thread, the queries, and the ratios of the medians to the health view's.

    .venv/bin/python bench/meetings_inprocess.py --database-url postgres://…/bench
    .venv/bin/python bench/meetings_inprocess.py --profile /meetings/
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time

from _django import ensure_reference_data, setup


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--requests", type=int, default=15)
    parser.add_argument("--profile", default="", help="a path to profile warm and cold")
    parser.add_argument(
        "--dump", default="", help="a folder to write each page to (uncached, tr and en)"
    )
    args = parser.parse_args()
    setup("meetings", args.database_url)
    ensure_reference_data()

    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from ortakmasa.accounts.models import User
    from ortakmasa.meetings.models import Campaign
    from ortakmasa.registry.models import Institution

    user = User.objects.filter(username="bench-office").first()
    if user is None:
        raise SystemExit("no bench data: run bench/meetings_load.py with this database first")
    kadikoy = Institution.objects.get(reference_key="municipality:district:34:Kadıköy")
    campaign = Campaign.objects.get(name="Bench campaign")
    paths = [
        "/health/",
        "/meetings/",
        f"/meetings/institutions/{kadikoy.pk}/",
        f"/meetings/campaigns/{campaign.pk}/",
        "/api/v1/meetings/",
    ]
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="tr")
    client.force_login(user)

    def once(path: str) -> tuple[float, float, int]:
        with CaptureQueriesContext(connection) as ctx:
            wall, cpu = time.perf_counter(), time.thread_time()
            response = client.get(path)
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        assert response.status_code == 200, (path, response.status_code)
        return wall * 1000, cpu * 1000, len(ctx.captured_queries)

    def measure(kind: str) -> None:
        floor: tuple[float, float] | None = None
        for path in paths:
            once(path)  # fills the cache (warm) or the code's first use (cold)
            runs = [once(path) for _ in range(args.requests)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            if floor is None:
                floor = (wall, cpu)
            print(
                f"{kind} {path:<40} queries={runs[-1][2]:>2}  wall={wall:7.2f} ms "
                f"({wall / floor[0]:5.1f}x health)  cpu={cpu:7.2f} ms "
                f"({cpu / floor[1]:5.1f}x health)",
                flush=True,
            )

    def profile(kind: str) -> None:
        once(args.profile)
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.requests):
            once(args.profile)
        prof.disable()
        print(f"--- {kind} {args.profile}: cumulative, {args.requests} requests")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
        pstats.Stats(prof).print_callers(r"method 'sub' of")

    if args.dump:
        dump(client, paths, args.dump)
        return
    run = profile if args.profile else measure
    run("warm")
    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    ):
        run("cold")


def dump(client: object, paths: list[str], folder: str) -> None:
    """Each page as rendered with no cache, in both languages, with the
    CSRF tokens (random per request) blanked: to compare two versions."""
    import re
    from pathlib import Path

    from django.conf import settings
    from django.test import Client, override_settings

    assert isinstance(client, Client)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    token = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}')
    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    ):
        for language in ("tr", "en"):
            # Pages follow the language button's cookie, the API the header.
            client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
            for path in paths:
                content = client.get(path, HTTP_ACCEPT_LANGUAGE=language).content
                name = re.sub(r"[^a-z0-9]+", "_", path).strip("_") or "root"
                (out / f"{language}_{name}.html").write_bytes(token.sub(rb"\1-", content))
    print(f"pages written to {out}")


if __name__ == "__main__":
    main()
