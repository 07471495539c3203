"""Plain-text helpers for what users type into text areas."""

from __future__ import annotations

from typing import overload


def lines(text: str) -> list[str]:
    """The non-empty lines of a text typed one item per line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class LinesOf:
    """A read-only attribute listing the lines of the text field ``field``
    (a board meeting's ``members``, an activity area's ``services``)."""

    def __init__(self, field: str) -> None:
        self.field = field

    @overload
    def __get__(self, record: None, owner: type | None = None) -> LinesOf: ...
    @overload
    def __get__(self, record: object, owner: type | None = None) -> list[str]: ...
    def __get__(self, record: object | None, owner: type | None = None) -> LinesOf | list[str]:
        if record is None:
            return self
        return lines(getattr(record, self.field))
