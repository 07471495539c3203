"""Names cut or run on, and people named by surname (issue 15, round 15).

A chamber's acronym, a party's name or a compound noun written right after
a name ran into it; a name of two given names lost its surname when the
surname is also a place; a minister named by post and surname was no
person; a byline with two reporters was dropped.  Every sentence here is
our own, in the shapes seen in news.
"""

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


def test_chamber_acronym_after_name() -> None:
    names = people("Milletvekili Orhan Kasapoğlu KTSO'yu ziyaret etti")
    assert names == ["Orhan Kasapoğlu"]


def test_surname_in_capitals_is_kept() -> None:
    names = people("Toplantıya üyelerden Kenan KARAKUŞ ve Ali TOSUN katıldı.")
    assert "Kenan Karakuş" in names and "Ali Tosun" in names


def test_party_after_name() -> None:
    text = (
        "Milletvekili Ahmet Kasapoğlu, milletvekili adayı Selin Karagöz Ak Parti "
        "ilçe Başkanı Veli Tosun ile odayı ziyaret etti."
    )
    names = people(text)
    assert "Selin Karagöz" in names and "Veli Tosun" in names


def test_compound_noun_after_name() -> None:
    names = people("Mahalle Muhtarı Zehra Akbulut Atatürk Anıtı'na çelenk sundu.")
    assert names == ["Zehra Akbulut"]


def test_compound_noun_after_surname_of_known_person() -> None:
    text = "Vali Recep Demirtaş geldi. Vali Demirtaş Kurban Bayramı mesajı yayımladı."
    assert people(text) == ["Recep Demirtaş"]


def test_honour_book_is_no_person() -> None:
    names = people("Vali Ali Kuru makamında. Valilik Şeref Defteri'ni imzalayan konuk ayrıldı.")
    assert names == ["Ali Kuru"]


def test_two_given_names_then_a_place_surname() -> None:
    names = people("Meclis Başkanvekili Bayram Ali Çeltik başkanlığında toplandı.")
    assert names == ["Bayram Ali Çeltik"]


def test_place_after_full_name_still_ends_it() -> None:
    text = "Büyükşehir Belediye Başkanı Vahap Seçer Muğla Milas Belediye Başkanı ile görüştü."
    assert people(text)[0] == "Vahap Seçer"


def test_surname_noun_with_case_ending() -> None:
    names = people("Çevre ve Şehircilik Bakanı Murat Kurum'a ziyaret yaptılar.")
    assert names == ["Murat Kurum"]


def test_minister_by_post_and_surname() -> None:
    rec = extract("Ulaştırma ve Altyapı Bakanı Yalınoğlu: 'Köprüyü yıl sonunda açacağız'")
    assert [(p["name"], p["title"]) for p in rec["people"]] == [("Yalınoğlu", "Bakan")]


def test_given_name_kader() -> None:
    assert people("Ortaokul öğrencisi Kader Yavuz'a makamını devretti.") == ["Kader Yavuz"]


def test_byline_of_two_reporters() -> None:
    text = "Vali Ali Kuru okulu ziyaret etti.\n\n     Muhabir: Selim Kayacan / Veli Korkut\n"
    names = people(text)
    assert "Selim Kayacan" in names and "Veli Korkut" in names


def test_plural_noun_in_a_case_is_no_surname() -> None:
    assert people("Kaymakam Söylentilerden Rahatsız") == []


def test_industrial_zone_acronym_is_no_name() -> None:
    text = "Borsanın organizasyonu ile Tarım OSB ile ilgili incelemelerde bulunuldu."
    assert people(text) == []


def test_given_names_from_general_knowledge() -> None:
    names = people("Toplantıya Binali Karaca ve Işınsu Demirtepe de katıldı.")
    assert names == ["Binali Karaca", "Işınsu Demirtepe"]


def test_office_in_the_dative_before_the_elected() -> None:
    rec = extract(
        "Heyet son olarak Konya Ticaret Borsası başkanlığına yeniden seçilen "
        "Ayten Korkmazer'i ziyaret etti."
    )
    got = [(p["name"], p["title"], p["institution"]) for p in rec["people"]]
    assert got == [("Ayten Korkmazer", "Başkan", "Konya Ticaret Borsası")]


def test_municipal_office_in_the_dative_is_left_alone() -> None:
    rec = extract("Konya Büyükşehir Belediye başkanlığına seçilen Ali Kayalı konuştu.")
    assert [p["title"] for p in rec["people"]] != ["Başkan"]


def test_people_who_did_not_attend_are_no_participants() -> None:
    text = (
        "Erdemli Belediye Meclisi Mart ayı toplantısı yapıldı.\n\n"
        "Erdemli Belediye Meclisi Belediye Başkanı Kemal Uysaloğlu başkanlığında toplandı. "
        "Toplantıda imar konuları görüşüldü.\n\n"
        "AK Parti grubundan Nuran Karakoç ve Sevil Aydemir mazeretleri olduğu gerekçesiyle "
        "toplantıya katılmadı."
    )
    participants = [n for e in extract(text)["events"] for n in e["participants"]]
    assert participants == ["Kemal Uysaloğlu"]
