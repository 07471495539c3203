"""tools/agreement.py: a second annotation scored against the first with the
engine's own evaluator."""

from __future__ import annotations

import json
from pathlib import Path

from tests.textengine.helpers import load_tool

tool = load_tool("agreement")

GOLD = {
    "source": "001_x.txt",
    "date": None,
    "people": [
        {
            "name": "Ali Veli",
            "title": "Vali",
            "unit": None,
            "institution": "Bursa Valiliği",
            "party": None,
        },
        {
            "name": "Ece Su",
            "title": "Kaymakam",
            "unit": None,
            "institution": "Orhangazi Kaymakamlığı",
            "party": None,
        },
    ],
    "institutions": ["Bursa Valiliği", "Orhangazi Kaymakamlığı"],
    "quotes": [{"speaker": "Ali Veli", "text": "Hoş geldiniz."}],
    "events": [{"kind": "visit", "host": "Bursa Valiliği", "participants": ["Ali Veli", "Ece Su"]}],
    "topics": [],
}


def _write(folder: Path, data: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "001_x.gold.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_the_same_annotation_agrees_fully(tmp_path: Path) -> None:
    _write(tmp_path / "a", GOLD)
    _write(tmp_path / "b", GOLD)
    report = tool.agreement(tmp_path / "b", tmp_path / "a")
    data = report.as_dict()
    assert data["documents"] == 1
    assert data["accuracy"]["person_title"]["accuracy"] == 1.0
    assert data["fields"]["quotes_with_speaker"]["f1"] == 1.0
    assert data["fields"]["events"]["f1"] == 1.0


def test_a_different_post_is_a_disagreement(tmp_path: Path) -> None:
    other = json.loads(json.dumps(GOLD))
    other["people"][1]["title"] = "İlçe Kaymakamı"
    other["institutions"] = ["Bursa Valiliği"]
    _write(tmp_path / "a", GOLD)
    _write(tmp_path / "b", other)
    report = tool.agreement(tmp_path / "b", tmp_path / "a")
    data = report.as_dict()
    assert data["accuracy"]["person_title"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert data["fields"]["institutions"]["fn"] == 1
    assert any("Ece Su title" in m for m in report.misses)


def test_files_only_one_side_has_are_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "a", GOLD)
    (tmp_path / "b").mkdir()
    assert tool.main([str(tmp_path / "b"), "--against", str(tmp_path / "a")]) == 1
