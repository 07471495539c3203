"""A ministry's provincial or district directorate is written without the
province or district, even when the text writes it, and so is its
director's post (gold/real's convention, issue 15 round 14, branch
``text29``); bodies of other kinds keep what is written. Invented
sentences and names."""

from typing import Any

from ortakmasa.textengine.pipeline import extract


def run(text: str) -> tuple[dict[str, tuple[Any, Any]], list[str]]:
    out = extract(text)
    people = {p["name"]: (p["title"], p["institution"]) for p in out["people"]}
    return people, [i["name"] for i in out["institutions"]]


def test_provincial_health_director_with_the_province() -> None:
    people, bodies = run(
        "Toplantıya Bolu İl Sağlık Müdürü Dr. Nazlı Erk ve Bolu Valisi Ahmet Tan katıldı."
    )
    assert people["Nazlı Erk"] == ("İl Sağlık Müdürü", "İl Sağlık Müdürlüğü")
    assert "İl Sağlık Müdürlüğü" in bodies
    assert "Bolu İl Sağlık Müdürlüğü" not in bodies
    # the governorship keeps its province
    assert people["Ahmet Tan"] == ("Vali", "Bolu Valiliği")


def test_district_directors_with_the_district() -> None:
    people, bodies = run(
        "Toplantıya Kaymakam Sami Öztürk, Yalvaç İlçe Emniyet Müdürü Cengiz Tan ve "
        "Yalvaç İlçe Milli Eğitim Müdürü Halit Sever katıldı."
    )
    assert people["Cengiz Tan"] == ("İlçe Emniyet Müdürü", "İlçe Emniyet Müdürlüğü")
    assert people["Halit Sever"] == ("İlçe Milli Eğitim Müdürü", "İlçe Milli Eğitim Müdürlüğü")
    assert not [b for b in bodies if b.startswith("Yalvaç İlçe")]


def test_whole_posts_and_acting_directors_with_the_province() -> None:
    people, _ = run(
        "Programa Isparta Aile ve Sosyal Hizmetler İl Müdür Vekili Derya Koç, Isparta "
        "Tarım ve Orman İl Müdürü Sedat Ilgın ile Isparta İl Emniyet Müdürü Yavuz Ergin katıldı."
    )
    assert people["Derya Koç"] == (
        "Aile ve Sosyal Hizmetler İl Müdür Vekili",
        "Aile ve Sosyal Hizmetler İl Müdürlüğü",
    )
    assert people["Sedat Ilgın"] == ("Tarım ve Orman İl Müdürü", "Tarım ve Orman İl Müdürlüğü")
    assert people["Yavuz Ergin"] == ("İl Emniyet Müdürü", "İl Emniyet Müdürlüğü")


def test_directorate_with_commas_and_the_province() -> None:
    people, _ = run(
        "Programa Kütahya Çevre, Şehircilik ve İklim Değişikliği İl Müdürü Nevzat Uçar katıldı."
    )
    assert people["Nevzat Uçar"] == (
        "Çevre, Şehircilik ve İklim Değişikliği İl Müdürü",
        "Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü",
    )


def test_agency_acronym_stays_and_migration_directorate() -> None:
    people, _ = run(
        "Toplantıya Vali Sinan Kurt, AFAD Rize İl Müdürü Yücel Bora ve Rize İl Göç İdaresi "
        "Müdürü Mine Sarı katıldı."
    )
    assert people["Yücel Bora"] == ("İl Müdürü", "AFAD İl Müdürlüğü")
    assert people["Mine Sarı"] == ("İl Göç İdaresi Müdürü", "İl Göç İdaresi Müdürlüğü")


def test_other_bodies_keep_what_is_written() -> None:
    people, bodies = run(
        "Toplantıya Tavşanlı Belediyesi Fen İşleri Müdürü Selin Ak, Kayseri Vakıflar Bölge "
        "Müdürü Adem Kara ve Bolu İl Özel İdaresi Genel Sekreteri Nevzat Uçar katıldı."
    )
    assert people["Adem Kara"] == ("Bölge Müdürü", "Kayseri Vakıflar Bölge Müdürlüğü")
    assert people["Nevzat Uçar"] == ("Genel Sekreter", "Bolu İl Özel İdaresi")
    assert people["Selin Ak"][1] == "Tavşanlı Belediyesi"
    assert "Fen İşleri Müdürlüğü" in bodies


def test_directorate_named_on_its_own_is_a_body_as_written() -> None:
    _, bodies = run("Bolu İl Kültür ve Turizm Müdürlüğü tarafından düzenlenen sergi açıldı.")
    assert "Bolu İl Kültür ve Turizm Müdürlüğü" in bodies
