import json

from ortakmasa.textengine.cli import main

SEEDS = "gold/extract"


def test_jsonl_per_document_and_errors_continue(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("İBB Başkanı Ali Veli, Kartal'ı ziyaret etti.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    code = main([str(tmp_path)])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    recs = [json.loads(line) for line in out]
    assert [r["error"] for r in recs] == [None, "empty input"]
    assert recs[0]["people"][0]["name"] == "Ali Veli"


def test_json_format_and_stdin(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Başkan geldi.".encode())))
    assert main(["--format", "json", "-"]) == 0
    recs = json.loads(capsys.readouterr().out)
    assert recs[0]["source"] == "-"


def test_missing_path_is_an_error_record(capsys):
    assert main(["/nonexistent/x.txt"]) == 1
    rec = json.loads(capsys.readouterr().out)
    assert rec["error"] == "no such file or folder"


def test_evaluate_prints_fields(capsys):
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "gold" / "extract"
    assert main(["--evaluate", str(gold)]) == 0
    out = capsys.readouterr().out
    for field in ("people", "quotes_with_speaker", "events", "date_exact", "person_title"):
        assert field in out
