"""Uploaded files: one content check, one attached-file model, one naming
rule and one way to hand a stored file back.

Attachments, evidence and documents are never served from a public media
folder: each app's view checks the policy first and then calls
``download``.  Every attached file is a subclass of :class:`AttachedFile`;
its ``ALLOWED`` list says what it accepts and its ``save`` refuses anything
else, whichever form, service or API wrote it.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, ClassVar

from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.db import models
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from ortakmasa.kernel.models import user_reference

#: The largest file a user may upload (attachments, evidence, documents).
MAX_UPLOAD_BYTES = 20 * 1024 * 1024

#: Read this much of a file to recognise it (zip files are opened whole).
HEAD = 8192


def download(stored: FieldFile, name: str = "") -> FileResponse:
    """The stored file as a download under ``name`` (else its stored name);
    404 when the file is gone from storage."""
    try:
        handle = stored.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    filename = name or (stored.name or "").rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=True, filename=filename)


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

#: Control bytes never found in text people write.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}

#: The media type stored for each kind (told from content, never from the
#: browser's claim).
MEDIA_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odf": "application/vnd.oasis.opendocument",
    "zip": "application/zip",
    "ole": "application/x-ole-storage",
    "text": "text/plain",
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


def _zip_kind(data: BinaryIO) -> str:
    try:
        with zipfile.ZipFile(data) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
                    if any(n.startswith(prefix) for n in names):
                        return kind
            elif "mimetype" in names:
                mime = archive.read("mimetype")[:100].decode("ascii", "replace")
                if mime.startswith("application/vnd.oasis.opendocument."):
                    return "odf"
    except (zipfile.BadZipFile, OSError, KeyError):
        pass
    return "zip"


def kind_of(data: BinaryIO) -> str:
    """The kind of an open file, rewound afterwards: :func:`sniff`'s kinds,
    with zip archives told apart (``docx``, ``xlsx``, ``pptx``, ``odf``) and
    text that is a web page or program (``html``) or holds control bytes
    (``binary``) set aside."""
    data.seek(0)
    head = data.read(HEAD)
    try:
        kind = sniff(head)
        if kind == "zip":
            data.seek(0)
            return _zip_kind(data)
        if kind == "text":
            if any(b in _CONTROL for b in head):
                return "binary"
            lowered = head.lstrip()[:20].lower()
            if lowered.startswith((b"<!doctype html", b"<html", b"<script", b"<?xml", b"<svg")):
                return "html"
        return kind
    finally:
        data.seek(0)


_DOCUMENT_KINDS = frozenset({"pdf", "docx", "xlsx", "pptx", "odf", "png", "jpeg", "gif", "webp"})


@dataclass(frozen=True)
class Allowed:
    """What one use accepts: the kinds by content, and whether the name's
    ending must agree with the content (``endings``: ending → kinds)."""

    kinds: frozenset[str]
    endings: Mapping[str, frozenset[str]] = field(default_factory=dict)
    max_bytes: int = MAX_UPLOAD_BYTES
    #: Why a kind outside ``kinds`` is refused (English msgid, per kind or
    #: under "" for any other).
    reasons: Mapping[str, str] = field(default_factory=dict)


#: Attachments of meetings, proposals and cooperations: the name's ending
#: says what the file is, and the content must agree.
ATTACHMENTS = Allowed(
    kinds=_DOCUMENT_KINDS | {"zip", "ole", "text"},
    endings={
        "pdf": frozenset({"pdf"}),
        "docx": frozenset({"zip", "docx"}),
        "xlsx": frozenset({"zip", "xlsx"}),
        "pptx": frozenset({"zip", "pptx"}),
        "odt": frozenset({"zip", "odf"}),
        "ods": frozenset({"zip", "odf"}),
        "odp": frozenset({"zip", "odf"}),
        "zip": frozenset({"zip", "docx", "xlsx", "pptx", "odf"}),
        "doc": frozenset({"ole"}),
        "xls": frozenset({"ole"}),
        "ppt": frozenset({"ole"}),
        "png": frozenset({"png"}),
        "jpg": frozenset({"jpeg"}),
        "jpeg": frozenset({"jpeg"}),
        "gif": frozenset({"gif"}),
        "webp": frozenset({"webp"}),
        "txt": frozenset({"text", "html"}),
        "csv": frozenset({"text"}),
    },
)

#: Evidence of a monitoring value: judged by content alone; archives, old
#: Office files, web pages and programs are refused whatever their name.
EVIDENCE = Allowed(
    kinds=_DOCUMENT_KINDS | {"text"},
    reasons={
        "zip": gettext_noop(
            "archives are not accepted as evidence; upload the documents themselves"
        ),
        "": gettext_noop(
            "accepted evidence: PDF, Word/Excel/PowerPoint, OpenDocument, PNG/JPEG/GIF/WebP "
            "images or plain text"
        ),
    },
)

#: Kept for callers that list the accepted endings.
ACCEPTED = ATTACHMENTS.endings


def _handle(upload: Any) -> BinaryIO:
    handle = getattr(upload, "file", upload)
    if isinstance(handle, bytes):
        return io.BytesIO(handle)
    return handle


def check_upload(upload: Any, allowed: Allowed = ATTACHMENTS, *, max_bytes: int = 0) -> str:
    """The kind of an uploaded file, or a ``ValidationError`` with a
    message for the form: too large, empty, an ending ``allowed`` does not
    take, content that is not what its name says (a program renamed
    ``.pdf``), or a kind ``allowed`` does not take."""
    name = os.path.basename(str(getattr(upload, "name", "") or ""))
    limit = max_bytes or allowed.max_bytes
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise ValidationError(
            _("“%(name)s” is larger than %(mb)d MB.") % {"name": name, "mb": limit // (1024 * 1024)}
        )
    if size == 0:
        raise ValidationError(
            _("%(name)s was not accepted: %(reason)s.")
            % {"name": name or _("the file"), "reason": _("the file is empty")}
        )
    ending = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    expected = allowed.endings.get(ending)
    if allowed.endings and expected is None:
        raise ValidationError(
            _("“%(name)s”: accepted files are %(endings)s.")
            % {"name": name, "endings": ", ".join(sorted(allowed.endings))}
        )
    kind = kind_of(_handle(upload))
    if expected is not None and kind not in expected:
        raise ValidationError(
            _("The content of “%(name)s” is not a .%(ending)s file.")
            % {"name": name, "ending": ending}
        )
    if kind not in allowed.kinds:
        reason = allowed.reasons.get(kind) or allowed.reasons.get("")
        raise ValidationError(
            _("%(name)s was not accepted: %(reason)s.")
            % {"name": name or _("the file"), "reason": _(reason) if reason else kind}
        )
    return kind


def _digest(handle: BinaryIO) -> tuple[str, int]:
    """SHA-256 and size of an open file, rewound afterwards."""
    handle.seek(0)
    digest = hashlib.sha256()
    size = 0
    while chunk := handle.read(1 << 16):
        digest.update(chunk)
        size += len(chunk)
    handle.seek(0)
    return digest.hexdigest(), size


def stored_name(filename: str) -> str:
    """The one naming rule for stored files: the base name, made safe for
    every storage (letters, digits, dots, dashes; spaces become ``_``)."""
    try:
        return get_valid_filename(os.path.basename(filename))
    except SuspiciousFileOperation:
        return "file"


def upload_path(instance: AttachedFile, filename: str) -> str:
    """``<folder of the owner>/<safe name>``; the storage adds a suffix when
    the name is taken, so no upload overwrites another."""
    return f"{instance.folder()}/{stored_name(filename)}"


class AttachedFile(models.Model):
    """A file attached to a record: the same fields for every kind of
    attachment, filled from the upload's content when it is saved."""

    title = models.CharField(gettext_lazy("title"), max_length=255, blank=True)
    file = models.FileField(gettext_lazy("file"), upload_to=upload_path, max_length=255)
    original_name = models.CharField(
        gettext_lazy("original name"), max_length=255, blank=True, editable=False
    )
    content_type = models.CharField(
        gettext_lazy("content type"), max_length=100, blank=True, editable=False
    )
    size = models.PositiveBigIntegerField(gettext_lazy("size"), default=0, editable=False)
    sha256 = models.CharField(max_length=64, blank=True, editable=False)
    uploaded_by = user_reference(blank=True, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    #: What this kind of attachment accepts.
    ALLOWED: ClassVar[Allowed] = ATTACHMENTS
    #: The foreign key naming the record the file belongs to (``meeting``):
    #: its files are stored under ``<app>/<that record's id>``.
    OWNER: ClassVar[str] = ""
    #: Another place, as a template filled from the record
    #: (``"monitoring/{0.value_id}"``).
    FOLDER: ClassVar[str] = ""

    class Meta:
        abstract = True
        ordering = ["uploaded_at", "id"]
        verbose_name = gettext_lazy("attachment")
        verbose_name_plural = gettext_lazy("attachments")

    def __str__(self) -> str:
        return self.title or self.original_name or (self.file.name or "").rsplit("/", 1)[-1]

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The one place the content check is enforced: a form, a service
        # or the admin all come through here before the file is stored.
        self.check_file()
        super().save(*args, **kwargs)

    def folder(self) -> str:
        """Where this record's files are stored, e.g. ``meetings/12``."""
        if self.FOLDER:
            return self.FOLDER.format(self)
        if not self.OWNER:
            raise NotImplementedError(f"{type(self).__name__} names no OWNER")
        return f"{self._meta.app_label}/{getattr(self, f'{self.OWNER}_id')}"

    def _new_upload(self) -> bool:
        return bool(self.file) and not getattr(self.file, "_committed", True)

    def check_file(self) -> None:
        """Refuses a new upload this kind of attachment does not accept and
        records what it is: name, media type, size and checksum."""
        if not self._new_upload():
            return
        upload = self.file.file
        if getattr(self, "_checked", None) is upload:
            return
        kind = check_upload(upload, self.ALLOWED)
        self.original_name = os.path.basename(str(getattr(upload, "name", "") or ""))[:255]
        self.content_type = MEDIA_TYPES.get(kind, "application/octet-stream")
        self.sha256, self.size = _digest(_handle(upload))
        self._checked = upload

    def clean_fields(self, exclude: Any = None) -> None:
        errors: dict[str, list[str]] = {}
        try:
            super().clean_fields(exclude)
        except ValidationError as exc:
            errors = exc.message_dict
        if not exclude or "file" not in exclude:
            try:
                self.check_file()
            except ValidationError as exc:
                errors.setdefault("file", []).extend(exc.messages)
        if errors:
            raise ValidationError(errors)

    def download(self) -> FileResponse:
        """The file under the name it was uploaded with."""
        return download(self.file, self.original_name)


def backfill(model: type[models.Model]) -> None:
    """Fills name, media type, size and checksum of files stored before
    these fields existed (a data migration's step; files missing from
    storage keep empty values)."""
    for row in model._default_manager.exclude(file="").filter(sha256=""):
        stored = row.file  # type: ignore[attr-defined]
        row.original_name = os.path.basename(stored.name or "")[:255]  # type: ignore[attr-defined]
        try:
            handle = stored.open("rb")
        except (FileNotFoundError, OSError):
            row.save(update_fields=["original_name"])
            continue
        with handle:
            row.sha256, row.size = _digest(handle)  # type: ignore[attr-defined]
            kind = kind_of(handle)
        row.content_type = MEDIA_TYPES.get(kind, "application/octet-stream")  # type: ignore[attr-defined]
        row.save(update_fields=["original_name", "sha256", "size", "content_type"])


def attached(form: Any, user: Any, **owner: Any) -> AttachedFile:
    """A valid upload form's file, set on its owner (``meeting=…``) as
    uploaded by ``user``, once the policy lets ``user`` add it; unsaved, so
    the caller saves it with whatever goes with it."""
    from ortakmasa.kernel.policy import Action, require

    item: AttachedFile = form.save(commit=False)
    for name, value in owner.items():
        setattr(item, name, value)
    item.uploaded_by = user if getattr(user, "is_authenticated", False) else None
    require(user, Action.ADD, item)
    return item
