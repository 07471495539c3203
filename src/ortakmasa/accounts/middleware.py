"""The interface language: Turkish unless the user chose English.

Django's LocaleMiddleware follows the browser's Accept-Language, so a
browser set to English showed the whole interface in English around Turkish
data.  Pages now take the language the user picked with the language button
(remembered in Django's language cookie) and Turkish otherwise.  The API
keeps following Accept-Language, as its clients ask for it explicitly.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        if request.path.startswith("/api/"):
            super().process_request(request)
            return
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
