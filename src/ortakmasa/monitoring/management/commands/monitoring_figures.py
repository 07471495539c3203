"""``ortakmasa monitoring_figures --rebuild``: compute every plan's yearly
achievement figures again (after a bulk load that bypassed the upkeep, or
after the migration that added them), or compare them with ``--check``."""

from __future__ import annotations

from ortakmasa.kernel.kept import KeptFiguresCommand
from ortakmasa.monitoring import yearly


class Command(KeptFiguresCommand):
    help = "Rebuild (or check) the plans' yearly achievement figures kept on write."
    what = "the plans' stored yearly figures"

    def differences(self) -> list[str]:
        return yearly.check()

    def rebuild(self) -> str:
        return f"{yearly.rebuild()} figures"
