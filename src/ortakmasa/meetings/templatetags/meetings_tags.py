"""``{{ item.error|import_error }}``: why a text could not be imported, in
the page's language.  The text engine and the importer report in English
for logs and the command line; the import page must not show that English
to a Turkish user (issue 12: "binary input: unsupported file format")."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext as _

register = template.Library()

# Ordered: the first prefix that matches names the message.
_MESSAGES = (
    ("refused archive", "bomb"),
    ("binary input: unsupported file format", "unsupported"),
    ("binary input: broken ZIP", "broken_zip"),
    ("binary input: a ZIP archive that is not DOCX", "zip_not_docx"),
    ("binary input", "binary"),
    ("unreadable DOCX", "docx"),
    ("unreadable HTML", "html"),
    ("empty input", "empty"),
    ("too large", "large"),
    ("no meeting found", "no_meeting"),
)


def _text(code: str) -> str:
    texts = {
        "bomb": _("The archive would unpack to far more than a document holds and was refused."),
        "unsupported": _("The file is not a text we can read (PDF, image or old Office file)."),
        "broken_zip": _("The file is a damaged archive."),
        "zip_not_docx": _("The file is an archive but not a Word (.docx) document."),
        "binary": _("The file is not a text file."),
        "docx": _("The Word document could not be read."),
        "html": _("The web page could not be read."),
        "empty": _("The file is empty."),
        "large": _("The file is too large."),
        "no_meeting": _("No meeting was found in the text."),
    }
    return texts[code]


@register.filter
def import_error(error: str | None) -> str:
    if not error:
        return ""
    for prefix, code in _MESSAGES:
        if error.startswith(prefix):
            return _text(code)
    return _("The text could not be imported.")


def _warning_text(code: str, count: int) -> str:
    if code == "mojibake":
        return _(
            "Some letters of this text had been saved in the wrong encoding "
            "(such as “Ä°” for “İ”); %(n)d places were corrected. Check names against "
            "the original."
        ) % {"n": count}
    if code == "mixed_encoding":
        return _(
            "This file mixes two encodings (UTF-8 and Windows-1254); each part was "
            "read in its own encoding."
        )
    if code == "lost_letters":
        return _(
            "%(n)d letters of this text had been replaced by “?” before it reached "
            "us and cannot be restored (such as “Ba?kan”). Correct names and words "
            "from the original."
        ) % {"n": count}
    return _("This text has an encoding problem; check it against the original.")


@register.simple_tag
def encoding_warnings(document: Any) -> list[str]:
    """The encoding warnings the text engine recorded for a source
    document, in the page's language (the record's messages are English)."""
    extraction = getattr(document, "extraction", None) or {}
    out = []
    for item in extraction.get("warnings") or []:
        if not isinstance(item, dict):
            continue
        try:
            count = int(item.get("count") or 0)
        except (TypeError, ValueError):
            count = 0
        out.append(_warning_text(str(item.get("code", "")), count))
    return out
