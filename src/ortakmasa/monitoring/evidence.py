"""Which evidence files are accepted: judged by their content, never by
their name.  Documents (PDF, Word/Excel/PowerPoint of Office Open XML,
OpenDocument), images (PNG, JPEG, GIF, WebP) and plain text (UTF-8 text
and CSV) are allowed; anything else — executables, archives, HTML, files
whose name claims a type their bytes do not have — is refused."""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO

from django.utils.translation import gettext_noop

from ortakmasa.kernel.files import MAX_UPLOAD_BYTES

#: Read this much of a file to recognise it (zip files are opened whole).
HEAD = 8192


class Refused(ValueError):
    """The file is not an accepted evidence type (English message)."""


def _zip_kind(data: BinaryIO) -> str | None:
    try:
        with zipfile.ZipFile(data) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
                    if any(n.startswith(prefix) for n in names):
                        return kind
                return None
            if "mimetype" in names:
                mime = archive.read("mimetype")[:100].decode("ascii", "replace")
                if mime.startswith("application/vnd.oasis.opendocument."):
                    return "odf"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


#: Control bytes never found in text people write.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}


def _text_kind(head: bytes) -> str | None:
    if any(b in _CONTROL for b in head):
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the head is still text.
        if exc.start < len(head) - 4:
            return None
        text = head[: exc.start].decode("utf-8")
    lowered = text.lstrip().lower()
    if lowered.startswith(("<!doctype html", "<html", "<script", "<?xml", "<svg")):
        return None
    return "text"


def kind_of(data: BinaryIO) -> str:
    """The accepted kind of ``data`` (rewound afterwards) or ``Refused``."""
    data.seek(0)
    head = data.read(HEAD)
    data.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return "pdf"
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return "png"
        if head.startswith(b"\xff\xd8\xff"):
            return "jpeg"
        if head.startswith((b"GIF87a", b"GIF89a")):
            return "gif"
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return "webp"
        if head.startswith(b"PK\x03\x04"):
            found = _zip_kind(data)
            if found:
                return found
            raise Refused(
                gettext_noop(
                    "archives are not accepted as evidence; upload the documents themselves"
                )
            )
        if head and _text_kind(head):
            return "text"
    finally:
        data.seek(0)
    raise Refused(
        gettext_noop(
            "accepted evidence: PDF, Word/Excel/PowerPoint, OpenDocument, PNG/JPEG/GIF/WebP "
            "images or plain text"
        )
    )


def check(file: object) -> str:
    """Checks an uploaded file's size and content; returns its kind."""
    size = getattr(file, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise Refused(gettext_noop("the file is larger than 20 MB"))
    if size == 0:
        raise Refused(gettext_noop("the file is empty"))
    handle = getattr(file, "file", file)
    if isinstance(handle, bytes):
        handle = io.BytesIO(handle)
    return kind_of(handle)  # type: ignore[arg-type]
