from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "ortakmasa.proposals"
    verbose_name = _("Proposals")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from ortakmasa.proposals import permissions, signals
        from ortakmasa.proposals.models import Proposal

        permissions.register_all()
        post_save.connect(signals.proposal_saved, sender=Proposal, dispatch_uid="proposal_saved")
