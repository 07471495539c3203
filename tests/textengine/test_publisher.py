"""The publisher of a text read from its source address.

A municipality's own site (``*.bel.tr``) publishes its press releases and
minutes; they name the mayor as "Başkan Ali Veli" and the council as
"Belediye Meclisi", without the place.  A news site or a file name gives
no publisher.  Our own texts, invented names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ortakmasa.textengine.evaluate import source_of
from ortakmasa.textengine.pipeline import extract
from ortakmasa.textengine.publisher import publisher_of

RELEASE = (
    "Başkan Ali Veli mahalle sakinleriyle buluştu\n\n"
    "Başkan Ali Veli, mahalle sakinleriyle bir araya geldi. Başkan Yardımcısı "
    "Ayşe Kara da ziyarette hazır bulundu.\n"
)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("https://kestel.bel.tr/haber/12", "Kestel Belediyesi"),
        ("https://www.izmir-dikili.bel.tr/Haber/1", "Dikili Belediyesi"),
        ("http://www.bursa.bel.tr/", "Bursa Büyükşehir Belediyesi"),
        ("https://suleymanpasa.bel.tr/a?b=1", "Süleymanpaşa Belediyesi"),
    ],
)
def test_a_municipal_host_names_its_municipality(source: str, name: str) -> None:
    pub = publisher_of(source)
    assert pub is not None and pub.name == name


@pytest.mark.parametrize(
    "source",
    ["haber.txt", "-", "https://www.haberler.com/kestel-1", "https://merkez.bel.tr/"],
)
def test_other_sources_give_no_publisher(source: str) -> None:
    assert publisher_of(source) is None


def test_the_publisher_completes_a_mayors_post() -> None:
    people = {
        p["name"]: p for p in extract(RELEASE, source="https://kestel.bel.tr/haber/1")["people"]
    }
    assert people["Ali Veli"]["title"] == "Belediye Başkanı"
    assert people["Ali Veli"]["institution"] == "Kestel Belediyesi"
    assert people["Ayşe Kara"]["institution"] == "Kestel Belediyesi"


def test_without_a_publisher_the_post_stays_open() -> None:
    people = {p["name"]: p for p in extract(RELEASE, source="release.txt")["people"]}
    assert people["Ali Veli"]["institution"] is None


def test_the_evaluator_reads_the_address_next_to_a_text(tmp_path: Path) -> None:
    text = tmp_path / "001_release.txt"
    text.write_text(RELEASE, "utf-8")
    assert source_of(text) == "001_release.txt"
    (tmp_path / "001_release.source").write_text("https://kestel.bel.tr/haber/1\n", "utf-8")
    assert source_of(text) == "https://kestel.bel.tr/haber/1"
