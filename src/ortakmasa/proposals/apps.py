from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "ortakmasa.proposals"
    label = "proposals"
    verbose_name = _("Proposals")

    def ready(self) -> None:
        from ortakmasa.proposals import permissions

        permissions.register_all()
