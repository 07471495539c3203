"""Turning bytes into text: encodings, HTML pages, DOCX files.

Nothing here raises on bad input: every problem comes back as
``Decoded.error`` so that a batch goes on past a broken file.

Limit: inputs over ``MAX_BYTES`` (8 MiB) are refused; a press release or a
set of council minutes is far below that, and anything larger is almost
certainly not one document.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from ortakmasa.lib.zipguard import ZipLimits, ZipRefused, open_bounded

from .encoding import MIXED_ENCODING, check_text, decode_mixed, warning

MAX_BYTES = 8 * 1024 * 1024

# Bytes 0x80-0x9F are printable in windows-1254 (quotes, Š, Ÿ, …) but C1
# control codes in ISO-8859-9; the Turkish letters themselves sit at the
# same places in both.
_C1 = re.compile(rb"[\x80-\x9f]")
_TURKISH_8BIT = re.compile(rb"[\xd0\xdd\xde\xf0\xfd\xfe\xc7\xe7\xd6\xf6\xdc\xfc]")
_HTML_RE = re.compile(r"^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)|<body[\s>]", re.I)


#: ``Decoded.encoding`` of a file that is part UTF-8, part windows-1254.
MIXED = "utf-8+windows-1254"

#: What a DOCX may inflate to: minutes are far below this.  The same
#: bounds hold in the import form, ``ortakmasa import`` and ``ortakmasa
#: extract``, so a ZIP bomb is refused before python-docx inflates it.
DOCX_LIMITS = ZipLimits(max_total=48 * 1024 * 1024, max_entry=32 * 1024 * 1024)

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass
class Decoded:
    text: str | None
    kind: str = "text"
    encoding: str | None = None
    error: str | None = None
    title: str | None = None
    date: str | None = None
    #: encoding problems found and what was done (see ``encoding.warning``)
    warnings: list[dict[str, Any]] = field(default_factory=list)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_RE.findall(text)) / len(text)


def decode_text(data: bytes) -> tuple[str | None, str | None, str | None]:
    """Decode plain-text bytes; returns (text, encoding, error)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return None, None, "undecodable: broken UTF-16"
    if b"\x00" in data[:4096]:
        return None, None, "binary input: NUL bytes in the first 4 KiB"
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        mixed = decode_mixed(data)
        if mixed is not None:
            text, encoding = mixed, MIXED
        elif _C1.search(data):
            try:
                text = data.decode("cp1254")
                encoding = "windows-1254"
            except UnicodeDecodeError:
                return None, None, "undecodable: neither UTF-8 nor windows-1254"
        else:
            text = data.decode("iso-8859-9")
            # The two code pages agree on every Turkish letter; say which
            # one the bytes are compatible with rather than pretend to know.
            encoding = "iso-8859-9" if _TURKISH_8BIT.search(data) else "latin"
    if _control_ratio(text) > 0.02:
        return None, None, "undecodable: too many control characters"
    return text, encoding, None


def _docx_text(data: bytes) -> Decoded:
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a broken DOCX must not stop the batch
        return Decoded(None, "docx", error=f"unreadable DOCX: {type(exc).__name__}")
    parts: list[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip() for cell in row.cells))
    title = None
    try:
        title = document.core_properties.title or None
    except Exception:  # metadata is optional
        title = None
    return Decoded("\n\n".join(p for p in parts if p.strip()), "docx", "docx", title=title)


_JUNK_HINT = re.compile(
    r"share|social|paylas|sosyal|advert|reklam|\bads?\b|ad-|banner|menu|breadcrumb|comment|yorum"
    r"|related|ilgili|cookie|cerez|newsletter|sidebar|footer|header|navbar|\bnav\b|tags|etiket"
    r"|popup|modal|widget|sponsor|manset-alt|most-read|print",
    re.I,
)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "nav",
    "header",
    "footer",
    "aside",
    "button",
    "select",
    "svg",
    "figure",
    "template",
)
_BLOCKS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "br",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
)
_META_DATE = (
    "article:published_time",
    "datePublished",
    "pubdate",
    "publish-date",
    "date",
    "og:published_time",
    "dc.date",
)


