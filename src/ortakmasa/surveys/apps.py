from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "ortakmasa.surveys"
    verbose_name = _("Surveys and citizens' proposals")

    def ready(self) -> None:
        from ortakmasa.kernel.cache import Gen, watch
        from ortakmasa.plans import document
        from ortakmasa.surveys import models, plan_section
        from ortakmasa.surveys import permissions as rules

        rules.register_all()
        # The answer page reads a survey's questions from the cache.
        watch(
            Gen.SURVEYS,
            models.Survey,
            models.Section,
            models.Question,
            m2m=(models.Question.themes.through,),
        )
        # The plan document looks its extra sections up by name, so plans
        # never imports this app.
        document.register_section("stakeholder_views", plan_section.stakeholder_views)
