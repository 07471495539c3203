"""``ortakmasa proposals cluster``: JSON lines in, clusters out, with the
engine and defaults of the pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ortakmasa.proposals import engine
from ortakmasa.proposals.example import EXAMPLE


def write_example(path: Path) -> None:
    lines = [
        json.dumps({"id": f"p{k}", "title": title, "text": text, "place": district})
        for k, (district, title, text, _) in enumerate(EXAMPLE)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("encoder", [False, True])
def test_the_example_gives_three_clusters_of_two(
    tmp_path: Path, settings, capsys: pytest.CaptureFixture[str], encoder: bool
) -> None:
    settings.PROPOSALS_EMBEDDINGS = encoder
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_example(source)
    call_command("proposals", "cluster", "--input", str(source), "--output", str(target))
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"p{k}" for k in range(len(EXAMPLE))]
    by_need: dict[str, set[int]] = {}
    for row, (*_, need) in zip(rows, EXAMPLE, strict=True):
        by_need.setdefault(need, set()).add(row["cluster"])
    assert all(len(c) == 1 for c in by_need.values())
    assert len({r["cluster"] for r in rows}) == 3
    captured = capsys.readouterr()
    assert "6 proposals, 3 clusters (3 with two or more)" in captured.out
    assert "matching:" in captured.err


def test_same_labels_as_the_engine_the_pages_use(tmp_path: Path, settings) -> None:
    settings.PROPOSALS_EMBEDDINGS = False
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_example(source)
    call_command(
        "proposals",
        "cluster",
        "--input",
        str(source),
        "--output",
        str(target),
        "--threshold",
        "0.9",
    )
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    expected = engine.cluster_records([engine.Record(t, d) for _, t, d, _ in EXAMPLE], 0.9)
    assert [r["cluster"] for r in rows] == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "title": "Kreş"}\nnot json\n', "in.jsonl:2: not JSON"),
        ('{"title": "Kreş"}\n', 'in.jsonl:1: each line must be an object with an "id"'),
        ('{"id": 1, "title": "", "text": ""}\n', "in.jsonl:1: both"),
        ('{"id": 1, "title": "a"}\n{"id": 1, "title": "b"}\n', "in.jsonl:2: id 1 appears twice"),
    ],
)
def test_bad_input_stops_with_the_line_and_writes_nothing(
    tmp_path: Path, content: str, message: str
) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("proposals", "cluster", "--input", str(source), "--output", str(target))
    assert not target.exists()


def test_threshold_out_of_range_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_example(source)
    with pytest.raises(CommandError, match="between 0 and 1"):
        call_command(
            "proposals", "cluster", "--input", str(source), "--output", "x", "--threshold", "3"
        )
