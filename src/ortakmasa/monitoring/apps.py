from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config
from ortakmasa.kernel.cache import Gen, watch


class MonitoringConfig(app_config.DomainConfig):
    name = "ortakmasa.monitoring"
    verbose_name = _("Monitoring")
    generation = Gen.MONITORING
    cached = ("IndicatorValue", "MonitoringSettings", "ValueEvidence")

    def connect(self) -> None:
        from ortakmasa.monitoring import yearly
        from ortakmasa.plans import models as plans

        # The plan's own tree, as the portal and the dashboard show it.
        watch(Gen.PLANS, plans.Plan, plans.Goal, plans.Objective, plans.Indicator)
        yearly.connect()
