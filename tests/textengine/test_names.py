from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract(text)["people"]}


def test_institution_title_name():
    p = people("İstanbul Büyükşehir Belediye Başkanı Ekrem Yıldız, Kadıköy'ü ziyaret etti.")
    assert p["Ekrem Yıldız"]["title"] == "Belediye Başkanı"
    assert p["Ekrem Yıldız"]["institution"] == "İstanbul Büyükşehir Belediyesi"


def test_unit_titles_and_list_inheritance():
    p = people(
        "Toplantıya Konya Büyükşehir Belediyesi Çevre Koruma Daire Başkanı Ali Kara, "
        "birim müdürü Veli Ak ve İlçe Belediyesi dışından Ayşe Gök katıldı."
    )
    assert p["Ali Kara"]["unit"] == "Çevre Koruma Daire Başkanlığı"
    assert p["Veli Ak"]["title"] == "Birim Müdürü"
    assert p["Veli Ak"]["unit"] == "Çevre Koruma Daire Başkanlığı"
    assert p["Veli Ak"]["institution"] == "Konya Büyükşehir Belediyesi"


def test_alias_and_honorific():
    p = people("İBB Genel Sekreteri Prof. Dr. Selin Koç açıklama yaptı.")
    assert p["Selin Koç"]["institution"] == "İstanbul Büyükşehir Belediyesi"
    assert p["Selin Koç"]["title"] == "Genel Sekreter"


def test_party_label():
    p = people("CHP'li Kadıköy Belediye Başkanı Mert Yaman konuştu.")
    assert p["Mert Yaman"]["party"] == "CHP"
    p = people("Meclis Üyesi Ali Kaya (AK Parti) söz aldı.")
    assert p["Ali Kaya"]["party"] == "AKP"


def test_double_surname_kept():
    assert "Fatma Kaplan Hürriyet" in people("İzmit Belediye Başkanı Fatma Kaplan Hürriyet geldi.")


def test_capitals_surname_in_minutes():
    assert "Veli Topal" in people("Veli TOPAL - Sayın Başkanım, önerimiz şudur ki bu iş olsun.")


def test_place_and_person_told_apart():
    rec = extract(
        "İmamoğlu Belediye Başkanı Kemal Doğru, Proje Koordinatörü Seda İmamoğlu ile görüştü. "
        "İmamoğlu projeyi anlattı."
    )
    names = {p["name"]: p for p in rec["people"]}
    assert names["Kemal Doğru"]["institution"] == "İmamoğlu Belediyesi"
    assert "Seda İmamoğlu" in names
    assert len(names["Seda İmamoğlu"]["spans"]) == 2  # the later "İmamoğlu" is her


def test_untitled_name_with_given_name():
    assert "Ekrem Yıldız" in people("Ekrem Yıldız, AK Partili başkanı ziyaret etti.")
