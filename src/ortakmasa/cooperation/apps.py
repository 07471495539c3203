from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "ortakmasa.cooperation"
    verbose_name = _("Cooperation")

    def ready(self) -> None:
        from ortakmasa.cooperation import models, network_index, permissions
        from ortakmasa.kernel.cache import Gen, watch

        permissions.register_all()
        watch(
            Gen.COOPERATION,
            models.Cooperation,
            models.CooperationParty,
            models.CooperationTopic,
            models.Commitment,
            models.CooperationDocument,
            models.FundedProject,
            models.ProjectPartner,
            m2m=tuple(f.remote_field.through for f in models.Cooperation._meta.many_to_many)
            + tuple(f.remote_field.through for f in models.FundedProject._meta.many_to_many),
        )
        network_index.connect()
