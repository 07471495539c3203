"""Generated inputs for hardening the engine (the suite's fuzz test and
``bench/fuzz_textengine.py``).

Inputs are built from pieces that the engine's rules react to — titles,
honorifics with their dots, names in capitals, party labels, quote marks,
colons and dashes of speech turns, apostrophes, dates, numbers, headings
written without spaces — glued together with and without spaces, so that
every pattern is driven into its longest and most ambiguous matches.
"""

from __future__ import annotations

import random

PIECES: tuple[str, ...] = (
    "Dr.",
    "Prof.",
    "Av.",
    "T.C.",
    "Sn.",
    "BAŞKAN",
    "Başkan",
    "Başkanı",
    "Meclis Başkanı",
    "Belediye Başkanı",
    "Başkan Vekili",
    "Meclis Üyesi",
    "Katip Üye",
    "Büyükşehir",
    "Belediyesi",
    "Belediyesi'ne",
    "İBB'nin",
    "Valiliği",
    "Derneği",
    "Müdürlüğü",
    "İSTANBUL",
    "Başakşehir",
    "Ali",
    "Ayşe",
    "Mehmet",
    "KAYA",
    "YILMAZ",
    "Kartoğlu",
    "(CHP)",
    "(AK Parti)",
    "AKP'li",
    "Hazır bulunanlar:",
    "Meclis Üyeleri:",
    "Adı Soyadı",
    "oy birliği ile kabul edildi",
    "oy çokluğu ile",
    "Gündem",
    "1.",
    "36.",
    "dedi",
    "söyledi",
    "ifade etti",
    "olduğunu belirtti",
    "ziyaret etti",
    "bir araya geldi",
    "toplantısı",
    "21 Haziran 2024",
    "31.05.2024",
    "2024-06-21",
    "%30",
    "1,5 milyon TL",
    "2025-2029",
    '"',
    "'",
    "“",
    "”",
    ":",
    " - ",
    "-",
    "–",
    ",",
    ".",
    "…",
    "?",
    "(",
    ")",
    "<p>",
    "</p>",
    "&amp;",
    "&#8220;",
    "\u00a0",
    "\u200b",
    # broken encodings: mojibake runs, lost letters, a replaced byte
    "Ä°",
    "ÅŸ",
    "Ã¼",
    "â€œ",
    "â€\ufffd",
    "Ã",
    "\ufffd",
    "Ba?kan?",
    "php?id=",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    " ",
    " ",
)


def generate(rng: random.Random, max_pieces: int = 60) -> str:
    """One input: pieces, repeated runs of one piece, and random letters."""
    out: list[str] = []
    for _ in range(rng.randint(1, max_pieces)):
        roll = rng.random()
        if roll < 0.08:
            out.append(rng.choice(PIECES) * rng.randint(2, 80))  # "Dr.Dr.Dr.…"
        elif roll < 0.14:
            out.append(
                "".join(rng.choice("aAıIiİşŞçÇğĞöÖüÜ.' -:\"") for _ in range(rng.randint(1, 30)))
            )
        else:
            out.append(rng.choice(PIECES))
        if rng.random() < 0.6:
            out.append(" ")
    return "".join(out)


def realistic(size: int, seed: int = 0) -> str:
    """A long document of ordinary sentences (press release and minutes
    shapes) of about ``size`` characters, for timing against a floor."""
    rng = random.Random(seed)
    given = ("Ali", "Ayşe", "Mehmet", "Fatma", "Hasan", "Zeynep", "Mustafa", "Elif")
    family = ("Kaya", "Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan")
    places = ("Başakşehir", "Kadıköy", "Çankaya", "Nilüfer", "Konak", "Tepebaşı")
    parts: list[str] = []
    total = 0
    while total < size:
        g, f, p = rng.choice(given), rng.choice(family), rng.choice(places)
        kind = rng.randrange(4)
        if kind == 0:
            s = (
                f"{p} Belediye Başkanı {g} {f}, {rng.randint(1, 28)} Mart 2024 tarihinde "
                f"{rng.choice(places)} Belediyesi'ni ziyaret etti. {f}, \"Deprem, ulaşım ve "
                f'su konularında birlikte çalışacağız" dedi.'
            )
        elif kind == 1:
            s = (
                f"{g.upper()} {f.upper()} (CHP) - Sayın Başkan, bu konuda gündem dışı "
                "söz istiyorum, teşekkürler."
            )
        elif kind == 2:
            s = (
                f"Toplantıda {p} Kent Konseyi Başkanı {g} {f} ile İl Sağlık Müdürü "
                f"{rng.choice(given)} {rng.choice(family)} de söz aldı; %{rng.randint(1, 90)} "
                f"oranında artış olduğunu söyledi."
            )
        else:
            s = (
                f"Gündemin {rng.randint(1, 20)}. maddesi görüşüldü. Komisyon raporu "
                f"oy birliği ile kabul edildi."
            )
        parts.append(s)
        total += len(s) + 2
    return "\n\n".join(parts)
