"""Export a generated plan of 10 goals, 50 objectives and 250 indicators to
DOCX, PDF and XLSX and time it; check that the tree API answers in the same
number of queries for a small and the large plan.

Run from the repository root (uses a throw-away SQLite database under var/):

    .venv/bin/python bench/plan_export.py

Targets (issue 6): DOCX < 5 s, PDF < 20 s, constant query count.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
tmp = tempfile.mkdtemp(prefix="plan-bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def main() -> None:
    from ortakmasa.accounts.models import Role, User
    from ortakmasa.plans import exports, pdf_export
    from ortakmasa.plans.sample import make_plan
    from ortakmasa.registry.models import Institution
    from ortakmasa.registry.reference import load_reference_data

    call_command("migrate", verbosity=0)
    load_reference_data()
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    small = make_plan(ibb, goals=1, objectives=1, indicators=1)
    large = make_plan(ibb, goals=10, objectives=5, indicators=5, start_year=2030)
    print(f"plan: 10 goals, 50 objectives, 250 indicators; PDF font: {pdf_export.register_fonts()}")
    for fmt in ("docx", "pdf", "xlsx"):
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            content, _ct, _name = exports.export(large.pk, fmt)
            runs.append(time.perf_counter() - start)
        out = Path(tmp) / f"plan.{fmt}"
        out.write_bytes(content)
        print(
            f"{fmt}: best {min(runs):.2f} s, worst {max(runs):.2f} s, {len(content) / 1024:.0f} KiB"
        )

    user = User.objects.create_user("bench", role=Role.STRATEGY_OFFICE, institution=ibb)
    client = Client()
    client.force_login(user)
    counts = []
    for plan in (small, large):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/api/v1/plans/{plan.pk}/", HTTP_HOST="127.0.0.1")
        assert response.status_code == 200, response.status_code
        counts.append(len(ctx))
    print(f"tree API queries: small plan {counts[0]}, large plan {counts[1]}")


if __name__ == "__main__":
    main()
