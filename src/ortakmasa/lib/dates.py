"""Small date rules shared by the apps."""

from __future__ import annotations

import datetime


def is_overdue(due_date: datetime.date | None, is_open: bool, today: datetime.date) -> bool:
    """An open item with a due date before ``today`` is overdue; a done or
    cancelled one, or one without a date, never is."""
    return is_open and due_date is not None and due_date < today
