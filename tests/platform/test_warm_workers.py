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
