"""Publishers read from the address (issue 15, round 18): a ministry's
provincial directorate, a district governorship whose district name three
provinces share, an organisation's own site named by its acronym; and the
posts such a site writes without the body.

The sentences are our own, with invented names."""

import pytest

from ortakmasa.textengine.pipeline import extract
from ortakmasa.textengine.publisher import publisher_of

TEXTILE = "Örme ve Giyim Sanayii"


@pytest.mark.parametrize(
    ("address", "name", "kind"),
    [
        ("https://adiyaman.tarimorman.gov.tr/1", "İl Tarım ve Orman Müdürlüğü", "directorate"),
        ("https://yenisehir.gov.tr/duyuru", "Yenişehir Kaymakamlığı", "district_governorship"),
        ("https://www.sagliksen.org.tr/haber/9", "Sağlık-Sen", "ngo"),
        ("https://www.ttb.org.tr/x", "Türk Tabipleri Birliği", "ngo"),
        ("https://www.teksif.org.tr/x", f"Türkiye Tekstil, {TEXTILE} İşçileri Sendikası", "ngo"),
    ],
)
def test_publisher_from_the_address(address: str, name: str, kind: str) -> None:
    pub = publisher_of(address)
    assert pub is not None
    assert (pub.name, pub.kind) == (name, kind)


def test_a_news_site_under_org_tr_is_no_organisation() -> None:
    assert publisher_of("https://www.haberciler.org.tr/x") is None


def _posts(text: str, source: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p["title"], p["institution"]) for p in extract(text, source)["people"]}


def test_an_organisation_s_officers_on_its_own_site() -> None:
    text = (
        "Genel Başkanımız Kemal Tuna, Ankara'daki hastaneyi ziyaret etti. Ziyarette Genel "
        "Sekreterimiz Orhan Dilek de hazır bulundu."
    )
    got = _posts(text, "https://www.sagliksen.org.tr/haber/1")
    assert got["Kemal Tuna"] == ("Genel Başkan", "Sağlık-Sen")
    assert got["Orhan Dilek"] == ("Genel Sekreter", "Sağlık-Sen")


def test_the_director_on_the_directorate_s_own_site() -> None:
    text = "İl Müdürümüz Yavuz Kartal, ilçedeki üreticileri ziyaret etti."
    got = _posts(text, "https://adiyaman.tarimorman.gov.tr/haber/1")
    assert got["Yavuz Kartal"] == ("İl Tarım ve Orman Müdürü", "İl Tarım ve Orman Müdürlüğü")


def test_the_same_text_on_a_news_site_names_no_body() -> None:
    text = "Genel Başkanımız Kemal Tuna, Ankara'daki hastaneyi ziyaret etti."
    assert _posts(text, "https://www.ornekhaber.com/x")["Kemal Tuna"][1] is None
