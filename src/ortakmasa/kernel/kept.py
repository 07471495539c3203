"""Figures kept on write: what the network index, the meeting tallies and
the monitoring's yearly figures share.

Each of them lets writers *mark* what they changed inside the writing
transaction and counts the marks once, right after the commit, then bumps
the pages' cache generations; each can be rebuilt from scratch and checked
against such a rebuild (``ortakmasa <command> --rebuild | --check``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction


class Marks(Protocol):
    def after_commit(self) -> None: ...


M = TypeVar("M", bound=Marks)


def marks_of(conn: Any, attr: str, make: Callable[[M | None], M]) -> M:
    """The marks of ``conn``'s open transaction, kept on the connection under
    ``attr``, with their commit callback registered once.

    A rolled-back savepoint or transaction drops its commit callbacks: what
    was marked is carried into new marks (counting a record again is
    harmless) and the callback is registered anew.  The callback is robust:
    the write is committed by then, so a failed recount is logged and found
    by the ``--check`` of its command rather than turning a saved change into
    an error page."""
    found: M | None = getattr(conn, attr, None)
    if found is None or not any(entry[1] == found.after_commit for entry in conn.run_on_commit):
        found = make(found)
        setattr(conn, attr, found)
        transaction.on_commit(found.after_commit, robust=True)
    return found


def differences_from_rebuild(
    snapshot: Callable[[], dict[str, Any]], rebuild: Callable[[], object]
) -> list[str]:
    """The parts of ``snapshot()`` that differ after ``rebuild()``; the
    rebuild is rolled back, so checking changes nothing."""
    stored = snapshot()

    class _Rollback(Exception):
        pass

    rebuilt: dict[str, Any] = {}
    try:
        with transaction.atomic():
            rebuild()
            rebuilt.update(snapshot())
            raise _Rollback
    except _Rollback:
        pass
    return [name for name in stored if stored[name] != rebuilt[name]]


class KeptFiguresCommand(BaseCommand):
    """``--rebuild`` counts the figures again from the records (after a bulk
    load that bypassed the upkeep); ``--check`` compares them with a rebuild
    and fails when they differ."""

    #: What the figures are, for the messages ("the stored network").
    what = "the kept figures"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rebuild", action="store_true", help="Count everything again.")
        parser.add_argument(
            "--check",
            action="store_true",
            help=f"Compare {self.what} with a rebuild, inside a transaction rolled back.",
        )

    def differences(self) -> list[str]:
        raise NotImplementedError

    def rebuild(self) -> str:
        """Rebuilds; returns what was done, for the log line."""
        raise NotImplementedError

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"]:
            differences = self.differences()
            if differences:
                raise CommandError(f"Not the same as a rebuild: {self.what} ({differences}).")
            self.stdout.write(f"The same as a rebuild: {self.what}.")
            return
        if not options["rebuild"]:
            raise CommandError("Say --rebuild or --check.")
        started = time.perf_counter()
        done = self.rebuild()
        self.stdout.write(f"Rebuilt: {done}, {time.perf_counter() - started:.1f} s.")
