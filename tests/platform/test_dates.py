"""Shared date rules (ortakmasa.lib.dates)."""

import datetime

from ortakmasa.lib.dates import is_overdue

TODAY = datetime.date(2026, 11, 21)


def test_open_item_past_its_date_is_overdue() -> None:
    assert is_overdue(datetime.date(2026, 11, 20), True, TODAY)


def test_due_today_is_not_overdue() -> None:
    assert not is_overdue(TODAY, True, TODAY)


def test_closed_or_undated_items_are_never_overdue() -> None:
    assert not is_overdue(datetime.date(2026, 11, 20), False, TODAY)
    assert not is_overdue(None, True, TODAY)
