from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config
from ortakmasa.kernel.cache import Gen


class SurveysConfig(app_config.DomainConfig):
    name = "ortakmasa.surveys"
    verbose_name = _("Surveys and citizens' proposals")
    # The answer page reads a survey's questions from the cache.
    generation = Gen.SURVEYS
    cached = ("Survey", "Section", "Question")

    def connect(self) -> None:
        from ortakmasa.plans import document
        from ortakmasa.surveys import plan_section

        # The plan document looks its extra sections up by name, so plans
        # never imports this app.
        document.register_section("stakeholder_views", plan_section.stakeholder_views)
