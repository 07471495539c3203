from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config
from ortakmasa.kernel.cache import Gen


class RegistryConfig(app_config.DomainConfig):
    name = "ortakmasa.registry"
    verbose_name = _("Registry")
    generation = Gen.REGISTRY
    cached = ("Institution", "Person", "Post", "InstitutionAlias", "PersonAlias")
