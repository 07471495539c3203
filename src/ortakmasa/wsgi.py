"""WSGI entry point for gunicorn: ``gunicorn ortakmasa.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
application = get_wsgi_application()
