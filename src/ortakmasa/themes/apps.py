from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "ortakmasa.themes"
    verbose_name = _("Themes")

    def ready(self) -> None:
        from ortakmasa.kernel import policy
        from ortakmasa.kernel.cache import Gen, watch
        from ortakmasa.themes.models import Theme

        policy.register(Theme, policy.PublicReadAdminWrite())
        # Theme names are shown with the meetings' topics (the lists, the
        # portal's consultation) and the network's and matches' filters:
        # a renamed theme must show on those cached pages at once.
        watch(Gen.MEETINGS, Theme)
        watch(Gen.COOPERATION, Theme)
