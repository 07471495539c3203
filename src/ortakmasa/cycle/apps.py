from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CycleConfig(AppConfig):
    name = "ortakmasa.cycle"
    label = "cycle"
    verbose_name = _("Yearly cycle")

    def ready(self) -> None:
        from ortakmasa.cycle import models, permissions
        from ortakmasa.kernel.cache import Gen, watch

        permissions.register_all()
        # The portal's plan page lists the issued reports.
        watch(Gen.MONITORING, models.IssuedReport)
