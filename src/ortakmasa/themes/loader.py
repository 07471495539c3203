"""Loads ``data/themes.json`` into the Theme table, idempotently."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.db import transaction

from ortakmasa.themes.models import Theme

THEMES_FILE = Path(__file__).resolve().parent.parent / "data" / "themes.json"


def read_themes(path: Path = THEMES_FILE) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    themes = data["themes"] if isinstance(data, dict) else data
    return list(themes)


@transaction.atomic
def load_themes(path: Path = THEMES_FILE) -> tuple[int, int]:
    """Returns (created, updated)."""
    created = updated = 0
    existing = {t.code: t for t in Theme.objects.all()}
    for position, item in enumerate(read_themes(path)):
        values = {
            "name_tr": item.get("label_tr") or item.get("name_tr") or item["label"],
            "name_en": item.get("label_en") or item.get("name_en") or item["code"],
            "position": position,
        }
        theme = existing.get(item["code"])
        if theme is None:
            Theme(code=item["code"], **values).save()
            created += 1
        elif any(getattr(theme, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(theme, k, v)
            theme.save()
            updated += 1
    return created, updated
