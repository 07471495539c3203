"""The reference data: Türkiye's provinces, districts and municipalities."""

from pathlib import Path

import pytest

from ortakmasa.data.check_reference import check
from ortakmasa.registry.models import District, Institution, InstitutionKind, Province
from ortakmasa.registry.reference import DATA_DIR, load_reference_data

pytestmark = pytest.mark.django_db

ISTANBUL_IN_TURKISH_ORDER = [
    "Adalar",
    "Arnavutköy",
    "Ataşehir",
    "Avcılar",
    "Bağcılar",
    "Bahçelievler",
    "Bakırköy",
    "Başakşehir",
    "Bayrampaşa",
    "Beşiktaş",
    "Beykoz",
    "Beylikdüzü",
    "Beyoğlu",
    "Büyükçekmece",
    "Çatalca",
    "Çekmeköy",
    "Esenler",
    "Esenyurt",
    "Eyüpsultan",
    "Fatih",
    "Gaziosmanpaşa",
    "Güngören",
    "Kadıköy",
    "Kağıthane",
    "Kartal",
    "Küçükçekmece",
    "Maltepe",
    "Pendik",
    "Sancaktepe",
    "Sarıyer",
    "Silivri",
    "Sultanbeyli",
    "Sultangazi",
    "Şile",
    "Şişli",
    "Tuzla",
    "Ümraniye",
    "Üsküdar",
    "Zeytinburnu",
]


def test_data_files_pass_their_own_check() -> None:
    assert check(DATA_DIR) == []


def test_all_provinces_and_districts_are_loaded() -> None:
    assert Province.objects.count() == 81
    assert District.objects.count() == 973
    assert Province.objects.filter(is_metropolitan=True).count() == 30
    assert Province.objects.get(plate=34).name == "İstanbul"
    assert Province.objects.get(plate=41).name == "Kocaeli"


def test_istanbul_districts_in_turkish_alphabetical_order() -> None:
    names = list(
        District.objects.filter(province__plate=34)
        .order_by("sort_key")
        .values_list("name", flat=True)
    )
    assert names == ISTANBUL_IN_TURKISH_ORDER


def test_municipalities_are_created_for_districts() -> None:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    assert ibb.name == "İstanbul Büyükşehir Belediyesi"
    assert ibb.kind == InstitutionKind.METROPOLITAN_MUNICIPALITY
    district_munis = Institution.objects.filter(
        province__plate=34, kind=InstitutionKind.DISTRICT_MUNICIPALITY
    )
    assert district_munis.count() == 39
    assert district_munis.filter(name="Eyüpsultan Belediyesi").exists()
    # A non-metropolitan province: the central district is served by the
    # provincial municipality, not by a "Merkez Belediyesi".
    assert Institution.objects.get(reference_key="municipality:province:14").name == (
        "Bolu Belediyesi"
    )
    assert not Institution.objects.filter(name="Merkez Belediyesi").exists()


def test_loading_twice_changes_nothing() -> None:
    before = Institution.objects.count(), District.objects.count()
    report = load_reference_data()
    assert not report.changed, report.summary()
    assert (Institution.objects.count(), District.objects.count()) == before


def test_a_broken_file_changes_nothing(tmp_path: Path) -> None:
    for name in ["provinces.csv", "parties.csv", "public_bodies.csv"]:
        (tmp_path / name).write_text(
            (DATA_DIR / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    lines = (DATA_DIR / "districts.csv").read_text(encoding="utf-8").splitlines()
    # A new district first, then a row pointing at a province that does not exist.
    lines.insert(1, "34,Yeni İlçe,0")
    lines.append("99,Nowhere,0")
    (tmp_path / "districts.csv").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(KeyError):
        load_reference_data(tmp_path)
    assert not District.objects.filter(name="Yeni İlçe").exists()
