"""Mixed and broken encodings: repaired where the bytes are still there,
reported where they are not.

Three things go wrong with Turkish texts on their way from one program to
another, and each is drafted as nonsense unless caught:

- ``mojibake``: UTF-8 bytes that were read as Windows-1252/1254 or
  ISO-8859-9 and saved again ("Ä°stanbul", "baÅŸkan", "â€œ").  The
  original bytes can be recovered exactly, so such runs are repaired.
- ``mixed_encoding``: a file that is part UTF-8, part Windows-1254 (two
  texts pasted together).  Each part is decoded in its own encoding.
- ``lost_letters``: Turkish letters replaced by ``?`` or U+FFFD ("Ba?kan",
  "?stanbul").  The letters are gone; nothing is guessed, the text is
  kept and the reviewer is warned.

Every warning is a dict ``{"code", "count", "message"}`` with an English
message for logs and the command line; the web pages show their own
Turkish text for each code.  Every pattern here is a character class or a
fixed-length sequence: linear in the text.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

MOJIBAKE = "mojibake"
MIXED_ENCODING = "mixed_encoding"
LOST_LETTERS = "lost_letters"

_CODE_PAGES = ("cp1252", "cp1254", "latin-1")


def _chars_of(byte_values: range) -> dict[str, int]:
    """Each character a byte in ``byte_values`` is read as by any of the
    usual wrong code pages, mapped back to the byte."""
    out: dict[str, int] = {}
    for value in byte_values:
        for page in _CODE_PAGES:
            try:
                out.setdefault(bytes([value]).decode(page), value)
            except UnicodeDecodeError:
                continue
    return out


# UTF-8 continuation bytes (0x80-0xBF) as a wrong code page shows them.
_TRAIL = _chars_of(range(0x80, 0xC0))
# Lead bytes kept narrow on purpose: 0xC2-0xC5 start every Turkish letter,
# the no-break space and the degree sign, and as Windows-1254 they read
# "ÂÃÄÅ", which never stand before such a character in real Turkish.
# Leads such as 0xC7 ("Ç") or 0xD6 ("Ö") are left alone: "GENÇ’in" is
# real text, not mojibake.
_LEAD2 = {chr(v): v for v in range(0xC2, 0xC6)}
# 0xE2 ("â") starts the typographic quotes and dashes ("â€œ", "â€™").
_LEAD3 = {"â": 0xE2}


def _klass(chars: dict[str, int]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_MOJIBAKE_RE = re.compile(
    f"{_klass(_LEAD2)}{_klass(_TRAIL)}|{_klass(_LEAD3)}{_klass(_TRAIL)}{_klass(_TRAIL)}"
)


def _repair_run(match: re.Match[str]) -> str:
    run = match.group()
    table = {**_LEAD2, **_LEAD3, **_TRAIL}
    try:
        fixed = bytes(table[c] for c in run).decode("utf-8")
    except (UnicodeDecodeError, KeyError):
        return run
    # Only a printable character is a repair; anything else means the
    # run was not mojibake after all.
    # (a C1 character is kept: it is the middle layer of twice-garbled text,
    # and the next pass reads it)
    if not fixed.isprintable() and fixed != "\xa0" and not "\x80" <= fixed <= "\x9f":
        return run
    return fixed


# A closing quote read as Windows-1252 ends in 0x9D, which that code page
# leaves undefined, so programs that replace undefined bytes turn "â€"
# into "â€�".  The other characters E2 80 could start with an
# undefined byte are invisible format characters that press texts do not
# hold, so the closing quote is restored.
_LOST_CLOSING_QUOTE = "â€\ufffd"


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with UTF-8-read-as-Windows-1252/1254 runs put back, and
    how many runs were repaired.  Twice-garbled text ("ÃƒÂ¼") takes a
    second pass; three passes at most."""
    total = text.count(_LOST_CLOSING_QUOTE)
    if total:
        text = text.replace(_LOST_CLOSING_QUOTE, "\u201d")
    for _ in range(3):
        pieces: list[str] = []
        last = 0
        for match in _MOJIBAKE_RE.finditer(text):
            fixed = _repair_run(match)
            if fixed != match.group():
                pieces += [text[last : match.start()], fixed]
                last = match.end()
                total += 1
        if not pieces:
            break
        pieces.append(text[last:])
        text = "".join(pieces)
    return text, total


_LETTER = r"[^\W\d_]"
# "Ba?kan", "te?ekkür", "?stanbul", "Ba�kan": a "?" inside a word, or at its
# start before lower-case letters, is never Turkish punctuation.  Words
# with "=" "/" or "&" around (addresses, "index.php?id=3") are not counted.
_LOST_RE = re.compile(rf"(?<={_LETTER})\?(?={_LETTER})|(?<![^\"'(])\?(?=[a-zçğıöşü]{{2}})")


def lost_letters(text: str) -> int:
    """How many letters were replaced by ``?`` or U+FFFD."""
    lost = text.count("\ufffd")
    if "?" in text:
        for word in text.split():
            if "?" in word and not any(c in word for c in "=/&"):
                lost += len(_LOST_RE.findall(word))
    return lost


def warning(code: str, count: int) -> dict[str, Any]:
    messages = {
        MOJIBAKE: "UTF-8 text read as Windows-1252/1254 was repaired ({n} places)",
        MIXED_ENCODING: "the file mixes UTF-8 and Windows-1254; each part was read as such",
        LOST_LETTERS: "{n} letter(s) were replaced by '?' or '\ufffd' before the file reached us "
        "and cannot be restored; check names and words against the original",
    }
    return {"code": code, "count": count, "message": messages[code].format(n=count)}


def check_text(text: str) -> tuple[str, list[dict[str, Any]]]:
    """The repaired text and the warnings for it (empty when all is well)."""
    warnings: list[dict[str, Any]] = []
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(warning(MOJIBAKE, repaired))
    lost = lost_letters(text)
    if lost:
        warnings.append(warning(LOST_LETTERS, lost))
    return text, warnings


# Valid UTF-8 for the Turkish letters that are not in ASCII: Ç Ö Ü ç ö ü,
# Ğ ğ İ ı, Ş ş.
_UTF8_TURKISH = re.compile(rb"\xc3[\x87\x96\x9c\xa7\xb6\xbc]|\xc4[\x9e\x9f\xb0\xb1]|\xc5[\x9e\x9f]")


def _windows_1254_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: a byte that is not UTF-8 is read as Windows-1254
    (ISO-8859-9 for the few bytes Windows-1254 leaves undefined)."""
    assert isinstance(exc, UnicodeDecodeError)
    raw = exc.object[exc.start : exc.end]
    out = []
    for value in raw:
        try:
            out.append(bytes([value]).decode("cp1254"))
        except UnicodeDecodeError:
            out.append(bytes([value]).decode("iso-8859-9"))
    return "".join(out), exc.end


codecs.register_error("ortakmasa-cp1254", _windows_1254_fallback)


def decode_mixed(data: bytes) -> str | None:
    """The text of bytes that are part UTF-8 and part Windows-1254, or
    None when they hold no UTF-8 Turkish letter (one legacy encoding)."""
    if not _UTF8_TURKISH.search(data):
        return None
    return data.decode("utf-8", "ortakmasa-cp1254")