def html_to_text(markup: str) -> Decoded:
    """Main text of an HTML page, without page furniture.

    Prefers the ``<article>`` (or ``<main>``) element when the page has
    one; drops scripts, navigation, share bars, adverts and comment blocks
    by tag and by class/id names.
    """
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.document_fromstring(markup)
    except Exception as exc:  # lxml refuses some broken pages
        return Decoded(None, "html", error=f"unreadable HTML: {type(exc).__name__}")
    date = _html_date(root)
    title = _html_title(root)
    _drop_furniture(root)
    body = root
    for tag in (".//article", ".//main", ".//body"):
        found = root.find(tag)
        if found is not None:
            body = found
            break
    # h1 inside the article duplicates the title the pipeline puts first.
    for h in list(body.iter("h1")):
        if h.getparent() is not None and title and h.text_content().strip() == title:
            h.drop_tree()
    for el in body.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n\n" + (el.text or "")
    text = etree.tostring(body, method="text", encoding="unicode") or ""
    return Decoded(text, "html", title=title, date=date)


def _html_date(root: Any) -> str | None:
    """The publication date from the page's metadata or a <time>."""
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if key in _META_DATE and meta.get("content"):
            return str(meta.get("content", ""))[:10]
    for t in root.iter("time"):
        if t.get("datetime"):
            return str(t.get("datetime", ""))[:10]
    return None


def _html_title(root: Any) -> str | None:
    for path in (".//h1", ".//title"):
        el = root.find(path)
        title = el.text_content().strip() if el is not None else None
        if title:
            return str(title)
    return None


def _drop_furniture(root: Any) -> None:
    """Scripts, navigation, share bars, adverts, comments: by tag, then by
    class or id names (never the page's body or article itself)."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        hint = f"{el.get('class', '')} {el.get('id', '')}"
        if (
            hint.strip()
            and _JUNK_HINT.search(hint)
            and el.tag not in ("body", "html", "article", "main")
        ):
            el.drop_tree()


def decode(data: bytes) -> Decoded:
    """Decode any supported input: text in UTF-8/windows-1254/ISO-8859-9,
    HTML, or DOCX.  The format is told from the bytes, not a file name."""
    if not data or not data.strip():
        return Decoded(None, error="empty input")
    if len(data) > MAX_BYTES:
        return Decoded(None, error=f"too large: {len(data)} bytes (limit {MAX_BYTES})")
    if data.startswith(b"PK\x03\x04"):
        try:
            with open_bounded(data, DOCX_LIMITS) as archive:
                names = archive.namelist()
        except ZipRefused as exc:
            if exc.code == "not_zip":
                return Decoded(None, error="binary input: broken ZIP archive")
            return Decoded(None, error=f"refused archive: {exc.reason}")
        if "word/document.xml" in names:
            return with_checks(_docx_text(data))
        return Decoded(None, error="binary input: a ZIP archive that is not DOCX")
    if data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0")):
        return Decoded(
            None, error="binary input: unsupported file format (PDF, image or old Office)"
        )
    text, encoding, error = decode_text(data)
    if text is None:
        return Decoded(None, error=error)
    if _HTML_RE.search(text[:4096]):
        out = html_to_text(text)
        out.encoding = encoding
    else:
        out = Decoded(text, "text", encoding)
    if encoding == MIXED:
        out.warnings.append(warning(MIXED_ENCODING, 1))
    return with_checks(out)


def with_checks(decoded: Decoded) -> Decoded:
    """Repairs mojibake in the decoded text (and title) and records what
    was found."""
    if decoded.text is not None:
        decoded.text, found = check_text(decoded.text)
        decoded.warnings += found
    if decoded.title:
        decoded.title, _found = check_text(decoded.title)
    return decoded
