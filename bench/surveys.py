"""Surveys at scale: a 30-question public survey with 10,000 answers.

Measures, each beside a floor taken in the same run:

* the results page (counts, charts, cross-tabs, open answers grouped by the
  topic tagger) rendered from a cold start (cache cleared, first request of
  the process), against the /health/ view served the same way;
* the XLSX export of the 10,000 answers, against a plain read of the same
  rows;
* the public answer page under 50 concurrent clients each sending answers
  (GET the page, POST the answers) through gunicorn, against /health/
  under the same load;
* 1,000 submissions sent at once (from 100 connections): every one is
  stored, none twice; the same 100 answers sent again are all refused as
  duplicates.

The issue asks for: results < 1 s cold, XLSX < 10 s, answer page p95 <
100 ms, 1,000 simultaneous submissions with none lost or duplicated.  The
server runs with SURVEYS_RATE_LIMIT raised: every request comes from
127.0.0.1, which the real limit would stop.

    .venv/bin/python bench/surveys.py
    .venv/bin/python bench/surveys.py --database-url postgres://postgres@127.0.0.1:5432/ortakmasa_bench
"""

from __future__ import annotations

import http.client
import random
import re
import threading
import time
import urllib.parse

from _django import prepare
from _load import Result, Server, in_threads, run

TITLE = "Bench: 30 soruluk anket"
ANSWERS = 10_000
SIMULTANEOUS = 1_000
CONNECTIONS = 100
#: Answers per second (each a GET of the page and a POST) for the paced runs.
PACED_RATES = (25, 50, 100, 125)
#: Makes this run's answers differ from an earlier run's, which the
#: duplicate guard would otherwise refuse.
RUN = f"{time.time():.0f}"
TEXTS = [
    "Deprem toplanma alanları artırılmalı.",
    "Otobüs seferleri akşamları çok seyrek.",
    "Parklar bakımsız, yeşil alan yetersiz.",
    "Çocuklar için kreş ve oyun alanı gerekli.",
    "Kira çok yüksek, sosyal konut yapılmalı.",
    "Çöpler düzenli toplanmıyor.",
]


