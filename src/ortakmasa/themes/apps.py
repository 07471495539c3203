from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "ortakmasa.themes"
    verbose_name = _("Themes")

    def ready(self) -> None:
        from ortakmasa.kernel import policy
        from ortakmasa.themes.models import Theme

        policy.register(Theme, policy.PublicReadAdminWrite())
