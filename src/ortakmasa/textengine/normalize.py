"""Normalisation: one spelling of quotes, apostrophes and spaces, HTML
leftovers and page furniture removed, glued words pulled apart.

The output is the text that all spans index, so nothing here may be done
later: every other component works on this string.
"""

from __future__ import annotations

import html
import re
import unicodedata

from ortakmasa.lib.turkish import lower

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u2002\u2003\u2009\u202f\u3000"), " ")
_QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "＂": '"',
        "’": "'",
        "‘": "'",
        "‚": "'",
        "‛": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "′": "'",
        "‹": "'",
        "›": "'",
    }
)
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "−": "-"})

_ONE_PASS = {**_INVISIBLE, **_SPACES, **_QUOTES, **_DASHES}

_ENTITY_RE = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});")
_BLOCK_TAG_RE = re.compile(r"<\s*/?\s*(?:br|p|div|li|tr|h[1-6])\b[^>]{0,200}>", re.I)
_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,300}>")
_DOUBLE_APOS_RE = re.compile(r"''|,,")
# "konuşulduMUĞLA (İGFA)": a dateline glued to the previous sentence.
# (each starts with a character class rather than a look-behind, so that
# the scanner can skip ahead: the same places, found several times faster)
_GLUED_CAPS_RE = re.compile(r"([a-zçğıöşü])(?=[A-ZÇĞİÖŞÜ]{3,}\b)")
# "seçimdeTürkiye", "Vural veZafer Yıldız": a lost space between a word (or
# the conjunction "ve") and a capitalised one.
_GLUED_WORD_RE = re.compile(r"([a-zçğıöşü]{4}|(?<![\w'])ve)(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})")
# "etti.Başkan" / "Sn.Hakan": a lost space after a full stop.
_GLUED_STOP_RE = re.compile(r"([a-zçğıöşü]{2}[.!?])(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü])")
# "sohbet etti.MALATYA (İGFA) -": a dateline glued after a full stop.
_GLUED_STOP_CAPS_RE = re.compile(r"([a-zçğıöşü]{3}[.!?])(?=[A-ZÇĞİÖŞÜ]{3,}\b)")
# '…HEDEFLİYORUZ"Protokol imza …', '…bekliyoruz."ÖZAKALIN: …': a quoted
# sub-heading whose line breaks the site lost, glued to the paragraphs
# (read before the marks are unified: only a typographic closing mark tells
# a closing quote from an opening one)
_GLUED_HEADING_END_RE = re.compile(r"([A-ZÇĞİÖŞÜ]”)(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})")
_GLUED_AFTER_QUOTE_RE = re.compile(r"([a-zçğıöşü][.!?]”)(?=[A-ZÇĞİÖŞÜ]{3,}\b)")
# "Dr.Cemil Tugay": an honorific glued to the name
_GLUED_HONORIFIC_RE = re.compile(r"\b(Dr|Prof|Doç|Av|Op|Uzm|Sn|Müh)\.(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü])")
# "Bursa Büyük Şehir Belediyesi": the metropolitan municipality written in
# two words is the same body as "Büyükşehir" (the reference data's spelling).
_SPLIT_METRO_RE = re.compile(r"\b(Büyük|BÜYÜK)[ \n]+(?:Şehir|ŞEHİR)(?=[ \n]+(?:Belediye|BELEDİYE))")
_MULTI_SPACE_RE = re.compile(r" {2,}")
_SPACE_NL_RE = re.compile(r" *\n *")
_MANY_NL_RE = re.compile(r"\n{3,}")

