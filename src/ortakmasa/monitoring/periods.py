"""Which periods are closed: a report is issued, and the command line
writes it, only once its period has ended."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone


class PeriodNotClosed(ValidationError):
    """The period has not ended yet (English message; pages translate)."""


def period_end(year: int, half: int = 0) -> datetime.date:
    """The last day of the first half (``half`` 1) or of the year."""
    return datetime.date(year, 6, 30) if half == 1 else datetime.date(year, 12, 31)


def is_closed(year: int, half: int = 0, today: datetime.date | None = None) -> bool:
    return (today or timezone.localdate()) > period_end(year, half)


def require_closed(year: int, half: int = 0, today: datetime.date | None = None) -> None:
    if not is_closed(year, half, today):
        what = f"the first half of {year}" if half == 1 else f"the year {year}"
        raise PeriodNotClosed(
            f"{what} is not closed yet: it ends on {period_end(year, half):%d.%m.%Y}; "
            "reports are written only for closed periods",
            code="not_closed",
        )
