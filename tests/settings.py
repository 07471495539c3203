"""Settings for the test suite: the platform's own, made fast and local."""

from ortakmasa.settings import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The manifest storage needs collectstatic; tests read static files directly.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run in-process in tests even when REDIS_URL is set; the test of the
# Celery-on-Redis path turns this off for itself.
CELERY_TASK_ALWAYS_EAGER = True

# Uploaded files of the tests go to a throw-away folder, not var/media.
import tempfile  # noqa: E402

MEDIA_ROOT = tempfile.mkdtemp(prefix="ortakmasa-test-media-")

# Encoding every proposal the tests save would take a tenth of a second each;
# the tests of matching turn it on for themselves.
PROPOSALS_EMBEDDINGS = False
PROPOSALS_SUGGEST = False
