from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "ortakmasa.registry"
    label = "registry"
    verbose_name = _("Registry")

    def ready(self) -> None:
        from ortakmasa.core.cache import watch
        from ortakmasa.registry import models, rules

        rules.register_all()
        watch(
            "registry",
            models.Institution,
            models.Person,
            models.Post,
            models.InstitutionAlias,
            models.PersonAlias,
        )
