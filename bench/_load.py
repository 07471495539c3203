"""A small HTTP load generator and a gunicorn runner for the page benchmarks.

Traffic goes only to 127.0.0.1: the server is started here, on a free local
port, and stopped at the end.  Each run is bounded by a request count and a
time limit.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = re.compile(r"worker \d+ ready in (\d+) ms")
#: The site's name in every request, whatever port this run's server has:
#: in production a restarted worker serves the same name, and the cached
#: pages and fragments (keyed by it) are there for it in the shared cache.
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """gunicorn serving the platform with the benchmark's environment."""

    def __init__(
        self, env: dict[str, str], workers: int = 2, threads: int = 4, *, cold: bool = False
    ) -> None:
        self.port = free_port()
        self.env = {
            **os.environ,
            **env,
            "DEBUG": "0",
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "bench")]),
        }
        if cold:
            # No cache: each request pays what the first visitor after a write pays.
            self.env["DJANGO_SETTINGS_MODULE"] = "_nocache_settings"
        self.workers = workers
        self.args = [
            sys.executable,
            "-m",
            "gunicorn",
            "ortakmasa.wsgi",
            # The production command (README): the repository's gunicorn.conf.py
            # preloads the application and warms each worker before it serves.
            "--config",
            str(ROOT / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "info",  # the workers' "ready in … ms" lines
        ]
        self.process: subprocess.Popen[str] | None = None
        #: Each worker's warm-up time (ms), from its "ready" line.
        self.ready_ms: list[float] = []
        self._ready = threading.Condition()

    def _read_log(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for line in self.process.stderr:
            found = READY.search(line)
            if found:
                with self._ready:
                    self.ready_ms.append(float(found.group(1)))
                    self._ready.notify_all()
            elif "[INFO]" not in line:
                sys.stderr.write(line)  # warnings and errors, as before

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(
            self.args, env=self.env, cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        threading.Thread(target=self._read_log, daemon=True).start()
        # Every worker has said it is ready (connected and warmed up): the
        # measurement starts when a deploy would put the server in service.
        with self._ready:
            if self._ready.wait_for(lambda: len(self.ready_ms) >= self.workers, timeout=120):
                return self
        raise RuntimeError("the server's workers were not ready within 120 s")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                # A machine under heavy load can take longer to stop the
                # workers; do not leave them behind.
                self.process.kill()
                self.process.wait(timeout=30)


@dataclass
class Result:
    path: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def percentile(self, p: float) -> float:
        values = sorted(self.latencies)
        if not values:
            return float("nan")
        index = min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))
        return values[index] * 1000

    def ratio(self, floor: Result, p: float) -> float:
        return self.percentile(p) / floor.percentile(p)

    def line_vs(self, floor: Result, label: str = "") -> str:
        """The figure beside the floor measured in the same run."""
        return (
            f"{label + self.path:<62} p50={self.percentile(50):7.1f} ms "
            f"({self.ratio(floor, 50):5.1f}x floor)  p95={self.percentile(95):7.1f} ms "
            f"({self.ratio(floor, 95):5.1f}x floor)  err={self.errors}"
        )

    def line(self) -> str:
        mean = statistics.mean(self.latencies) * 1000 if self.latencies else float("nan")
        return (
            f"{self.path:<55} n={len(self.latencies):>4} err={self.errors:<3} "
            f"p50={self.percentile(50):6.1f} ms  p95={self.percentile(95):6.1f} ms  "
            f"p99={self.percentile(99):6.1f} ms  mean={mean:6.1f} ms"
        )


def in_threads(target: Callable[[int], None], count: int) -> None:
    """``target(0)`` … ``target(count - 1)``, each in a thread of its own, all
    at once; returns when every one has ended."""
    threads = [threading.Thread(target=target, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run(
    port: int,
    path: str,
    *,
    clients: int,
    requests: int,
    cookie: str = "",
    time_limit: float = 120.0,
    warmup: int = 5,
) -> Result:
    """``requests`` GETs of ``path`` spread over ``clients`` concurrent
    keep-alive connections."""
    result = Result(path)
    lock = threading.Lock()
    deadline = time.monotonic() + time_limit
    remaining = [requests]
    headers = {"Host": HOST, "Accept-Language": "tr"}
    if cookie:
        headers["Cookie"] = cookie

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(warmup // clients + 1):
            conn.request("GET", path, headers=headers)
            conn.getresponse().read()
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                if ok:
                    result.latencies.append(elapsed)
                else:
                    result.errors += 1
        conn.close()

    in_threads(lambda _index: worker(), clients)
    return result


def first_request(port: int, path: str, cookie: str = "") -> float:
    """Seconds of one GET (e.g. the first a fresh worker serves)."""
    headers = {"Host": HOST, "Accept-Language": "tr"}
    if cookie:
        headers["Cookie"] = cookie
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    start = time.perf_counter()
    conn.request("GET", path, headers=headers)
    conn.getresponse().read()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def compare_pages(
    env: dict[str, str],
    paths: list[str],
    *,
    clients: int,
    requests: int,
    cookie: str = "",
    floor_path: str = "/health/",
) -> dict[str, dict[str, float]]:
    """Each page warm (cache on), cold (no cache) and on a fresh worker,
    each beside the floor (``floor_path``, the health view) measured on the
    same server in the same run. Prints one line per figure; returns the
    ratios (p95 for warm and cold, first request for fresh workers)."""
    ratios: dict[str, dict[str, float]] = {path: {} for path in paths}
    print(f"floor: {floor_path} on the same server; figures as ratios to it", flush=True)
    for cold in (False, True):
        kind = "cold " if cold else "warm "
        with Server(env, cold=cold) as server:
            floor = run(server.port, floor_path, clients=clients, requests=requests)
            print(floor.line_vs(floor, kind), flush=True)
            for path in paths:
                result = run(server.port, path, clients=clients, requests=requests, cookie=cookie)
                print(result.line_vs(floor, kind), flush=True)
                ratios[path][kind.strip()] = result.ratio(floor, 95)
    for path in paths:
        # A server with one worker: its first request of the page, against
        # the health view's steady time on that worker.
        with Server(env, workers=1, threads=1) as server:
            first = first_request(server.port, path, cookie)
            floor = run(server.port, floor_path, clients=1, requests=30, warmup=0)
            ratio = first * 1000 / floor.percentile(50)
            ratios[path]["first"] = ratio
            print(
                f"first {path:<56} {first * 1000:7.1f} ms ({ratio:5.1f}x floor p50 "
                f"{floor.percentile(50):.1f} ms; worker warm-up {server.ready_ms[0]:.0f} ms)",
                flush=True,
            )
    return ratios
