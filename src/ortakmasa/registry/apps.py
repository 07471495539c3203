from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "ortakmasa.registry"
    label = "registry"
    verbose_name = _("Registry")

    def ready(self) -> None:
        from ortakmasa.registry import rules

        rules.register_all()
