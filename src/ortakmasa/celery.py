"""The Celery application.

Start a worker with ``ortakmasa worker`` (or
``celery -A ortakmasa worker``).  With no REDIS_URL the tasks run in-process
(CELERY_TASK_ALWAYS_EAGER), which is what the embedded installation uses.
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")

app = Celery("ortakmasa")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
