from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config
from ortakmasa.kernel.cache import Gen


class MeetingsConfig(app_config.DomainConfig):
    name = "ortakmasa.meetings"
    verbose_name = _("Meetings")
    generation = Gen.MEETINGS
    cached = (
        "Meeting",
        "Participation",
        "MeetingTopic",
        "Quote",
        "Decision",
        "FollowUp",
        "Campaign",
    )

    def connect(self) -> None:
        # The lists' totals and the campaigns' coverage, kept on write.
        from ortakmasa.meetings import tallies

        tallies.connect()