# Lines that are page furniture, never content.  Matched on the lower-cased,
# stripped line.
_NOISE_RE = re.compile(
    r"^(?:paylaş|paylaşın|tweet|tweetle|facebook|twitter|x|whatsapp|linkedin|telegram|e-?posta"
    r"|yazdır|yazıyı yazdır|abone ol|reklam|advertisement|ana ?sayfa|haberler|tüm haberler"
    r"|ilgili haberler|diğer haberler|son dakika|yorum yap|yorumlar(?: \(\d+\))?|\(\d+\) yorum"
    r"|okunma:? ?\d+|\d+ okunma|haber merkezi|foto ?galeri|video ?galeri|galeri|kapat|geri dön"
    r"|sayfa \d+(?: ?/ ?\d+)?|\d+ ?/ ?\d+|- ?\d+ ?-|etiketler:?.*|kaynak: ?.{0,40}"
    r"|muhabir: ?.{0,40}"
    r"|©.*|tüm hakları saklıdır.*|çerez.*|bu haberi paylaş.*|önceki haber|sonraki haber"
    r"|yazı boyutu|a\+|a-|\*+|[-=_]{3,})$"
)


# "Muhabir: OSMAN KARTAL", "Kaynak:Ayşe Kaya": a byline names a person
# (gold/real annotates bylines), so the line stays when a name follows
_BYLINE_LABEL_RE = re.compile(r"(?:muhabir|kaynak): ?")


def _byline(line: str) -> bool:
    label = _BYLINE_LABEL_RE.match(lower(line))
    if label is None:
        return False
    # "Muhabir: A B / C D": two reporters of one story
    names = re.split(r" ?[/,] ?| ve ", line[label.end() :].strip())
    return 0 < len(names) <= 3 and all(_byline_name(name) for name in names)


def _byline_name(name: str) -> bool:
    words = name.split(" ")
    return 2 <= len(words) <= 4 and all(w.isalpha() and w[0].isupper() for w in words)


def _drop_noise(text: str) -> str:
    keep = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and _NOISE_RE.match(lower(stripped)):
            if not _byline(stripped):
                continue
        keep.append(line)
    return "\n".join(keep)


def normalize(text: str) -> str:
    """Return the normalised form of ``text``.

    >>> normalize("Başakşehir’e “hoş geldiniz” dedi.")
    'Başakşehir\\'e "hoş geldiniz" dedi.'
    """
    text = unicodedata.normalize("NFC", text)
    if "”" in text:
        text = _GLUED_HEADING_END_RE.sub("\\1\n", text)
        text = _GLUED_AFTER_QUOTE_RE.sub("\\1\n", text)
    # one pass for invisible characters, spaces, quotes and dashes (the
    # four tables map disjoint characters; a line break is none of them)
    text = text.translate(_ONE_PASS)
    if "<" in text:
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)
        # entities may spell any of the characters the table maps
        text = unicodedata.normalize("NFC", text.translate(_ONE_PASS))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DOUBLE_APOS_RE.sub('"', text)
    text = _GLUED_CAPS_RE.sub("\\1\n", text)
    text = _GLUED_WORD_RE.sub("\\1 ", text)
    text = _GLUED_STOP_RE.sub("\\1 ", text)
    text = _GLUED_STOP_CAPS_RE.sub("\\1\n", text)
    text = _GLUED_HONORIFIC_RE.sub("\\1. ", text)
    if "ehir" in text or "EHİR" in text:
        text = _SPLIT_METRO_RE.sub(
            lambda m: m.group(1) + ("şehir" if m.group(1) == "Büyük" else "ŞEHİR"), text
        )
    text = _MULTI_SPACE_RE.sub(" ", text)
    text = _SPACE_NL_RE.sub("\n", text)
    text = _drop_noise(text)
    text = _MANY_NL_RE.sub("\n\n", text)
    return text.strip()


def lower_same_length(text: str) -> str:
    """Turkish lower-casing that keeps every offset.

    Lower-casing can change length for a few characters outside Turkish;
    such characters are kept as they are so that spans found in the
    lower-cased text index the original one.
    """
    low = lower(text)
    if len(low) == len(text):
        return low
    return "".join(c if len(c) == 1 else o for c, o in ((lower(ch), ch) for ch in text))
