"""The ``ortakmasa`` command: the platform's manage.py.

``ortakmasa extract`` is dispatched before Django starts because the text
engine does not need it, and reading a folder of texts should not pay for
loading the whole platform.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and args[1] == "extract":
        from ortakmasa.textengine.cli import main as extract_main

        return extract_main(args[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
