from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel import app_config


class AccountsConfig(app_config.DomainConfig):
    name = "ortakmasa.accounts"
    verbose_name = _("Accounts")

    def connect(self) -> None:
        from django.contrib import admin

        # Connects the failed/successful sign-in signal receivers.
        from ortakmasa.accounts import throttle
        from ortakmasa.kernel import django_turkish

        admin.site.login_form = throttle.ThrottledAdminAuthenticationForm
        # Once per process, before any label is capitalised.
        django_turkish.install()
