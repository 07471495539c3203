"""Shared readings of the engine's output for the text-shape tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ortakmasa.textengine.pipeline import extract


def fields_of(people: list[dict[str, Any]], keys: Iterable[tuple[str, str]]) -> dict:
    """What was read of each (person, field) asked for; ``None`` where nothing was."""
    by_name = {p["name"]: p for p in people}
    return {(name, field): by_name[name].get(field) for name, field in keys}


def people_fields(text: str, keys: Iterable[tuple[str, str]]) -> dict:
    """``fields_of`` the people the engine reads in ``text``."""
    return fields_of(extract(text)["people"], keys)
