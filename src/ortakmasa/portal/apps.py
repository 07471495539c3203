from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "ortakmasa.portal"
    verbose_name = _("Public portal")

    def ready(self) -> None:
        from ortakmasa.kernel.cache import Gen, watch
        from ortakmasa.proposals import models as proposals

        # What became of the public proposals.
        watch(Gen.PROPOSALS, proposals.Proposal, proposals.ProposalEvent)
