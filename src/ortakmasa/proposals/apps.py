from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config


class ProposalsConfig(app_config.DomainConfig):
    name = "ortakmasa.proposals"
    verbose_name = _("Proposals")

    def connect(self) -> None:
        from django.db.models.signals import post_save

        from ortakmasa.proposals import signals
        from ortakmasa.proposals.models import Proposal

        post_save.connect(signals.proposal_saved, sender=Proposal, dispatch_uid="proposal_saved")
