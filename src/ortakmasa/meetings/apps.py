from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "ortakmasa.meetings"
    label = "meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from ortakmasa.meetings import rules

        rules.register_all()
