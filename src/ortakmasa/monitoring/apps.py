from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "ortakmasa.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self) -> None:
        from ortakmasa.core.cache import watch
        from ortakmasa.monitoring import models, rules
        from ortakmasa.plans import models as plans

        rules.register_all()
        watch(
            "monitoring",
            models.IndicatorValue,
            models.MonitoringSettings,
            models.ValueEvidence,
        )
        # The plan's own tree, as the portal and the dashboard show it.
        watch("monitoring_plans", plans.Plan, plans.Goal, plans.Objective, plans.Indicator)
