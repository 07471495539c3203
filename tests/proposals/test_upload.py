"""Bulk upload: template, row-by-row report, the two modes, re-uploads."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import load_workbook

from ortakmasa.proposals.models import Channel, Proposal
from ortakmasa.proposals.upload import COLUMNS, parse_number
from tests.proposals.conftest import district_municipality, workbook

pytestmark = pytest.mark.django_db

HEADER = [h for h, _n in COLUMNS]
GOOD_1 = ["Okul önüne yaya geçidi", "", "öneri", "transport; children", "", "Başakşehir"]
GOOD_2 = ["Parka aydınlatma", "Akşamları park karanlık", "sorun", "Yeşil alan", "", "basaksehir"]
BAD = ["", "", "dilek", "uzay", "", "Atlantis", "", "çok", "-5", "acil değil"]


def xlsx(rows: list[list[str]]) -> SimpleUploadedFile:
    return SimpleUploadedFile("oneriler.xlsx", workbook(rows))


def post(client: Client, file: SimpleUploadedFile, mode: str) -> object:
    return client.post("/proposals/upload/", {"file": file, "mode": mode})


def test_template_has_the_columns_and_the_themes(client_for: Callable[[str], Client]) -> None:
    response = client_for("liaison").get("/proposals/upload/template.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    first = book.worksheets[0]
    assert [c.value for c in first[1]] == HEADER
    assert first["A2"].value  # an example row
    codes = {row[0].value for row in book["Değerler"].iter_rows()}
    assert {"transport", "children", "green_space"} <= codes


def test_all_or_nothing_saves_nothing_and_reports_each_row(
    client_for: Callable[[str], Client],
) -> None:
    response = post(client_for("liaison"), xlsx([HEADER, GOOD_1, BAD, GOOD_2]), "all_or_nothing")
    report = response.context["report"]
    assert not report.saved
    assert [r.number for r in report.rows] == [2, 3, 4]
    assert [r.outcome for r in report.rows] == ["not saved", "error", "not saved"]
    bad = report.rows[1]
    # title, kind, theme, district, cost, population, urgency
    assert len(bad.errors) == 7
    assert not Proposal.objects.filter(channel=Channel.IMPORT).exists()


def test_keep_good_rows_saves_them_for_the_liaisons_district(
    client_for: Callable[[str], Client],
) -> None:
    response = post(client_for("liaison"), xlsx([HEADER, GOOD_1, BAD, GOOD_2]), "keep_good")
    report = response.context["report"]
    assert report.saved and (report.created, report.failed) == (2, 1)
    saved = Proposal.objects.filter(channel=Channel.IMPORT).order_by("id")
    assert [p.title for p in saved] == ["Okul önüne yaya geçidi", "Parka aydınlatma"]
    assert {p.institution for p in saved} == {district_municipality("Başakşehir")}
    assert sorted(saved[0].themes.values_list("code", flat=True)) == ["children", "transport"]
    assert saved[1].themes.get().code == "green_space"
    assert all(p.events.count() == 1 for p in saved)


def test_uploading_the_same_file_again_adds_nothing(client_for: Callable[[str], Client]) -> None:
    client = client_for("liaison")
    post(client, xlsx([HEADER, GOOD_1, GOOD_2]), "all_or_nothing")
    response = post(client, xlsx([HEADER, GOOD_1, GOOD_2, GOOD_2]), "all_or_nothing")
    report = response.context["report"]
    assert report.saved and (report.created, report.duplicates) == (0, 3)
    assert Proposal.objects.filter(channel=Channel.IMPORT).count() == 2


def test_office_names_the_district_in_the_kurum_column(
    client_for: Callable[[str], Client],
) -> None:
    row = ["Sahil yolu bisiklet yolu", "", "", "transport", "Kadıköy", "Kadıköy", "", "1.250.000"]
    response = post(client_for("office"), xlsx([HEADER, row]), "all_or_nothing")
    assert response.context["report"].created == 1
    p = Proposal.objects.get(title="Sahil yolu bisiklet yolu")
    assert p.institution == district_municipality("Kadıköy")
    assert p.estimated_cost == 1250000


def test_liaison_cannot_upload_for_another_district(client_for: Callable[[str], Client]) -> None:
    row = ["Başkasının önerisi", "", "", "", "Kadıköy"]
    response = post(client_for("liaison"), xlsx([HEADER, row]), "all_or_nothing")
    # The Kurum column is ignored for a liaison: the row is its own district's.
    assert Proposal.objects.get(title="Başkasının önerisi").institution == district_municipality(
        "Başakşehir"
    )
    assert response.context["report"].created == 1


def test_csv_with_semicolons_in_windows_turkish(client_for: Callable[[str], Client]) -> None:
    text = "Başlık;Açıklama;Temalar;İlçe\nÇöp konteyneri eksik;Şikayet çok;atık;Başakşehir\n"
    file = SimpleUploadedFile("oneriler.csv", text.encode("cp1254"))
    response = post(client_for("liaison"), file, "all_or_nothing")
    assert response.context["report"].created == 1
    p = Proposal.objects.get(title="Çöp konteyneri eksik")
    assert p.themes.get().code == "waste" and p.text == "Şikayet çok"


def test_unreadable_files_get_a_message(client_for: Callable[[str], Client]) -> None:
    client = client_for("liaison")
    response = post(client, SimpleUploadedFile("x.xlsx", b"not a workbook"), "keep_good")
    assert response.context["error"]
    # Told from the content, not the name: a PDF is refused by the reader.
    response = post(client, SimpleUploadedFile("x.pdf", b"%PDF"), "keep_good")
    assert "XLSX" in response.context["error"]
    response = post(client, xlsx([["Ad", "Soyad"], ["a", "b"]]), "keep_good")
    assert response.context["error"]


@pytest.mark.parametrize(
    "text,value",
    [("1.250.000", 1250000), ("1250000,50", 1250000.5), ("1,250,000.50", 1250000.5), ("12", 12)],
)
def test_numbers_written_the_turkish_or_english_way(text: str, value: float) -> None:
    assert float(parse_number(text)) == value
