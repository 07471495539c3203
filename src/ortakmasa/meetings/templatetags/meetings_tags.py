"""``{{ item.error|import_error }}``: why a text could not be imported, in
the page's language.  The text engine and the importer report in English
for logs and the command line; the import page must not show that English
to a Turkish user (issue 12: "binary input: unsupported file format")."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext as _

register = template.Library()

# Ordered: the first prefix that matches names the message.
_MESSAGES = (
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
