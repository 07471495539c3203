"""No input can stall the engine or make ``extract`` raise (issue 16).

Each pathological input runs under a timeout guard (SIGALRM: the regular
expression engine checks for signals, so a backtracking pattern is
interrupted) that is far above what a linear engine needs and far below
what the former patterns took (``'Dr.' * 30``: 14 s; ``* 50``: minutes).
The guard is a hang detector, not a speed assertion.
"""

from __future__ import annotations

import importlib
import random
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ortakmasa.textengine import pipeline, quotes
from ortakmasa.textengine.fuzzing import PIECES, generate
from ortakmasa.textengine.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]
GUARD_SECONDS = 20


class Hung(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def _raise(signum: int, frame: object) -> None:
        raise Hung(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


PATHOLOGICAL = [
    "Dr." * 30,
    "Dr." * 200,
    "Dr. " * 200,
    "T.C.İSTANBULBÜYÜKŞEHİRBELEDİYESİMECLİSKARARLARI2024",
    "T.C. İSTANBUL BÜYÜKŞEHİR BELEDİYESİ MECLİS KARARLARI 2024 " * 20,
    "A." * 300 + " - " + "x" * 40,
    "AB.CD.EF. " * 100 + ": " + "metin " * 10,
    "'A" * 5000,
    '"' * 5000,
    "İBB'nin" * 2000,
    ("BAŞKAN - " + "Sayın üyeler, gündeme geçiyoruz. " * 3 + "\n") * 300,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:24]))
def test_pathological_input_finishes(text: str) -> None:
    with time_limit(GUARD_SECONDS):
        rec = extract(text)
    assert rec["schema"] == pipeline.SCHEMA


def test_turn_pattern_is_unambiguous() -> None:
    """The speaker part of a speech turn splits a run of dotted words in
    one way only: on a 200-word run with no dash after it the pattern fails
    at once instead of trying every split (regression: 'Dr.' * 30, 14 s)."""
    line = "Dr." * 200 + " metin metin metin metin metin"
    with time_limit(2):
        for _ in range(200):
            assert quotes._TURN_RE.match(line) is None


def test_turn_is_still_read() -> None:
    rec = extract(
        "Meclis Başkanı Ali KAYA toplantıyı açtı.\n\n"
        "Veli TOPAL (CHP) - Sayın Başkan, bu konuda söz almak istiyorum efendim."
    )
    assert any(q["text"].startswith("Sayın Başkan") for q in rec["quotes"])


def _no_nested_quantifier(pattern: str) -> bool:
    """A group with a quantifier inside that is itself repeated ("(a+)+",
    "(?:[…]* ?){1,6}") is how a pattern backtracks exponentially."""
    return re.search(r"\((?:\?:)?[^()]*[*+}]\)?[^()]*\)[*+{]", pattern) is None


# Repeated groups whose items are separated by a character the item cannot
# hold: a text splits into items one way only, so they cannot backtrack
# exponentially.  A new nested repetition must be argued for here.
UNAMBIGUOUS = {
    # words of at most 40 letters or dots, joined by exactly one space
    "ortakmasa.textengine.quotes._TURN_RE",
    # up to 6 (3) non-space words, each followed by whitespace
    "ortakmasa.textengine.events._ORGANISER_RE",
    "ortakmasa.textengine.events._HELD_RE",
    # up to 4 (3) words of letters, each joined by exactly one space
    "ortakmasa.textengine.names._ASSEMBLY_CHAIR_RE",
}


def test_engine_patterns_have_no_nested_repetition() -> None:
    modules = [
        importlib.import_module(f"ortakmasa.textengine.{name}")
        for name in (
            "encoding events facts inputs institutions names normalize quotes sentences pipeline"
        ).split()
    ]
    bad = []
    for module in modules:
        for name, value in vars(module).items():
            qualified = f"{module.__name__}.{name}"
            if isinstance(value, re.Pattern) and qualified not in UNAMBIGUOUS:
                pattern = value.pattern
                if isinstance(pattern, bytes):
                    pattern = pattern.decode("latin-1")
                if not _no_nested_quantifier(pattern):
                    bad.append(qualified)
    assert bad == [], bad


def test_extract_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(doc: object) -> None:
        raise RuntimeError("broken rule")

    monkeypatch.setattr(pipeline.names, "find_people", boom)
    rec = extract("Belediye Başkanı Ali Kaya konuştu.", source="x.txt")
    assert rec["error"] == "internal error: RuntimeError: broken rule"
    assert rec["source"] == "x.txt" and rec["people"] == [] and rec["sha256"]


def test_extract_never_raises_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(data: object, source: str = "-") -> None:
        raise MemoryError("no room")

    monkeypatch.setattr(pipeline, "make_doc", boom)
    rec = extract(b"Metin", source="y.txt")
    assert rec["error"] == "internal error: MemoryError: no room"


def test_too_long_text_is_refused_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_CHARS", 100)
    rec = extract("Belediye Başkanı Ali Kaya konuştu. " * 10)
    assert rec["error"] is not None and rec["error"].startswith("text too long")
    assert rec["people"] == []


def test_fuzz_generator_covers_the_dangerous_pieces() -> None:
    rng = random.Random(1)
    seen = "".join(generate(rng) for _ in range(500))
    assert all(p in seen for p in ("Dr.", "T.C.", "BAŞKAN", " - ", '"'))


@settings(
    max_examples=1500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(PIECES),
            st.text(max_size=6),
            st.tuples(st.sampled_from(PIECES), st.integers(2, 60)).map(lambda t: t[0] * t[1]),
        ),
        max_size=40,
    ).map(" ".join)
)
def test_fuzz_extract(text: str) -> None:
    with time_limit(GUARD_SECONDS):
        rec = extract(text)
        raw = extract(text.encode("utf-8", "surrogatepass"))
    for r in (rec, raw):
        assert r["error"] is None or isinstance(r["error"], str)
        assert not (r["error"] or "").startswith("internal error"), r["error"]
        for q in r["quotes"]:
            s, e = q["span"]
            assert 0 <= s <= e <= len(r["text"])


def test_cli_reads_stdin_and_answers_quickly() -> None:
    """`printf 'Dr.%.0s' {1..200} | ortakmasa extract -` (issue 16)."""
    proc = subprocess.run(
        [sys.executable, "-m", "ortakmasa.textengine.cli", "-"],
        input=("Dr." * 200).encode(),
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    assert b'"schema": "ortakmasa.extract/1"' in proc.stdout


def test_cli_batch_goes_on_past_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ortakmasa.textengine import cli

    folder = tmp_path / "a.txt"  # a folder where a file was expected
    folder.mkdir()
    _source, data, error = cli._read(folder)
    assert data is None and error is not None and error.startswith("cannot read")
    good = tmp_path / "b.txt"
    good.write_text("Belediye Başkanı Ali Kaya, Kadıköy'ü ziyaret etti.", "utf-8")
    status = cli.main([str(tmp_path / "missing.txt"), str(good)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1 and len(lines) == 2
    assert '"no such file or folder"' in lines[0] and '"error": null' in lines[1]
