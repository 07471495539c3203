"""The platform's settings with no cache at all: every request of the
benchmark server renders as the first visitor after a write would."""

from ortakmasa.settings import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
