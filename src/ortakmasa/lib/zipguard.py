"""Bounds on ZIP containers (XLSX, DOCX) read from the central directory,
before anything is inflated.

Python's ``zipfile`` never returns more bytes for an entry than the
directory declares (it cuts the stream there and fails the CRC check), so
bounding the declared sizes bounds what a parser can be made to inflate.
Pure Python, no Django: the text engine uses it too.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class ZipLimits:
    #: Sum of the inflated sizes of all entries.
    max_total: int = 64 * 1024 * 1024
    #: Inflated size of any one entry.
    max_entry: int = 32 * 1024 * 1024
    #: Inflated / compressed size, for entries over ``ratio_floor`` bytes.
    max_ratio: int = 200
    ratio_floor: int = 1024 * 1024
    max_entries: int = 2000


class ZipRefused(ValueError):
    """The archive is over a bound; ``reason`` is an English sentence for
    logs, ``code`` a short key the caller turns into its own message."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def open_bounded(data: bytes, limits: ZipLimits = ZipLimits()) -> zipfile.ZipFile:
    """The archive, after checking its directory against ``limits``.

    Raises ``ZipRefused`` (code ``not_zip``, ``entries``, ``entry``,
    ``total`` or ``ratio``).
    """
    if not data.startswith(ZIP_MAGIC):
        raise ZipRefused("not_zip", "not a ZIP archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ZipRefused("not_zip", f"broken ZIP archive: {exc}") from exc
    if len(infos) > limits.max_entries:
        raise ZipRefused("entries", f"{len(infos)} entries (limit {limits.max_entries})")
    total = 0
    for info in infos:
        if info.file_size > limits.max_entry:
            raise ZipRefused(
                "entry",
                f"{info.filename} inflates to {info.file_size} bytes (limit {limits.max_entry})",
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise ZipRefused(
                "ratio",
                f"{info.filename} inflates {info.file_size // max(info.compress_size, 1)} times "
                f"(limit {limits.max_ratio})",
            )
        total += info.file_size
        if total > limits.max_total:
            raise ZipRefused(
                "total", f"entries inflate to more than {limits.max_total} bytes in all"
            )
    return archive
