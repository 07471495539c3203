"""Shapes met in real published news and press releases (issue 15, round 7:
the `dev4` part, 22 texts of new publishers), written anew.

Every sentence here is our own; the shapes are those the texts showed.
"""

from ortakmasa.textengine.pipeline import extract


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    got = extract(text, source=source) if source else extract(text)
    return {p["name"]: (p.get("title"), p.get("institution")) for p in got["people"]}


def bodies(text: str, source: str | None = None) -> set[str]:
    got = extract(text, source=source) if source else extract(text)
    return {i["name"] for i in got["institutions"]}


def test_a_school_is_a_body_not_a_persons_name():
    text = (
        "Kaymakam Murat Ekinci, Hüseyin Avni İlkokulu ile Nermin Tekin Anaokulunu ziyaret etti. "
        "Ardından Cengiz Topel Ortaokulu ve Yavuz Sultan Lisesi gezildi."
    )
    got = people(text)
    assert set(got) == {"Murat Ekinci"}
    assert {"Hüseyin Avni İlkokulu", "Cengiz Topel Ortaokulu", "Yavuz Sultan Lisesi"} <= bodies(text)


def test_a_metropolitan_municipality_written_in_two_words():
    text = "Kayseri Büyük Şehir Belediye Başkanı Deniz Acar, Kayseri Büyük Şehir\nBelediyesi'nde konuk ağırladı."
    got = people(text)
    assert got["Deniz Acar"] == ("Belediye Başkanı", "Kayseri Büyükşehir Belediyesi")
    assert "Kayseri Büyükşehir Belediyesi" in bodies(text)


def test_a_district_named_by_a_day_and_a_month():
    text = (
        "19 Mayıs Belediye Başkanı Oya Kurt ve 19 Mayıs Kaymakamı Tarık Işık, "
        "19 Mayıs Muhtarlar Derneği Başkanı Cem Ulu ile bir araya geldi."
    )
    got = people(text)
    assert got["Oya Kurt"] == ("Belediye Başkanı", "19 Mayıs Belediyesi")
    assert got["Tarık Işık"] == ("Kaymakam", "19 Mayıs Kaymakamlığı")
    assert got["Cem Ulu"] == ("Başkan", "19 Mayıs Muhtarlar Derneği")
    assert extract(text)["date"] is None
    # the holiday is still a date
    assert extract("Gençler 19 Mayıs 2023 günü stadyumda buluştu.")["date"] == "2023-05-19"
