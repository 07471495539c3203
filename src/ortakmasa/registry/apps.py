from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "ortakmasa.registry"
    verbose_name = _("Registry")

    def ready(self) -> None:
        from ortakmasa.kernel.cache import Gen, watch
        from ortakmasa.registry import models, permissions

        permissions.register_all()
        watch(
            Gen.REGISTRY,
            models.Institution,
            models.Person,
            models.Post,
            models.InstitutionAlias,
            models.PersonAlias,
        )
