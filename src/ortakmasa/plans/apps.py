from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "ortakmasa.plans"
    verbose_name = _("Strategic plans")

    def ready(self) -> None:
        from ortakmasa.plans import permissions

        permissions.register_all()
