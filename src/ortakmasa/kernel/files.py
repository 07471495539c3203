"""Uploaded files: one size limit and one way to hand a stored file back.

Attachments, evidence and documents are never served from a public media
folder: each app's view checks the policy first and then calls
``download``.
"""

from __future__ import annotations

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
