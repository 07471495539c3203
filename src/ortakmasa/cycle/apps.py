from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CycleConfig(AppConfig):
    name = "ortakmasa.cycle"
    verbose_name = _("Yearly cycle")

    def ready(self) -> None:
        from ortakmasa.cycle import models, permissions
        from ortakmasa.kernel.cache import Gen, watch

        permissions.register_all()
        from ortakmasa.cycle.documents import updated_plan_cover
        from ortakmasa.plans.document import register_front

        register_front("updated_plan_cover", updated_plan_cover)
        # The portal's plan page lists the issued reports.
        watch(Gen.MONITORING, models.IssuedReport)
