from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KernelConfig(AppConfig):
    name = "ortakmasa.kernel"
    verbose_name = _("Platform")

    def ready(self) -> None:
        # Make the project's Celery app the current one in every Django
        # process, so shared tasks' .delay() go to it (and run in-process
        # when no REDIS_URL is set).  Done here rather than in the package's
        # __init__ so that the Django-free text engine does not load Celery.
        from ortakmasa import celery  # noqa: F401
        from ortakmasa.kernel import checks  # noqa: F401
