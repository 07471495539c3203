"""Shared readings of the engine's output for the text-shape tests."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from ortakmasa.textengine.pipeline import extract


def fields_of(people: list[dict[str, Any]], keys: Iterable[tuple[str, str]]) -> dict:
    """What was read of each (person, field) asked for; ``None`` where nothing was."""
    by_name = {p["name"]: p for p in people}
    return {(name, field): by_name[name].get(field) for name, field in keys}


def people_fields(text: str, keys: Iterable[tuple[str, str]]) -> dict:
    """``fields_of`` the people the engine reads in ``text``."""
    return fields_of(extract(text)["people"], keys)


def names_in(text: str) -> set[str]:
    """The names of the people the engine reads in ``text``."""
    return {p["name"] for p in extract(text)["people"]}


def bodies_in(text: str) -> set[str]:
    """The names of the bodies the engine reads in ``text``."""
    return {i["name"] for i in extract(text)["institutions"]}


def posts(text: str, source: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Each person read in ``text``: (title, institution)."""
    got = extract(text, source=source) if source else extract(text)
    return {p["name"]: (p.get("title"), p.get("institution")) for p in got["people"]}


def quotes(text: str) -> list[tuple[str | None, str]]:
    """Each quote read in ``text``: (speaker, quoted text)."""
    return [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]


def speakers(text: str) -> dict[str, str | None]:
    """The speaker the engine gives each quoted text."""
    return {t: s for s, t in quotes(text)}


def load_tool(name: str) -> ModuleType:
    """A script of ``tools/`` imported as a module, for its tests."""
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(name, root / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# An invented text and its annotation, for tests that score the engine.
SAMPLE_TEXT = (
    "Kartal Belediye Başkanı Ali Veli, Pendik Belediye Başkanı Ayşe Kaya'yı makamında "
    'ziyaret etti. Veli, "Birlikte çalışmaya devam edeceğiz" dedi.\n'
)
SAMPLE_GOLD: dict[str, Any] = {
    "source": "001_ornek.txt",
    "date": None,
    "people": [
        {
            "name": "Ali Veli",
            "title": "Belediye Başkanı",
            "unit": None,
            "institution": "Kartal Belediyesi",
            "party": None,
        },
        {
            "name": "Ayşe Kaya",
            "title": "Belediye Başkanı",
            "unit": None,
            "institution": "Pendik Belediyesi",
            "party": None,
        },
    ],
    "institutions": ["Kartal Belediyesi", "Pendik Belediyesi"],
    "quotes": [{"speaker": "Ali Veli", "text": "Birlikte çalışmaya devam edeceğiz"}],
    "events": [{"kind": "visit", "host": "Pendik Belediyesi"}],
    "topics": [],
}
