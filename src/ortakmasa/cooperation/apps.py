from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config
from ortakmasa.kernel.cache import Gen


class CooperationConfig(app_config.DomainConfig):
    name = "ortakmasa.cooperation"
    verbose_name = _("Cooperation")
    generation = Gen.COOPERATION
    cached = (
        "Cooperation",
        "CooperationParty",
        "CooperationTopic",
        "Commitment",
        "CooperationDocument",
        "FundedProject",
        "ProjectPartner",
    )

    def connect(self) -> None:
        from ortakmasa.cooperation import network_index

        network_index.connect()
