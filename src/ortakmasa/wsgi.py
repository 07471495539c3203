"""WSGI entry point for gunicorn: ``gunicorn ortakmasa.wsgi``.

Django loads the URL configuration, and with it every view module and what
they import (numpy, scipy, openpyxl …), on the first request a process
serves.  ``warm_up`` does that work here instead, so a worker is ready
before it takes a request: with ``gunicorn --preload`` once in the master
before the workers fork, without it in each worker as it boots.
"""

import os

from django.core.wsgi import get_wsgi_application
from django.urls import URLResolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
application = get_wsgi_application()


def warm_up() -> None:
    """Import every view, fill the URL resolver's reverse tables, compile
    every template and load the translation catalogues and the static
    manifest now rather than on a visitor's request.

    With ``--preload`` all of this lives in the master and every forked
    worker inherits it: a fresh worker's first request used to spend most
    of its time populating ``reverse()``'s tables (per language) and
    compiling the page's templates."""
    from django.apps import apps
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
    from django.urls import NoReverseMatch, get_resolver, reverse
    from django.utils import translation

    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 -- imports every app's views
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Home")
            # reverse() fills these lazily, once per language and per
            # namespace ("cooperation:network" has a resolver of its own).
            _populate(resolver)
            for namespace, (_prefix, sub) in resolver.namespace_dict.items():
                # reverse("ns:name") goes through a resolver of its own,
                # built and filled on first use: one reverse fills it.
                name = next((k for k in sub.reverse_dict if isinstance(k, str)), None)
                if name is not None:
                    try:
                        reverse(f"{namespace}:{name}")
                    except NoReverseMatch:
                        pass  # the name wants arguments; the tables are filled
    # The first use of the storage reads the manifest of hashed names.
    getattr(staticfiles_storage, "hashed_files", None)
    for model in apps.get_models(include_auto_created=True):
        # The models' relation tree and field maps, built on first use by
        # the first query that follows a relation.
        model._meta.get_fields(include_hidden=True)
        model._meta.fields_map  # noqa: B018
    _warm_database()
    for engine in engines.all():
        for name in _template_names(engine):
            try:
                engine.get_template(name)  # kept by the cached loader
            except (TemplateDoesNotExist, TemplateSyntaxError, UnicodeDecodeError):
                pass  # not a template of this engine (e.g. a static snippet)


def _populate(resolver: URLResolver) -> None:
    resolver.reverse_dict  # noqa: B018
    resolver.namespace_dict  # noqa: B018
    resolver.app_dict  # noqa: B018
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            _populate(pattern)


def _warm_database() -> None:
    """Open and close one connection: the driver reads libpq's defaults
    once per process (0.2-0.8 s on a busy machine) and prepares its type
    adapters; done in the master, no worker pays it, and no socket is
    shared across the fork since the connection is closed here."""
    from django.db import connections

    for conn in connections.all():
        if conn.connection is not None or conn.in_atomic_block:
            # Already in use (a test that imports this module holds its
            # transaction there): not this warm-up's to close.
            continue
        try:
            conn.ensure_connection()
        except Exception:
            pass  # best effort: the first request connects (or fails) as before
        finally:
            conn.close()


def _template_names(engine: object) -> list[str]:
    """The names of the templates under the engine's directories and the
    apps' ``templates`` folders."""
    from pathlib import Path

    from django.template.utils import get_app_template_dirs

    dirs = [Path(d) for d in getattr(engine, "dirs", [])]
    if getattr(engine, "app_dirs", False):
        dirs += [Path(d) for d in get_app_template_dirs("templates")]
    names: list[str] = []
    for root in dirs:
        names += [
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.suffix in (".html", ".txt", ".xml", ".svg") and p.is_file()
        ]
    return names


warm_up()
