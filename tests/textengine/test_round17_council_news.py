"""People in news on council sittings (issue 15, round 17, branch `text40`).

Every sentence here is our own, with invented names and places; the shapes
are those of Turkish news on municipal council sittings (5393 Belediye
Kanunu art. 19: party groups of the council speak through their group
spokesmen; a metropolitan council written without its city names no body).
"""

from typing import Any

from ortakmasa.textengine.pipeline import extract


def record(text: str) -> dict[str, Any]:
    got: dict[str, Any] = extract(text)
    return got


def people(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        p["name"]: (p.get("title"), p.get("institution"), p.get("party"))
        for p in record(text)["people"]
    }


def institutions(text: str) -> list[str]:
    return [i["name"] if isinstance(i, dict) else i for i in record(text)["institutions"]]


# -- a bare "üye" after a party adjective ---------------------------------------


def test_a_party_member_written_as_bare_uye_is_a_council_member():
    got = people(
        "Yenidere Belediye Meclisi'nin dünkü toplantısında gerginlik yaşandı. MHP'li üye "
        "Sinan Ertaş, bütçe maddesinin görüşülmesi sırasında söz alarak itiraz etti."
    )
    assert got["Sinan Ertaş"] == ("Meclis Üyesi", "Yenidere Belediyesi", "MHP")


def test_an_independent_member_written_as_bare_uye():
    got = people(
        "Çiftlik Belediye Meclisi'nin ekim ayı toplantısında bağımsız üye Gülay Okur, "
        "park projesine yönelik sorular yöneltti."
    )
    assert got["Gülay Okur"][:2] == ("Meclis Üyesi", "Çiftlik Belediyesi")


def test_bare_uye_outside_a_council_sitting_gives_no_post():
    got = people("Dernek kermesine CHP'li üye Berk Yalın da katıldı ve ürünleri inceledi.")
    assert got["Berk Yalın"][:2] == (None, None)


# -- a party's spokesman at a council's sitting -----------------------------------


def test_a_party_spokesman_at_a_council_sitting_is_the_group_spokesman():
    got = people(
        "Yenidere Belediye Meclisi'nin bugünkü toplantısında CHP Sözcüsü Kaan Demirtaş, "
        "ulaşım zammına karşı çıktıklarını söyledi."
    )
    assert got["Kaan Demirtaş"] == ("Grup Sözcüsü", "Yenidere Belediyesi", "CHP")


def test_a_party_spokesman_in_other_news_stays_the_partys():
    got = people("AK Parti Sözcüsü Kaan Demirtaş, genel merkezde basın toplantısı düzenledi.")
    assert got["Kaan Demirtaş"][0] == "Parti Sözcüsü"


# -- a metropolitan council without its city ---------------------------------------


def test_a_metropolitan_council_without_its_city_names_no_body():
    text = (
        "Büyükşehir Belediyesi Meclis toplantısında gerginlik yaşandı. AK Parti Grup Sözcüsü "
        "Nazlı Okur, Büyükşehir Belediye Başkanı Rıza Tandoğan'ın açıklamalarına tepki gösterdi."
    )
    got = people(text)
    assert got["Nazlı Okur"][:2] == ("Grup Sözcüsü", None)
    assert got["Rıza Tandoğan"][:2] == ("Belediye Başkanı", None)
    assert not any(name.startswith("Büyükşehir") for name in institutions(text))


def test_a_metropolitan_council_with_its_city_keeps_its_body():
    got = people(
        "Bursa Büyükşehir Belediyesi Meclis toplantısında AK Parti Grup Sözcüsü Nazlı Okur "
        "söz aldı."
    )
    assert got["Nazlı Okur"][:2] == ("Grup Sözcüsü", "Bursa Büyükşehir Belediyesi")


# -- a name listed before a council's commission ---------------------------------------


def test_a_member_listed_before_a_council_commission_is_not_a_body():
    text = (
        "Yenidere Belediye Meclisi toplantısında gizli oyla yapılan seçimde Sinan Ertaş, "
        "Gülay Okur ve Kaan Demirtaş Meclis Denetim Komisyonu'na üye olarak seçildi."
    )
    got = people(text)
    assert got["Kaan Demirtaş"][:2] == ("Meclis Üyesi", "Yenidere Belediyesi")
    assert not any("Demirtaş" in name for name in institutions(text))


# -- the post that fits the sitting ------------------------------------------------


def test_a_deputy_mayor_who_is_also_a_member_is_a_member_at_the_sitting():
    got = people(
        "Bursa Büyükşehir Belediye Meclisi'nin kasım ayı toplantısında tartışma çıktı. "
        "Gemlik Belediye Başkan Yardımcısı ve CHP Meclis üyesi Sinan Ertaş ise söz istedi."
    )
    assert got["Sinan Ertaş"] == ("Meclis Üyesi", "Bursa Büyükşehir Belediyesi", "CHP")


# -- the mayor's party from "CHP'li başkan" -----------------------------------------


def test_a_partys_unnamed_baskan_gives_the_chair_his_party():
    got = people(
        "Yenidere Belediye Meclisi'nin dünkü toplantısında gerginlik yaşandı. Belediye "
        "Başkanı Rıza Tandoğan, üyeleri sakin olmaya çağırdı. Oturumda İYİ Partili başkan "
        "ile MHP'li üyeler arasında tartışma çıktı."
    )
    assert got["Rıza Tandoğan"] == ("Belediye Başkanı", "Yenidere Belediyesi", "İYİ Parti")


def test_a_partys_named_mayor_of_another_place_gives_the_chair_nothing():
    got = people(
        "Yenidere Belediye Meclisi'nin dünkü toplantısında Belediye Başkanı Rıza Tandoğan "
        "konuştu. Toplantıyı CHP'li Belediye Başkanı Kaan Demirtaş da izledi."
    )
    assert got["Rıza Tandoğan"][2] is None


# -- a surname misspelt in the one full mention ----------------------------------------


def test_a_surname_misspelt_once_takes_the_spelling_written_more_often():
    names = set(
        people(
            "Meclis toplantısında Belediye Başkanı Rıza Tandoğanlı'nın açıklamaları tartışıldı. "
            "Tandoğanoğlu'na tepki gösteren üyeler salonu terk etti. Tandoğanoğlu ise "
            "toplantıyı sürdürdü."
        )
    )
    assert "Rıza Tandoğanoğlu" not in names  # two letters off: no slip
    got = people(
        "Meclis toplantısında Belediye Başkanı Rıza Tandoğn'ın açıklamaları tartışıldı. "
        "Tandoğan'a tepki gösteren üyeler salonu terk etti. Tandoğan ise toplantıyı sürdürdü."
    )
    assert "Rıza Tandoğan" in got and "Rıza Tandoğn" not in got
