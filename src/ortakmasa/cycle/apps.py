from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CycleConfig(AppConfig):
    name = "ortakmasa.cycle"
    label = "cycle"
    verbose_name = _("Yearly cycle")

    def ready(self) -> None:
        from ortakmasa.core.cache import watch
        from ortakmasa.cycle import models, rules

        rules.register_all()
        # The portal's plan page lists the issued reports.
        watch("monitoring", models.IssuedReport)
