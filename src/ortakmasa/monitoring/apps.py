from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "ortakmasa.monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        from ortakmasa.kernel.cache import Gen, watch
        from ortakmasa.monitoring import models, permissions, yearly
        from ortakmasa.plans import models as plans

        permissions.register_all()
        watch(
            Gen.MONITORING,
            models.IndicatorValue,
            models.MonitoringSettings,
            models.ValueEvidence,
        )
        # The plan's own tree, as the portal and the dashboard show it.
        watch(Gen.PLANS, plans.Plan, plans.Goal, plans.Objective, plans.Indicator)
        yearly.connect()
