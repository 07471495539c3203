"""The public portal while an NGO account uploads bombs.

Serves the platform with gunicorn on 127.0.0.1 (2 workers × 4 threads, as
bench/portal.py), then sends 20 concurrent clients, not signed in, at the
portal's pages: first alone (the floor), then while three attackers, signed
in as an NGO, keep posting malicious spreadsheets to the bulk proposal
upload (a 1 GiB zip-bomb sheet, 600,000 shared strings, 16,384 columns).
Each run is bounded by a request count and a time limit; traffic goes only
to 127.0.0.1.  The issue asks: 0 timeouts (30 s) during the attack.

    .venv/bin/python bench/portal_under_attack.py
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from dataclasses import dataclass, field

from _django import ensure_reference_data, setup
from _load import Server, in_threads
from portal import generate
from upload_bombs import BOUNDARY, TOKEN, shared_strings_xlsx, wide_xlsx, zip_bomb_xlsx

CLIENTS = 20
REQUESTS = 1200
TIMEOUT = 30.0
TIME_LIMIT = 180.0


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    timeouts: int = 0
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def p(self, q: float) -> float:
        values = sorted(self.latencies)
        if not values:
            return float("nan")
        return values[min(len(values) - 1, max(0, round(q / 100 * len(values)) - 1))] * 1000


def visitors(port: int, paths: list[str]) -> Tally:
    tally = Tally()
    lock = threading.Lock()
    remaining = [REQUESTS]
    deadline = time.monotonic() + TIME_LIMIT

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        n = offset
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            path = paths[n % len(paths)]
            n += 1
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept-Language": "tr"})
                response = conn.getresponse()
                response.read()
                status = response.status
            except TimeoutError:
                with lock:
                    tally.timeouts += 1
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
                continue
            except OSError:
                with lock:
                    tally.errors += 1
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
                continue
            elapsed = time.perf_counter() - start
            with lock:
                tally.statuses[status] = tally.statuses.get(status, 0) + 1
                if status == 200:
                    tally.latencies.append(elapsed)
                else:
                    tally.errors += 1
        conn.close()

    in_threads(worker, CLIENTS)
    return tally


def multipart(payload: bytes) -> bytes:
    return (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="mode"\r\n\r\nkeep_good\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="oneriler.xlsx"'
            "\r\nContent-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + payload
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def attacker(port: int, cookie: str, body: bytes, stop: threading.Event, out: Tally) -> None:
    headers = {
        "Cookie": f"sessionid={cookie}; csrftoken={TOKEN}",
        "X-CSRFToken": TOKEN,
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
        "Accept-Language": "tr",
    }
    while not stop.is_set():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        start = time.perf_counter()
        try:
            conn.request("POST", "/proposals/upload/", body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            out.statuses[response.status] = out.statuses.get(response.status, 0) + 1
            out.latencies.append(time.perf_counter() - start)
        except TimeoutError:
            out.timeouts += 1
        except OSError:
            out.errors += 1
        finally:
            conn.close()


def line(name: str, t: Tally) -> str:
    mean = statistics.mean(t.latencies) * 1000 if t.latencies else float("nan")
    return (
        f"{name:<28} n={len(t.latencies):>5} timeouts={t.timeouts:<3} errors={t.errors:<3} "
        f"p50={t.p(50):7.1f} ms p95={t.p(95):7.1f} ms max={t.p(100):7.1f} ms mean={mean:6.1f} ms"
    )


def main() -> None:
    url = setup("portal")
    ensure_reference_data()
    plan_id = generate()

    from django.test import Client

    from ortakmasa.accounts.models import Role, User
    from ortakmasa.plans.models import Plan
    from ortakmasa.registry.models import Institution, InstitutionKind

    ngo, _c = Institution.objects.get_or_create(
        name="Bench Kent Gönüllüleri Derneği", defaults={"kind": InstitutionKind.NGO}
    )
    user, _c = User.objects.get_or_create(
        username="bench-stk", defaults={"role": Role.STAKEHOLDER, "institution": ngo}
    )
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"].value
    plan = Plan.objects.get(pk=plan_id)
    goal = plan.goals.order_by("position").first()
    assert goal is not None
    paths = [
        "/portal/",
        f"/portal/plans/{plan_id}/",
        f"/portal/plans/{plan_id}/goals/{goal.pk}/",
        f"/portal/plans/{plan_id}/consultation/",
    ]
    bombs = {
        "zip bomb": multipart(zip_bomb_xlsx()),
        "shared strings": multipart(shared_strings_xlsx()),
        "16,384 columns": multipart(wide_xlsx()),
    }
    with Server({"DATABASE_URL": url}) as server:
        visitors(server.port, paths)  # warm-up: caches, connections
        floor = visitors(server.port, paths)
        stop = threading.Event()
        attacks = {name: Tally() for name in bombs}
        threads = [
            threading.Thread(target=attacker, args=(server.port, cookie, body, stop, attacks[name]))
            for name, body in bombs.items()
        ]
        for t in threads:
            t.start()
        time.sleep(1.0)
        attacked = visitors(server.port, paths)
        stop.set()
        for t in threads:
            t.join()
    print(f"{CLIENTS} clients, {REQUESTS} requests, {len(paths)} portal pages, timeout {TIMEOUT} s")
    print(line("floor (no attack)", floor))
    print(line("during 3 malicious uploads", attacked))
    for name, t in attacks.items():
        print(line(f"  attacker: {name}", t) + f" statuses={t.statuses}")
    ratio = attacked.p(95) / floor.p(95) if floor.latencies else float("nan")
    print(
        f"\ntimeouts during the attack: {attacked.timeouts} (asked: 0); "
        f"p95 {attacked.p(95):.1f} ms vs floor {floor.p(95):.1f} ms ({ratio:.2f}×)"
    )


if __name__ == "__main__":
    main()