def generate() -> int:
    """The survey with its answers (idempotent); its id."""
    from django.db import transaction

    from ortakmasa.registry.models import District, Institution
    from ortakmasa.surveys import totals
    from ortakmasa.surveys.models import (
        Audience,
        Kind,
        Question,
        Response,
        ResponseStatus,
        Survey,
        SurveyStatus,
    )
    from ortakmasa.themes.models import Theme

    found = Survey.objects.filter(title=TITLE).first()
    if found is not None:
        return int(found.pk)
    rng = random.Random(30)
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    districts = list(District.objects.filter(province__plate=34))
    kinds = [Kind.SINGLE, Kind.MULTIPLE, Kind.LIKERT, Kind.LIKERT, Kind.MATRIX, Kind.NUMBER]
    with transaction.atomic():
        survey = Survey.objects.create(
            title=TITLE, owner=ibb, audience=Audience.PUBLIC, status=SurveyStatus.PUBLISHED
        )
        sections = [survey.sections.create(title=f"Bölüm {n}", position=n) for n in (1, 2, 3)]
        questions = []
        for n in range(30):
            kind = Kind.TEXT if n in (9, 19, 29) else Kind.RANKING if n == 14 else kinds[n % 6]
            q = Question.objects.create(
                survey=survey,
                section=sections[n // 10],
                position=n % 10,
                kind=kind,
                text=f"Soru {n + 1}",
                choices=["A", "B", "C", "D"]
                if kind in (Kind.SINGLE, Kind.MULTIPLE)
                else ["Temizlik", "Ulaşım", "Parklar"]
                if kind == Kind.MATRIX
                else [],
                min_value=0 if kind == Kind.NUMBER else None,
                max_value=100 if kind == Kind.NUMBER else None,
            )
            if kind == Kind.RANKING:
                q.themes.set(Theme.objects.order_by("position")[:6])
            questions.append(q)
        codes = list(Theme.objects.order_by("position").values_list("code", flat=True)[:6])
        rows = []
        for n in range(ANSWERS):
            answers: dict[str, object] = {}
            for q in questions:
                if q.kind == Kind.SINGLE:
                    answers[q.key] = rng.choice(q.choices)
                elif q.kind == Kind.MULTIPLE:
                    answers[q.key] = sorted(rng.sample(q.choices, 2))
                elif q.kind == Kind.LIKERT:
                    answers[q.key] = rng.randint(1, 5)
                elif q.kind == Kind.MATRIX:
                    answers[q.key] = {row: rng.randint(1, 5) for row in q.choices}
                elif q.kind == Kind.NUMBER:
                    answers[q.key] = rng.randint(0, 100)
                elif q.kind == Kind.RANKING:
                    answers[q.key] = rng.sample(codes, 4)
                elif rng.random() < 0.3:
                    answers[q.key] = rng.choice(TEXTS)
            rows.append(
                Response(
                    survey=survey,
                    audience=Audience.PUBLIC,
                    status=ResponseStatus.SUBMITTED,
                    answers=answers,
                    district=rng.choice(districts),
                    answer_hash=f"bench-{n}",
                )
            )
        Response.objects.bulk_create(rows, batch_size=1000)
    # Written in bulk, so counted once here (as `ortakmasa rebuild_survey_totals` does).
    totals.rebuild(survey)
    return int(survey.pk)


def office_client() -> object:
    from django.test import Client

    from ortakmasa.accounts.models import Role, User
    from ortakmasa.registry.models import Institution

    user = User.objects.filter(username="bench-office").first()
    if user is None:
        ibb = Institution.objects.get(reference_key="municipality:province:34")
        user = User.objects.create_user(
            "bench-office", password="bench-only-1", role=Role.STRATEGY_OFFICE, institution=ibb
        )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


def timed(call: object) -> float:
    start = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - start


def in_process(survey_id: int) -> None:
    from django.core.cache import cache

    from ortakmasa.surveys import exports
    from ortakmasa.surveys.models import Response, Survey

    client = office_client()
    # The process's first request imports every view module: pay it on the
    # floor's page, so both figures below are of a started process.
    client.get("/health/")  # type: ignore[attr-defined]
    cache.clear()
    health = timed(lambda: client.get("/health/"))  # type: ignore[attr-defined]
    cache.clear()
    path = f"/surveys/{survey_id}/results/"
    page = timed(lambda: client.get(path))  # type: ignore[attr-defined]
    warm = timed(lambda: client.get(path))  # type: ignore[attr-defined]
    print(
        f"results page, cold: {page:.2f} s (second request {warm:.2f} s); "
        f"/health/ floor {health * 1000:.1f} ms; ratio {page / health:.0f}x"
    )
    survey = Survey.objects.get(pk=survey_id)
    floor = timed(
        lambda: list(
            Response.objects.filter(survey=survey).values_list("answers", flat=True).iterator()
        )
    )
    export = timed(lambda: exports.to_xlsx(survey))
    print(
        f"XLSX export of {ANSWERS} answers: {export:.2f} s; plain read of the rows "
        f"{floor:.2f} s; ratio {export / floor:.1f}x"
    )


class Session:
    """One keep-alive connection of a client that answers the survey: it
    reads the page once for its CSRF token, then posts answers."""

    def __init__(self, port: int, path: str) -> None:
        self.port, self.path = port, path
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.token = ""

    def _cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def _keep(self, response: http.client.HTTPResponse) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]

    def get(self) -> int:
        try:
            return self._get()
        except (OSError, http.client.HTTPException):
            # gunicorn closes a keep-alive connection idle for 2 s; a browser
            # opens a new one.
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return self._get()

    def _get(self) -> int:
        self.conn.request("GET", self.path, headers={"Cookie": self._cookie_header()})
        response = self.conn.getresponse()
        body = response.read().decode()
        self._keep(response)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if found:
            self.token = found.group(1)
        return response.status

    def post(self, fields: dict[str, str]) -> int:
        try:
            return self._post(fields)
        except (OSError, http.client.HTTPException):
            # The server closed an idle keep-alive connection: send again on
            # a new one (a copy that did arrive is refused as a duplicate).
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return self._post(fields)

    def _post(self, fields: dict[str, str]) -> int:
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.token, **fields})
        self.conn.request(
            "POST",
            self.path,
            body=body,
            headers={
                "Cookie": self._cookie_header(),
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://127.0.0.1:{self.port}{self.path}",
            },
        )
        response = self.conn.getresponse()
        response.read()
        self._keep(response)
        return response.status


