from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "ortakmasa.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from django.contrib import admin

        # Connects the failed/successful sign-in signal receivers.
        from ortakmasa.accounts import throttle
        from ortakmasa.accounts.permissions import register_all
        from ortakmasa.kernel import django_turkish

        admin.site.login_form = throttle.ThrottledAdminAuthenticationForm
        register_all()
        # Once per process, before any label is capitalised.
        django_turkish.install()
