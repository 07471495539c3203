"""``ortakmasa network_index --rebuild``: count the cooperation network's
pairs, weights and totals again from the meetings, cooperations and projects
(after a bulk load that bypassed the upkeep, or to check it with
``--check``)."""

from __future__ import annotations

from ortakmasa.cooperation import network_index
from ortakmasa.kernel.kept import KeptFiguresCommand


class Command(KeptFiguresCommand):
    help = "Rebuild (or check) the cooperation network kept on write."
    what = "the stored network"

    def differences(self) -> list[str]:
        return network_index.check()

    def rebuild(self) -> str:
        done = network_index.rebuild()
        return f"{done['pairs']} pairs in {done['views']} views"
