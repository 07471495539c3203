"""WSGI entry point for gunicorn: ``gunicorn ortakmasa.wsgi``.

Django loads the URL configuration, and with it every view module and what
they import (numpy, scipy, openpyxl …), on the first request a process
serves.  ``warm_up`` does that work here instead, so a worker is ready
before it takes a request: with ``gunicorn --preload`` once in the master
before the workers fork, without it in each worker as it boots.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
application = get_wsgi_application()


def warm_up() -> None:
    """Import every view, compile the shared templates and load the
    translation catalogues now rather than on a visitor's request."""
    from django.conf import settings
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 -- imports every app's views
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Home")
    for name in ("base.html", "site/home.html", "site/error.html"):
        try:
            get_template(name)
        except TemplateDoesNotExist:  # a layout without that page
            pass


warm_up()
