from django.contrib import admin

from ortakmasa.themes.models import Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin[Theme]):
    list_display = ["code", "name_tr", "name_en", "position"]
    search_fields = ["code", "name_tr", "name_en"]
