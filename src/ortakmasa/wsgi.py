"""WSGI entry point for gunicorn: ``gunicorn ortakmasa.wsgi``.

Django loads the URL configuration, and with it every view module and what
they import (numpy, scipy, openpyxl …), on the first request a process
serves.  ``warm_up`` does that work here instead, so a worker is ready
before it takes a request: with ``gunicorn --preload`` once in the master
before the workers fork, without it in each worker as it boots.

What cannot be inherited through the fork (a database connection, the
cache's socket, the first use of each page's code in a process) is done by
:func:`warm_worker`, which ``gunicorn.conf.py`` runs in each worker before
it accepts a connection.
"""

import os
import time
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

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


#: Pages each worker renders once, internally, before it serves: the
#: health view, the home pages and the public pages most visited after a
#: deploy. ``ORTAKMASA_WARM_PATHS`` (comma separated) replaces the list.
WARM_PATHS = (
    "/health/",
    "/",
    "/portal/",
    "/meetings/",
    "/cooperation/",
    "/cooperation/network/",
    "/monitoring/",
    "/search/?q=plan",
)


def warm_paths() -> list[str]:
    configured = os.environ.get("ORTAKMASA_WARM_PATHS")
    if configured is not None:
        return [p.strip() for p in configured.split(",") if p.strip()]
    return list(WARM_PATHS)


class WarmUp(NamedTuple):
    seconds: float
    #: "<language> <path>" → the WSGI status line (or "error: …")
    statuses: dict[str, str]

    def failed(self) -> dict[str, str]:
        return {k: v for k, v in self.statuses.items() if v[:1] not in ("2", "3")}


def warm_worker(paths: Iterable[str] | None = None) -> WarmUp:
    """Make this process ready to serve, after the fork: open its database
    connection (kept for ``CONN_MAX_AGE``) and run each of ``paths`` once
    through the WSGI application, in process, with no socket, in each
    language, so that the connection, the cache client's connection and
    whatever each page's code builds on first use are there before the
    first visitor. Returns the statuses and the seconds it took (logged by
    gunicorn's hook); a page that fails is reported, not raised: a worker
    that cannot warm up still serves as it did before."""
    from django.conf import settings
    from django.db import connections

    started = time.perf_counter()
    for conn in connections.all():
        try:
            conn.ensure_connection()
        except Exception:
            pass  # the first request connects (or reports the error) as before
    host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
    host = host.lstrip(".")
    statuses: dict[str, str] = {}
    languages = [code for code, _name in settings.LANGUAGES]
    for path in warm_paths() if paths is None else paths:
        for language in languages:
            statuses[f"{language} {path}"] = _internal_get(path, host, language)
    warm_signed_in()
    return WarmUp(time.perf_counter() - started, statuses)


def warm_signed_in() -> None:
    """What a signed-in visitor's request does first and the anonymous
    warm-up pages do not: read a session (cache, then database) and load
    its user.  A page served whole from the shared cache is little more
    than that, so its first time in a worker is most of its cost."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import close_old_connections

    try:
        store = import_module(settings.SESSION_ENGINE).SessionStore("0" * 32)
        store.load()  # no such session: the cache, then the database, asked
        get_user_model()._default_manager.filter(pk=0).first()
    except Exception:
        pass  # best effort, as the pages above
    finally:
        # As the end of a request would: a connection not meant to persist
        # (CONN_MAX_AGE 0) is not left open.
        close_old_connections()


def _internal_get(path: str, host: str, language: str) -> str:
    """One GET through ``application``, as gunicorn would call it for a
    request over HTTPS behind the proxy."""
    import io
    import sys

    path_info, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": host,
        "SERVER_PORT": "443",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "HTTP_ACCEPT_LANGUAGE": language,
        "HTTP_X_FORWARDED_PROTO": "https",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "https",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    status: list[str] = []

    def start_response(
        line: str, headers: list[tuple[str, str]], exc_info: Any = None, /
    ) -> Callable[[bytes], object]:
        status.append(line)
        return lambda _data: None

    try:
        body = application(environ, start_response)
        try:
            for _chunk in body:
                pass
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()  # sends request_finished, as a server would
    except Exception as exc:  # a warm-up never stops a worker
        return f"error: {type(exc).__name__}"
    return status[0] if status else "no status"


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