def answer_fields(survey_id: int, n: int) -> dict[str, str]:
    from ortakmasa.surveys.models import Kind, Question

    questions = Question.objects.filter(survey_id=survey_id).order_by("id")
    fields = {"action": "submit"}
    for q in questions:
        if q.kind == Kind.SINGLE:
            fields[q.key] = q.choices[n % 4]
        elif q.kind == Kind.LIKERT:
            fields[q.key] = str(1 + n % 5)
        elif q.kind == Kind.NUMBER:
            fields[q.key] = str(n % 101)
        elif q.kind == Kind.TEXT:
            fields[q.key] = f"Bench yanıtı {RUN}-{n}: {TEXTS[n % len(TEXTS)]}"
    return fields


def answering_load(port: int, survey_id: int, clients: int, per_client: int) -> list[Result]:
    """Every request timed on its own: the page (GET), the answers (POST),
    and both together as the answer page's figure."""
    path = f"/surveys/{survey_id}/answer/"
    pages, posts = Result(f"{path} GET"), Result(f"{path} POST answers")
    both = Result(f"{path} GET and POST")
    lock = threading.Lock()
    templates = [answer_fields(survey_id, n) for n in range(clients * per_client)]

    def client(index: int) -> None:
        session = Session(port, path)
        session.get()
        for k in range(per_client):
            start = time.perf_counter()
            got = session.get() == 200
            middle = time.perf_counter()
            sent = session.post(templates[index * per_client + k]) == 302
            end = time.perf_counter()
            with lock:
                for result, ok, elapsed in (
                    (pages, got, middle - start),
                    (posts, sent, end - middle),
                ):
                    if ok:
                        result.latencies.append(elapsed)
                        both.latencies.append(elapsed)
                    else:
                        result.errors += 1
                        both.errors += 1

    in_threads(client, clients)
    return [pages, posts, both]


def paced(
    port: int,
    survey_id: int,
    clients: int,
    rate: float,
    answers: int,
    *,
    health: bool,
    offset: int = 0,
) -> Result:
    """``answers`` answers (or as many health GETs) started at a steady
    ``rate`` per second, spread round-robin over ``clients`` keep-alive
    connections.  Each latency is counted from the moment its request was
    due, not from when its client got round to it, so a server that falls
    behind shows it (no coordinated omission)."""
    path = f"/surveys/{survey_id}/answer/"
    label = "/health/" if health else f"{path} GET and POST"
    result = Result(f"{label} at {rate:g}/s")
    lock = threading.Lock()
    templates = [] if health else [answer_fields(survey_id, offset + n) for n in range(answers)]
    sessions = [Session(port, "/health/" if health else path) for _ in range(clients)]
    for s in sessions:
        s.get()
    start = time.perf_counter() + 0.2

    def client(index: int) -> None:
        session = sessions[index]
        for n in range(index, answers, clients):
            due = start + n / rate
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            try:
                if health:
                    ok = session.get() == 200
                    taken = [time.perf_counter() - due]
                else:
                    ok = session.get() == 200
                    middle = time.perf_counter()
                    ok = session.post(templates[n]) == 302 and ok
                    # The page counted from when it was due, the answer from
                    # when the respondent pressed "send".
                    taken = [middle - due, time.perf_counter() - middle]
            except (OSError, http.client.HTTPException):
                ok, taken = False, []
            with lock:
                if ok:
                    result.latencies.extend(taken)
                else:
                    result.errors += 1

    in_threads(client, clients)
    return result


