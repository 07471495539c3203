"""Charts of ``lib.charts`` as PNG images for the Word and PDF reports.

The SVG the pages show is rasterised with resvg (the ``resvg-py`` wheel
from PyPI, a self-contained Rust library: no Cairo, no browser, no system
packages), with fonts given explicitly — Roboto from the ``font-roboto``
package, plus Debian's DejaVu Sans when it is there for the ✓ ✗ status
symbols Roboto lacks — so the image is the same on every machine and
needs nothing from the network.  The PDF embeds the same PNG as the Word
file, so both documents show one and the same picture.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ortakmasa.lib.charts import Chart

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@cache
def _fonts() -> tuple[str, ...]:
    files: list[str] = []
    try:
        import font_roboto  # type: ignore[import-untyped]

        folder = Path(font_roboto.__file__).parent / "files"
        files += [str(folder / n) for n in ("Roboto-Regular.ttf", "Roboto-Bold.ttf")]
    except ImportError:  # pragma: no cover - font-roboto is a dependency
        pass
    if DEJAVU.exists():
        files.append(str(DEJAVU))
    return tuple(f for f in files if Path(f).exists())


def svg_to_png(svg: str, zoom: float = 2.0) -> bytes:
    """The SVG as PNG bytes, ``zoom`` times its own size (2 = print-sharp)."""
    import resvg_py

    fonts = _fonts()
    png: bytes = resvg_py.svg_to_bytes(
        svg_string=svg,
        zoom=zoom,
        background="#ffffff",
        skip_system_fonts=bool(fonts),
        font_files=list(fonts) or None,
        font_family="Roboto",
        sans_serif_family="Roboto",
    )
    return bytes(png)


def chart_png(chart: Chart, zoom: float = 2.0) -> bytes:
    return svg_to_png(chart.svg, zoom)
