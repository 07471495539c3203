"""The shared theme taxonomy.

One list of themes (disaster and earthquake, transport, energy, …) that
meetings, proposals, plans and cooperations all tag with.  It is defined in
``ortakmasa/data/themes.json``, which the text engine reads too, so a theme
found in a text and a theme chosen in a form are the same row.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ortakmasa.lib.turkish import sort_key


class Theme(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name_tr = models.CharField(_("Turkish name"), max_length=120)
    name_en = models.CharField(_("English name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    sort_key = models.CharField(max_length=300, editable=False, default="")

    class Meta:
        ordering = ["sort_key"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.sort_key = sort_key(self.name_tr)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "tr").startswith("en") else self.name_tr
