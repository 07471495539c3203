"""``ortakmasa meeting_tallies --rebuild``: count the meeting lists' totals
and the campaigns' coverage again from the meetings (after a bulk load that
bypassed the upkeep, or to check it with ``--check``)."""

from __future__ import annotations

from ortakmasa.kernel.kept import KeptFiguresCommand
from ortakmasa.meetings import tallies


class Command(KeptFiguresCommand):
    help = "Rebuild (or check) the meeting figures kept on write."
    what = "the kept meeting figures"

    def differences(self) -> list[str]:
        return tallies.check()

    def rebuild(self) -> str:
        done = tallies.rebuild()
        return (
            f"{done['meetings']} meetings under {done['keys']} totals, "
            f"{done['campaigns']} campaigns"
        )
