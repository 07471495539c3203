"""Reading numbers from query strings and forms without surprises.

``str.isdigit`` is true for superscripts and other Unicode digits that
``int`` refuses ("²"), and a string of ASCII digits can still be beyond the
64-bit integers databases store; ``is_id`` accepts neither, so a filter
either applies or is ignored, and never turns into a server error.
"""

from __future__ import annotations

#: The largest value of a 64-bit signed integer column (SQLite, PostgreSQL bigint).
MAX_DB_INT = 2**63 - 1


def is_id(value: object) -> bool:
    """Whether ``value`` is text of ASCII digits only, within the database's
    integer range."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= 19
        and value.isascii()
        and value.isdigit()
        and int(value) <= MAX_DB_INT
    )


def as_id(value: object) -> int | None:
    """``value`` as an integer when ``is_id``; otherwise None."""
    return int(value) if is_id(value) else None  # type: ignore[call-overload]


def as_int(value: object, default: int) -> int:
    """A small signed integer (a year, a count) from text; ``default`` when
    it is missing or not one."""
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    body = text[1:] if text[:1] in "+-" else text
    if not (is_id(body) and len(body) <= 9):
        return default
    return int(text)
