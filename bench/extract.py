"""Benchmark of the text engine.

    .venv/bin/python bench/extract.py [--docs 2000] [--gold gold/extract]

Makes N documents from the gold texts (people and places swapped for
others, so no two are alike), streams them through

  * a plain pass: decode the bytes and tokenise (``inputs.decode`` +
    ``tokens.tokenize``), and
  * the engine: ``pipeline.extract``,

on one core, and prints documents per second for both, their ratio,
the resident memory after 500/1000/2000 documents, and the time to build
the gazetteer of all of Türkiye's institutions.  Nothing is kept between
documents, so memory should stay flat.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ortakmasa.textengine import gazetteer  # noqa: E402
from ortakmasa.textengine.inputs import decode  # noqa: E402
from ortakmasa.textengine.pipeline import extract  # noqa: E402
from ortakmasa.textengine.resources import ENGINE_DATA_DIR, read_csv  # noqa: E402
from ortakmasa.textengine.tokens import tokenize  # noqa: E402

SURNAMES = [
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Aydın",
    "Öztürk",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Koç",
    "Kurt",
    "Özdemir",
    "Şimşek",
    "Polat",
    "Erdoğan",
    "Güneş",
    "Ateş",
    "Tekin",
    "Bulut",
    "Karaca",
    "Uçar",
    "Akın",
    "Keskin",
]


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def templates(gold: Path) -> list[tuple[bytes, list[str], list[str]]]:
    """(raw bytes, people names, institution names) of every gold text."""
    out = []
    for g in sorted(gold.glob("*.gold.json")):
        ann = json.loads(g.read_text("utf-8"))
        raw = (gold / ann["source"]).read_bytes()
        out.append((raw, [p["name"] for p in ann["people"]], list(ann["institutions"])))
    return out


def documents(gold: Path, n: int, seed: int = 7) -> Iterator[bytes]:
    """``n`` documents, made one at a time."""
    rng = random.Random(seed)
    given = [
        w.strip()
        for w in (ENGINE_DATA_DIR / "given_names.txt").read_text("utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    districts = [r["name"] for r in read_csv("districts.csv") if r["name"] != "Merkez"] or [
        "Kartal"
    ]
    temps = templates(gold)
    for i in range(n):
        raw, people, insts = temps[i % len(temps)]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield raw  # windows-1254 and DOCX inputs go through as they are
            continue
        if raw.startswith(b"PK"):
            yield raw
            continue
        for name in people:
            new = f"{rng.choice(given).title()} {rng.choice(SURNAMES)}"
            text = text.replace(name, new).replace(name.split()[-1], new.split()[-1])
        for inst in insts:
            if inst.endswith(" Belediyesi") and "Büyükşehir" not in inst:
                place = inst[: -len(" Belediyesi")]
                if " " not in place:
                    text = text.replace(place, rng.choice(districts))
        yield f"{text}\n\n({i})\n".encode()


def run(
    label: str, gold: Path, n: int, fn: object, marks: tuple[int, ...]
) -> tuple[float, dict[int, float]]:
    rss: dict[int, float] = {}
    t0 = time.perf_counter()
    busy = 0.0
    for i, data in enumerate(documents(gold, n), start=1):
        s = time.perf_counter()
        fn(data)  # type: ignore[operator]
        busy += time.perf_counter() - s
        if i in marks:
            rss[i] = rss_mib()
    wall = time.perf_counter() - t0
    print(f"{label:<10} {n} docs  {n / busy:8.1f} docs/s (work only)  wall {wall:6.1f} s")
    return n / busy, rss


def plain(data: bytes) -> int:
    d = decode(data)
    return len(tokenize(d.text)) if d.text else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--gold", default=str(ROOT / "gold" / "extract"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    gold = Path(args.gold)
    load = gazetteer.load_time()
    gz = gazetteer.load()
    print(f"gazetteer: {gz.size} institutions (+ aliases, places) built in {load:.3f} s")
    marks = tuple(m for m in (500, 1000, 2000, args.docs) if m <= args.docs)
    extract("Isınma: İBB Başkanı Ali Veli, Kartal'ı ziyaret etti.")
    base_rate, _ = run("plain", gold, args.docs, plain, marks)
    eng_rate, rss = run("engine", gold, args.docs, extract, marks)
    print(f"ratio engine/plain time per doc: {base_rate / eng_rate:.1f}x")
    print(
        "RSS (MiB) during the engine pass: "
        + ", ".join(f"{k} docs: {v:.1f}" for k, v in sorted(rss.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
