from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config
from ortakmasa.kernel.cache import Gen


class CycleConfig(app_config.DomainConfig):
    name = "ortakmasa.cycle"
    verbose_name = _("Yearly cycle")
    # The portal's plan page lists the issued reports.
    generation = Gen.MONITORING
    cached = ("IssuedReport",)

    def connect(self) -> None:
        from ortakmasa.cycle.documents import updated_plan_cover
        from ortakmasa.plans.document import register_front

        register_front("updated_plan_cover", updated_plan_cover)
