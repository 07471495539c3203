from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "ortakmasa.surveys"
    label = "surveys"
    verbose_name = _("Surveys and citizens' proposals")

    def ready(self) -> None:
        from ortakmasa.plans import document
        from ortakmasa.surveys import permissions as rules
        from ortakmasa.surveys import plan_section

        rules.register_all()
        # The plan document looks its extra sections up by name, so plans
        # never imports this app.
        document.register_section("stakeholder_views", plan_section.stakeholder_views)
