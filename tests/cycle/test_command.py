"""``ortakmasa report``: documents for closed periods, exit status 2 with
an English message otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document as open_docx

from ortakmasa.cycle.management.commands.report import Command
from tests.cycle.conftest import Cycle

pytestmark = pytest.mark.django_db


def _run(*args: str) -> None:
    call_command("report", *args, stdout=io.StringIO())


def test_programme_and_activity_report_are_a4_and_named(cycle: Cycle, tmp_path: Path) -> None:
    plan = str(cycle.m.plan.pk)
    for kind, year, title in (
        ("programme", "2025", "2025 Yılı Performans Programı"),
        ("activity", "2025", "2025 Yılı Faaliyet Raporu"),
    ):
        out = tmp_path / f"{kind}.docx"
        _run(kind, "--plan", plan, "--year", year, "--format", "docx", "--output", str(out))
        doc = open_docx(str(out))
        section = doc.sections[0]
        assert round(section.page_width.cm, 1) == 21.0
        assert round(section.page_height.cm, 1) == 29.7
        texts = [p.text for p in doc.paragraphs if p.text]
        assert texts[0] == title
        headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
        # The front matter is unnumbered, as in the SBB guide's example plans.
        assert headings[:3] == ["SUNUŞ", "MECLİS KARARI", "TABLOLAR LİSTESİ"]
    pdf = tmp_path / "p.pdf"
    _run("programme", "--plan", plan, "--year", "2025", "--format", "pdf", "--output", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args",
    [
        ("evaluation", "--year", "2029"),
        ("monitoring", "--year", "2026", "--half", "2"),
        ("activity", "--year", "2029"),
        ("activity", "--year", "2026", "--format", "xlsx"),
        ("programme", "--year", "2031"),
    ],
)
def test_refusals_exit_2(cycle: Cycle, args: tuple[str, ...], tmp_path: Path) -> None:
    out = tmp_path / "x"
    with pytest.raises(CommandError) as info:
        _run(args[0], "--plan", str(cycle.m.plan.pk), *args[1:], "--output", str(out))
    assert info.value.returncode == 2
    assert not out.exists()


def test_exit_status_through_the_console(
    cycle: Cycle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        Command().run_from_argv(
            [
                "ortakmasa",
                "report",
                "evaluation",
                "--plan",
                str(cycle.m.plan.pk),
                "--year",
                "2029",
                "--format",
                "docx",
                "--output",
                str(tmp_path / "e.docx"),
            ]
        )
    assert info.value.code == 2
    assert "2029 is not closed yet" in capsys.readouterr().err


def test_closed_evaluation_is_written(cycle: Cycle, tmp_path: Path) -> None:
    out = tmp_path / "e.docx"
    _run("evaluation", "--plan", str(cycle.m.plan.pk), "--year", "2025", "--output", str(out))
    doc = open_docx(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert any("HEDEFLERİN DEĞERLENDİRİLMESİ" in h for h in headings)
    assert any("BİRİKİMLİ GERÇEKLEŞME" in h for h in headings)
