from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config


class PlansConfig(app_config.DomainConfig):
    name = "ortakmasa.plans"
    verbose_name = _("Strategic plans")