def simultaneous(port: int, survey_id: int) -> None:
    from ortakmasa.surveys.models import Response

    path = f"/surveys/{survey_id}/answer/"
    before = Response.objects.filter(survey_id=survey_id).count()
    sessions = [Session(port, path) for _ in range(CONNECTIONS)]
    for s in sessions:
        s.get()
    per = SIMULTANEOUS // CONNECTIONS
    base = 1_000_000 + before
    fields = [answer_fields(survey_id, base + n) for n in range(SIMULTANEOUS)]
    statuses: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(CONNECTIONS)

    def send(index: int, repeat: bool) -> None:
        start.wait()
        for k in range(per if not repeat else 1):
            status = sessions[index].post(fields[index * per + k])
            with lock:
                statuses.append(status)

    def burst(repeat: bool) -> None:
        in_threads(lambda index: send(index, repeat), CONNECTIONS)

    t0 = time.perf_counter()
    burst(False)
    elapsed = time.perf_counter() - t0
    stored = Response.objects.filter(survey_id=survey_id).count() - before
    accepted = statuses.count(302)
    texts = [
        r.answers for r in Response.objects.filter(survey_id=survey_id).order_by("-id")[:stored]
    ]
    distinct = len({str(sorted(a.items())) for a in texts})
    print(
        f"{SIMULTANEOUS} simultaneous submissions from {CONNECTIONS} connections in "
        f"{elapsed:.1f} s: accepted {accepted}, stored {stored}, distinct {distinct}, "
        f"lost {SIMULTANEOUS - stored}, duplicated {stored - distinct}"
    )
    statuses.clear()
    burst(True)  # the first answer of every connection again, all at once
    again = Response.objects.filter(survey_id=survey_id).count() - before - stored
    print(
        f"the same {CONNECTIONS} answers sent again at once: refused "
        f"{statuses.count(409)}, stored {again}"
    )


def main() -> None:
    args, url = prepare("surveys", __doc__, clients=50, answers_per_client=10)
    started = time.perf_counter()
    survey_id = generate()
    print(f"data ready in {time.perf_counter() - started:.1f} s ({ANSWERS} answers, 30 questions)")
    in_process(survey_id)
    env = {"DATABASE_URL": url, "SURVEYS_RATE_LIMIT": "10000000"}
    with Server(env, workers=4, threads=8) as server:
        floor = run(server.port, "/health/", clients=args.clients, requests=500)
        print(floor.line(), flush=True)
        for result in answering_load(server.port, survey_id, args.clients, args.answers_per_client):
            print(result.line(), flush=True)
            print(f"{'':<55} p95 / health p95: {result.ratio(floor, 95):.1f}x")
        # The same 50 clients, each answer started on a steady clock: the
        # latency a respondent sees at a given number of answers per second,
        # beside the health view asked as often (two requests per answer).
        for rate in PACED_RATES:
            floor = paced(server.port, survey_id, args.clients, 2 * rate, 500, health=True)
            result = paced(
                server.port,
                survey_id,
                args.clients,
                rate,
                500,
                health=False,
                offset=2_000_000 + 1_000 * rate,
            )
            print(floor.line(), flush=True)
            print(result.line(), flush=True)
            print(
                f"{'':<55} {rate:g} answers/s ({2 * rate:g} requests/s): p95 "
                f"{result.percentile(95):.0f} ms, / health p95: {result.ratio(floor, 95):.1f}x",
                flush=True,
            )
        simultaneous(server.port, survey_id)


if __name__ == "__main__":
    main()
