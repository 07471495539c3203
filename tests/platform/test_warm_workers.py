"""A worker is ready before it serves: importing the WSGI application loads
the URL configuration and the heavy modules the views need, so the first
request imports none of them (issue: 0.9-1.6 s paid by the first visitor
of every fresh worker)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("numpy", "scipy", "openpyxl", "docx", "reportlab", "lxml", "ahocorasick", "PIL")

PROBE = """
import io, json, sys
import ortakmasa.wsgi
from wsgiref.util import setup_testing_defaults

before = set(sys.modules)
statuses = []
for path in ("/health/", "/no-such-page/"):
    environ = {"PATH_INFO": path, "SERVER_NAME": "127.0.0.1", "HTTP_HOST": "127.0.0.1"}
    setup_testing_defaults(environ)
    ortakmasa.wsgi.application(environ, lambda status, headers: statuses.append(status))
new = sorted({name.split(".")[0] for name in set(sys.modules) - before})
print(json.dumps({"statuses": statuses, "new": new, "loaded": sorted(before)}))
"""


def test_first_request_imports_no_heavy_module(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
        "ORTAKMASA_VAR_DIR": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["statuses"][0].startswith("200"), result["statuses"]
    assert result["statuses"][1].startswith("404"), result["statuses"]
    assert not [name for name in result["new"] if name in HEAVY], result["new"]
    # The warm-up really ran: the views' heavy imports were already there.
    assert {"numpy", "openpyxl"} <= set(result["loaded"])


WARMED = """
import json, time
import ortakmasa.wsgi
from django.template import engines
from django.urls import get_resolver

resolver = get_resolver()
loader = engines["django"].engine.template_loaders[0]
print(json.dumps({
    "languages": sorted(str(k) for k in resolver._reverse_dict),
    "templates": len(getattr(loader, "get_template_cache", {})),
}))
"""


def test_the_warm_up_fills_reverse_tables_and_compiles_the_templates(tmp_path: Path) -> None:
    """What a fresh worker's first request used to build itself: the URL
    resolver's reverse tables (once per language) and the compiled
    templates (the cached loader's entries), inherited through --preload."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
        "ORTAKMASA_VAR_DIR": str(tmp_path),
        "DEBUG": "0",
    }
    out = subprocess.run(
        [sys.executable, "-c", WARMED], env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"tr", "en"} <= set(result["languages"]), result
    ours = sum(1 for _ in (ROOT / "src" / "ortakmasa" / "templates").rglob("*.html"))
    assert result["templates"] >= ours, result


WORKER = """
import json, runpy
import ortakmasa.wsgi
from django.db import connection

connection.close()
config = runpy.run_path(%(config)r)
lines = []

class Log:
    def info(self, message, *args):
        lines.append(message %% args)

class Worker:
    pid = 4242
    log = Log()

config["post_worker_init"](Worker())
report = ortakmasa.wsgi.warm_worker(["/health/", "/", "/no-such-page/"])
print(json.dumps({
    "preload": config["preload_app"],
    "lines": lines,
    "statuses": report.statuses,
    "connected": connection.connection is not None,
    "conn_max_age": connection.settings_dict["CONN_MAX_AGE"],
}))
"""


def test_each_worker_connects_and_runs_the_key_pages_before_it_serves(tmp_path: Path) -> None:
    """gunicorn.conf.py (the production command's) preloads the application
    and, in each worker, opens its database connection and runs the key
    pages through the WSGI application in process before the worker
    accepts a connection: what a fork cannot inherit is ready too."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
        "ORTAKMASA_VAR_DIR": str(tmp_path),
    }
    subprocess.run(
        [sys.executable, "-m", "django", "migrate", "-v0"], env=env, check=True, cwd=tmp_path
    )
    probe = WORKER % {"config": str(ROOT / "gunicorn.conf.py")}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["preload"] is True
    (line,) = result["lines"]
    assert line.startswith("worker 4242 ready in ") and "not 2xx/3xx" not in line, line
    statuses = result["statuses"]
    assert statuses["tr /health/"].startswith("200") and statuses["en /"].startswith("200")
    # A failing page is reported, not raised: the worker still serves.
    assert statuses["tr /no-such-page/"].startswith("404"), statuses
    # Kept open for the first visitor where connections persist (PostgreSQL
    # in production); SQLite opens a file per request.
    assert result["connected"] == (result["conn_max_age"] != 0), result
