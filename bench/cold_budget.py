"""What a page's parts cost with no cache, beside the health view: the budget
that issue 17's cold target (a page within 10x of the health view with an
empty cache) leaves to a page built from the database.

In process, signed in as the strategy office, median CPU milliseconds of the
request thread over ``--rounds`` runs with the cache cleared before each:

* the health view (one query) through the test client: the floor;
* the base layout with an empty content block, rendered for that user;
* compiling one filtered, joined ORM query of the meeting list's kind to SQL
  (no database round trip), and the same query run for 50 rows as model
  instances and as ``values_list``;
* the meeting list, served uncached (whatever the database holds).

Each line gives the ratio to the floor; a page that makes N such queries and
renders the layout pays at least N compiles plus the layout.

    .venv/bin/python bench/cold_budget.py
    .venv/bin/python bench/cold_budget.py --database-url postgres://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from _django import ensure_reference_data, setup


def cpu_ms(work: Callable[[], object], rounds: int, clear: Callable[[], None]) -> float:
    samples = []
    for _ in range(rounds):
        clear()
        started = time.thread_time()
        work()
        samples.append((time.thread_time() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    setup("cold_budget", args.database_url)
    ensure_reference_data()

    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.core.cache import cache
    from django.template import engines
    from django.test import Client, RequestFactory

    from ortakmasa.accounts.models import Role, User
    from ortakmasa.meetings.models import Meeting
    from ortakmasa.registry.models import Institution

    ibb = Institution.objects.get(reference_key="municipality:province:34")
    user, _ = User.objects.get_or_create(
        username="bench-budget", defaults={"role": Role.STRATEGY_OFFICE, "institution": ibb}
    )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    layout = engines["django"].from_string(
        '{% extends "base.html" %}{% block content %}<p>.</p>{% endblock %}'
    )
    factory = RequestFactory(HTTP_HOST="127.0.0.1")

    def render_layout() -> None:
        request = factory.get("/")
        request.user = user
        request.session = client.session
        request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
        layout.render({}, request)

    def query() -> object:
        return (
            Meeting.objects.filter(host__province__plate=34, date__year__gte=2020)
            .select_related("host", "campaign")
            .order_by("-date", "-pk")[:50]
        )

    def compile_query() -> None:
        str(query().query)  # type: ignore[attr-defined]

    def run_instances() -> None:
        list(query())  # type: ignore[call-overload]

    def run_values() -> None:
        list(
            Meeting.objects.filter(host__province__plate=34, date__year__gte=2020)
            .order_by("-date", "-pk")
            .values_list("pk", "title", "date", "host__name")[:50]
        )

    # One request of each first: imports, template loading and the
    # connection are not what is being measured.
    client.get("/health/")
    client.get("/meetings/")
    render_layout()
    run_instances()

    rounds = args.rounds
    floor = cpu_ms(lambda: client.get("/health/"), rounds, cache.clear)
    rows = [
        ("base layout, empty content", cpu_ms(render_layout, rounds, cache.clear)),
        ("compile one joined query to SQL", cpu_ms(compile_query, rounds, cache.clear)),
        ("run it: 50 model instances", cpu_ms(run_instances, rounds, cache.clear)),
        ("run it: 50 rows by values_list", cpu_ms(run_values, rounds, cache.clear)),
        (
            "meeting list, uncached",
            cpu_ms(lambda: client.get("/meetings/"), max(5, rounds // 4), cache.clear),
        ),
    ]
    meetings = Meeting.objects.count()
    print(f"database: {meetings} meetings; median CPU ms of {rounds} rounds, cache cleared")
    print(f"{'health view (floor)':40} {floor:8.2f} ms   1.0x")
    for label, value in rows:
        print(f"{label:40} {value:8.2f} ms {value / floor:6.1f}x")
    print(f"10x the floor: {10 * floor:.2f} ms of CPU for a whole cold page")


if __name__ == "__main__":
    main()
