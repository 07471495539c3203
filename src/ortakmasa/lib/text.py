"""Plain-text helpers for what users type into text areas."""

from __future__ import annotations


def lines(text: str) -> list[str]:
    """The non-empty lines of a text typed one item per line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]
