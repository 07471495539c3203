"""A small HTTP load generator and a gunicorn runner for the page benchmarks.

Traffic goes only to 127.0.0.1: the server is started here, on a free local
port, and stopped at the end.  Each run is bounded by a request count and a
time limit.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """gunicorn serving the platform with the benchmark's environment."""

    def __init__(self, env: dict[str, str], workers: int = 2, threads: int = 4) -> None:
        self.port = free_port()
        self.env = {
            **os.environ,
            **env,
            "DEBUG": "0",
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "PYTHONPATH": str(ROOT / "src"),
        }
        self.args = [
            sys.executable,
            "-m",
            "gunicorn",
            "ortakmasa.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ]
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(self.args, env=self.env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/health/")
                if conn.getresponse().status == 200:
                    return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the server did not start within 60 s")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
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

    def line(self) -> str:
        mean = statistics.mean(self.latencies) * 1000 if self.latencies else float("nan")
        return (
            f"{self.path:<55} n={len(self.latencies):>4} err={self.errors:<3} "
            f"p50={self.percentile(50):6.1f} ms  p95={self.percentile(95):6.1f} ms  "
            f"p99={self.percentile(99):6.1f} ms  mean={mean:6.1f} ms"
        )


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
    headers = {"Cookie": cookie, "Accept-Language": "tr"} if cookie else {"Accept-Language": "tr"}

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

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return result
