"""textengine.evaluate: per-document reports add up to the run's report, and
the target figures get percentile bootstrap intervals over documents."""

import json
from pathlib import Path

import pytest

from ortakmasa.textengine.cli import main
from ortakmasa.textengine.evaluate import Report, figure, intervals, merged
from tests.textengine.helpers import SAMPLE_GOLD, SAMPLE_TEXT


def _doc(title_ok: int, title_n: int, people_tp: int = 3, people_fn: int = 0) -> Report:
    r = Report(documents=1)
    r.score("people").add(people_tp, 0, people_fn)
    r.score("quotes_with_speaker").add(1, 0, 0)
    r.accuracy["person_title"] = [title_ok, title_n]
    r.accuracy["person_institution"] = [title_ok, title_n]
    return r


def test_merged_adds_counts_and_documents() -> None:
    total = merged([_doc(2, 3), _doc(1, 1, people_fn=1)])
    assert total.documents == 2
    assert total.accuracy["person_title"] == [3, 4]
    assert (total.score("people").tp, total.score("people").fn) == (6, 1)


def test_identical_documents_give_a_point_interval() -> None:
    got = intervals([_doc(3, 4)] * 10, rounds=200)
    assert got["person_title"] == (0.75, 0.75, 0.75)


def test_the_interval_holds_the_figure_and_widens_with_fewer_documents() -> None:
    docs = [_doc(4, 4), _doc(0, 4), _doc(3, 4), _doc(1, 4)] * 5
    value, low, high = intervals(docs, rounds=500)["person_title"]
    assert value == figure(merged(docs), "person_title", "accuracy") == 0.5
    assert low < value < high
    _, low4, high4 = intervals(docs[:4], rounds=500)["person_title"]
    assert high4 - low4 > high - low


def test_the_same_seed_gives_the_same_interval() -> None:
    docs = [_doc(4, 4), _doc(0, 4), _doc(3, 4)]
    assert intervals(docs, rounds=100, seed=3) == intervals(docs, rounds=100, seed=3)


def test_no_documents_no_intervals() -> None:
    assert intervals([]) == {}


def test_the_command_prints_intervals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "001_ornek.txt").write_text(SAMPLE_TEXT, "utf-8")
    gold = dict(SAMPLE_GOLD, source="001_ornek.txt")
    (tmp_path / "001_ornek.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert main(["--evaluate", str(tmp_path), "--intervals", "20", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["intervals"]["person_institution"] == [1.0, 1.0, 1.0]
    assert out["accuracy"]["person_title"]["accuracy"] == 1.0
