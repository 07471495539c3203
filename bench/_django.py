"""Set up Django for a benchmark on a database of its own.

Benchmarks never touch the demo or test databases: each one points
DATABASE_URL at its own SQLite file under var/bench/ (or at a PostgreSQL
database given with --database-url) before Django is imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"


def setup(name: str, database_url: str | None = None, fresh: bool = False) -> str:
    """Configure and start Django on the benchmark's database; returns its URL."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if database_url is None:
        path = BENCH_DIR / f"{name}.sqlite3"
        if fresh and path.exists():
            path.unlink()
        database_url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
    os.environ.setdefault("ORTAKMASA_VAR_DIR", str(BENCH_DIR))
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    # Pages are served as in production (DEBUG off, hashed static files).
    call_command("collectstatic", interactive=False, verbosity=0)
    return database_url


def prepare(
    name: str, doc: str | None, *, fresh: bool = False, **options: int
) -> tuple[argparse.Namespace, str]:
    """Read the benchmark's command line (``--database-url`` and the whole
    numbers named in ``options``, with their defaults), then start Django on
    its database with the reference data. Returns the options and the URL."""
    parser = argparse.ArgumentParser(description=(doc or name).splitlines()[0])
    parser.add_argument("--database-url", default=None)
    for option, default in options.items():
        parser.add_argument("--" + option.replace("_", "-"), type=int, default=default)
    args = parser.parse_args()
    url = setup(name, args.database_url, fresh=fresh and args.database_url is None)
    ensure_reference_data()
    return args, url


def ensure_reference_data() -> None:
    from ortakmasa.registry.models import Province
    from ortakmasa.registry.reference import load_reference_data
    from ortakmasa.themes.loader import load_themes

    if not Province.objects.exists():
        load_reference_data()
    load_themes()


def api_queries(user: Any, path: str) -> tuple[int, Any]:
    """The number of queries in which the API answers ``path`` to ``user``, and
    its JSON: a figure that must not grow with the data."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path, HTTP_HOST="127.0.0.1")
    assert response.status_code == 200, response.status_code
    return len(ctx), response.json()
