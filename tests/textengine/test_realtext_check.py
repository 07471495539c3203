"""tools/realtext_check.py: a local copy of the real texts is checked against
gold/real/SOURCES.tsv and scored with the engine's own evaluator; the committed
set itself keeps its split rules."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.textengine.helpers import SAMPLE_GOLD, SAMPLE_TEXT, load_tool

ROOT = Path(__file__).resolve().parents[2]


tool = load_tool("realtext_check")

TEXT, GOLD = SAMPLE_TEXT, SAMPLE_GOLD
HEADER = "split\tfile\turl\tpublisher\tkind\tcity\tyear\tsha256\n"


def _gold_dir(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """rows: (split, file, sha256)."""
    gold = tmp_path / "gold"
    lines = [HEADER]
    for split, name, sha in rows:
        lines.append(
            f"{split}\t{name}\thttps://example.org/{name}\texample.org\tnews\tİstanbul\t\t{sha}\n"
        )
        (gold / split).mkdir(parents=True, exist_ok=True)
        record = dict(GOLD, source=name)
        (gold / split / (Path(name).stem + ".gold.json")).write_text(
            json.dumps(record, ensure_ascii=False), "utf-8"
        )
    (gold / "SOURCES.tsv").write_text("".join(lines), "utf-8")
    return gold


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_missing_empty_and_changed_texts_are_reported(tmp_path: Path) -> None:
    gold = _gold_dir(
        tmp_path,
        [
            ("dev", "001_ornek.txt", _sha(TEXT)),
            ("dev", "002_bos.txt", ""),
            ("dev", "003_yok.txt", ""),
            ("test", "004_degismis.txt", _sha(TEXT)),
        ],
    )
    texts = tmp_path / "texts"
    (texts / "dev").mkdir(parents=True)
    (texts / "dev" / "001_ornek.txt").write_text(TEXT, "utf-8")
    (texts / "dev" / "002_bos.txt").write_text("  \n", "utf-8")
    # A flat folder is accepted too.
    (texts / "004_degismis.txt").write_text(TEXT + "ek\n", "utf-8")
    result = tool.check(texts, tool.read_sources(gold / "SOURCES.tsv"), gold)
    assert [s.file for s, _ in result.found] == ["001_ornek.txt", "004_degismis.txt"]
    assert [s.file for s in result.missing] == ["003_yok.txt"]
    assert [s.file for s in result.empty] == ["002_bos.txt"]
    assert [s.file for s in result.changed] == ["004_degismis.txt"]
    assert result.no_gold == [] and result.unlisted_gold == []


def test_annotation_without_a_sources_line_is_reported(tmp_path: Path) -> None:
    gold = _gold_dir(tmp_path, [("dev", "001_ornek.txt", "")])
    (gold / "dev" / "009_fazla.gold.json").write_text("{}", "utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    result = tool.check(texts, tool.read_sources(gold / "SOURCES.tsv"), gold)
    assert result.unlisted_gold == ["dev/009_fazla.gold.json"]


def test_unknown_split_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "SOURCES.tsv"
    path.write_text(HEADER + "train\ta.txt\tu\tp\tnews\tc\t\t\n", "utf-8")
    with pytest.raises(ValueError, match="unknown split"):
        tool.read_sources(path)


def test_main_scores_present_texts_and_fails_on_missing_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold_dir(tmp_path, [("dev", "001_ornek.txt", _sha(TEXT)), ("dev", "002_yok.txt", "")])
    texts = tmp_path / "texts"
    (texts / "dev").mkdir(parents=True)
    (texts / "dev" / "001_ornek.txt").write_text(TEXT, "utf-8")
    code = tool.main(["--texts", str(texts), "--gold", str(gold), "--json"])
    out = capsys.readouterr()
    assert code == 1
    assert "missing: dev/002_yok.txt" in out.err
    scores = json.loads(out.out)
    assert scores["documents"] == 1
    assert scores["fields"]["people"]["tp"] == 2
    assert scores["fields"]["people"]["fn"] == 0


def test_main_refuses_a_missing_text_folder(tmp_path: Path) -> None:
    gold = _gold_dir(tmp_path, [("dev", "001_ornek.txt", "")])
    assert tool.main(["--texts", str(tmp_path / "none"), "--gold", str(gold)]) == 2


def test_committed_set_is_consistent_and_split_by_publisher() -> None:
    gold = ROOT / "gold" / "real"
    sources = tool.read_sources(gold / "SOURCES.tsv")
    result = tool.check(gold, sources, gold)  # texts are not in the repository
    assert result.no_gold == []
    assert result.unlisted_gold == []
    assert len(result.missing) == len(sources)
    # What must never straddle is development and test: two development parts
    # collected the same evening may share a publisher (dev6 and dev7 do).
    splits: dict[str, set[str]] = {}
    for src in sources:
        splits.setdefault(src.publisher, set()).add("test" if src.split == "test" else "dev")
    assert all(len(s) == 1 for s in splits.values()), "a publisher is in both parts"
    files = [s.file for s in sources]
    assert len(files) == len(set(files))
    for src in sources:
        record = json.loads(
            (gold / src.split / (Path(src.file).stem + ".gold.json")).read_text("utf-8")
        )
        assert record["source"] == src.file
        assert len(src.sha256) == 64


def test_kind_filter_limits_the_scored_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold_dir(tmp_path, [("dev", "001_ornek.txt", ""), ("dev", "002_yok.txt", "")])
    sources = (
        (gold / "SOURCES.tsv")
        .read_text("utf-8")
        .replace(
            "002_yok.txt\thttps://example.org/002_yok.txt\texample.org\tnews",
            "002_yok.txt\thttps://example.org/002_yok.txt\texample.org\tminutes",
        )
    )
    (gold / "SOURCES.tsv").write_text(sources, "utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "001_ornek.txt").write_text(TEXT, "utf-8")
    code = tool.main(["--texts", str(texts), "--gold", str(gold), "--kind", "news", "--json"])
    out = capsys.readouterr()
    assert code == 0
    assert "1 of 1 texts present" in out.err
    assert "not listed" not in out.err  # the minutes' annotation is listed, only not selected
    assert json.loads(out.out)["documents"] == 1


def test_link_prepares_a_folder_for_the_cli_with_each_address(tmp_path: Path) -> None:
    from ortakmasa.textengine.evaluate import evaluate_folder, source_of

    gold = _gold_dir(tmp_path, [("dev", "001_ornek.txt", _sha(TEXT))])
    texts = tmp_path / "texts"
    (texts / "dev").mkdir(parents=True)
    (texts / "dev" / "001_ornek.txt").write_text(TEXT, "utf-8")
    folder = tmp_path / "linked"
    code = tool.main(["--texts", str(texts), "--gold", str(gold), "--link", str(folder)])
    assert code == 0
    assert (folder / "001_ornek.gold.json").is_file()
    assert source_of(folder / "001_ornek.txt") == "https://example.org/001_ornek.txt"
    # linking twice replaces the links
    assert tool.main(["--texts", str(texts), "--gold", str(gold), "--link", str(folder)]) == 0
    assert evaluate_folder(folder).documents == 1


def test_intervals_over_the_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_dir(tmp_path, [("dev", "001_ornek.txt", _sha(TEXT))])
    texts = tmp_path / "texts"
    (texts / "dev").mkdir(parents=True)
    (texts / "dev" / "001_ornek.txt").write_text(TEXT, "utf-8")
    assert tool.main(["--texts", str(texts), "--gold", str(gold), "--ci", "50"]) == 0
    out = capsys.readouterr().out
    assert "95 % intervals from resampling the 1 texts:" in out
    # one text: every resample is that text, so each interval is a point
    line = [x for x in out.splitlines() if x.startswith("person_title ")][-1]
    assert line.split() == ["person_title", "1.000", "1.000", "–", "1.000"]
