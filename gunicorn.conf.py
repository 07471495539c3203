"""gunicorn's settings for Ortak Masa: ``gunicorn ortakmasa.wsgi -c gunicorn.conf.py``.

``preload_app``: the master imports the application (``ortakmasa.wsgi``
imports every view, fills the URL tables, compiles the templates) once,
before it forks; every worker inherits it.

``post_worker_init``: what a fork cannot pass on is done in each worker
before it accepts its first connection: its own database connection, the
cache client's, and one internal run of the key pages
(``ortakmasa.wsgi.WARM_PATHS``, no network) so that the first visitor of a
fresh worker (after a deploy, a crash or ``max_requests``) is served as
fast as the next one. It costs each worker's start the time of those
pages (logged as "worker … ready in … ms"); the other workers serve
meanwhile.  ``ORTAKMASA_WARM_PATHS=""`` turns the page runs off.
"""

from __future__ import annotations

import os
from typing import Any

preload_app = True
# WEB_CONCURRENCY is read by gunicorn itself; the command line (--bind,
# --workers, --threads) overrides these.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")


def post_worker_init(worker: Any) -> None:
    from ortakmasa.wsgi import warm_worker

    report = warm_worker()
    failed = report.failed()
    worker.log.info(
        "worker %s ready in %.0f ms (%d warm-up requests%s)",
        worker.pid,
        report.seconds * 1000,
        len(report.statuses),
        f"; not 2xx/3xx: {failed}" if failed else "",
    )
