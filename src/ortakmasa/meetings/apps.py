from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "ortakmasa.meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from ortakmasa.kernel.cache import Gen, watch
        from ortakmasa.meetings import models, permissions, tallies

        permissions.register_all()
        tallies.connect()
        watch(
            Gen.MEETINGS,
            models.Meeting,
            models.Participation,
            models.MeetingTopic,
            models.Quote,
            models.Decision,
            models.FollowUp,
            models.Campaign,
            m2m=(
                models.Meeting.guests.through,
                models.Campaign.targets.through,
                models.Campaign.excluded_meetings.through,
            ),
        )
