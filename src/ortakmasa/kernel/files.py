"""Uploaded files: one size limit and one way to hand a stored file back.

Attachments, evidence and documents are never served from a public media
folder: each app's view checks the policy first and then calls
``download``.
"""

from __future__ import annotations

from typing import Any

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404

#: The largest file a user may upload (attachments, evidence, documents).
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def download(stored: FieldFile) -> FileResponse:
    """The stored file as a download under its own name; 404 when the file
    is gone from storage."""
    try:
        handle = stored.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    return FileResponse(handle, as_attachment=True, filename=(stored.name or "").rsplit("/", 1)[-1])


#: What a stored file may be, told from its first bytes.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
]
#: The kinds each accepted file name ending must carry.
ACCEPTED: dict[str, set[str]] = {
    "pdf": {"pdf"},
    "docx": {"zip"},
    "xlsx": {"zip"},
    "pptx": {"zip"},
    "odt": {"zip"},
    "ods": {"zip"},
    "odp": {"zip"},
    "zip": {"zip"},
    "doc": {"ole"},
    "xls": {"ole"},
    "ppt": {"ole"},
    "png": {"png"},
    "jpg": {"jpeg"},
    "jpeg": {"jpeg"},
    "gif": {"gif"},
    "webp": {"webp"},
    "txt": {"text"},
    "csv": {"text"},
}


def sniff(head: bytes) -> str:
    """The kind of a file from its first bytes: one of the kinds above,
    ``webp``, ``text`` or ``binary``."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if b"\x00" in head:
        return "binary"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte letter cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            try:
                head.decode("cp1254")
            except UnicodeDecodeError:
                return "binary"
    return "text"


def check_upload(upload: Any, *, max_bytes: int = MAX_UPLOAD_BYTES) -> None:
    """Refuses a file over ``max_bytes`` or whose content is not what its
    name says (a program renamed ``.pdf``), with a message for the form."""
    from django import forms
    from django.utils.translation import gettext as _

    name = str(getattr(upload, "name", "") or "")
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("“%(name)s” is larger than %(mb)d MB.")
            % {"name": name, "mb": max_bytes // (1024 * 1024)}
        )
    ending = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    expected = ACCEPTED.get(ending)
    if expected is None:
        raise forms.ValidationError(
            _("“%(name)s”: accepted files are %(endings)s.")
            % {"name": name, "endings": ", ".join(sorted(ACCEPTED))}
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    if sniff(head) not in expected:
        raise forms.ValidationError(
            _("The content of “%(name)s” is not a .%(ending)s file.")
            % {"name": name, "ending": ending}
        )
