"""Shapes met in real published texts (issue 15, round 7: council minutes,
provincial councils, unions' councils and kent konseyi minutes on the `dev5`
development part), written anew.

Every sentence here is our own; the shapes are those the texts showed.
"""

from typing import Any

from ortakmasa.textengine.pipeline import extract


def read(text: str) -> dict[str, Any]:
    return extract(text)


def people(got: dict[str, Any]) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        p["name"]: (p.get("title"), p.get("institution"), p.get("party")) for p in got["people"]
    }


def sessions(got: dict[str, Any]) -> list[Any]:
    return [e.get("host") for e in got["events"] if e["kind"] == "council_session"]


def host_name(host: Any) -> str | None:
    return host.get("name") if isinstance(host, dict) else host


# -- a union written "<Place> Belediyeler Birliği" -----------------------------


def test_a_union_named_after_a_place_is_not_that_places_municipality():
    got = read(
        "Kırşehir Belediye Başkanı Oya Tan, Başkan Tan Kırşehir Belediyeler Birliği Başkanı "
        "Eren Güler'den meclisin toplanmasını istedi."
    )
    assert people(got)["Eren Güler"][:2] == ("Başkan", "Kırşehir Belediyeler Birliği")
    names = {i["name"] for i in got["institutions"]}
    assert "Kırşehir Belediyeler Birliği" in names
    assert not any(n.startswith("Tan ") for n in names)


def test_a_unions_council_named_with_its_union_hosts_the_sitting():
    got = read(
        "Ege Kıyısı Belediyeler Birliği Meclisi, 4. dönem ilk toplantısını Aydın'da yaptı. "
        "Toplantıya Aydın Büyükşehir Belediye Başkanı Selin Yurt katıldı."
    )
    assert [host_name(h) for h in sessions(got)] == ["Ege Kıyısı Belediyeler Birliği"]


def test_the_union_in_the_genitive_before_its_council_sitting_hosts_it():
    got = read(
        "Kaya Belediye Başkanı Ozan Er, Trakya Belediyeler Birliği'nin Tekirdağ'da yapılan "
        "2022 yılı Olağan 2. Meclis Toplantısı'nda encümene seçildi. Toplantıya Edirne Belediye "
        "Başkanı Naz Koç katıldı."
    )
    assert [host_name(h) for h in sessions(got)] == ["Trakya Belediyeler Birliği"]


# -- provincial councils ---------------------------------------------------------


def test_a_provincial_councils_officers_belong_to_the_provinces_special_administration():
    got = read(
        "Toplantıya Özel İdare Genel Sekreteri Kemal Sezer, Genel Sekreter Yardımcısı Oya Erdem "
        "ve il genel meclisi üyeleri katıldı. İl Genel Meclisi Başkanı Rıza Bulut açılışta "
        "Sinop'a huzur diledi. İl Genel Meclisi'nin tatili oy birliğiyle Ağustos'a alındı."
    )
    body = "Sinop İl Özel İdaresi"
    got_people = people(got)
    assert got_people["Rıza Bulut"][:2] == ("Meclis Başkanı", body)
    assert got_people["Kemal Sezer"][:2] == ("Genel Sekreter", body)
    assert got_people["Oya Erdem"][:2] == ("Genel Sekreter Yardımcısı", body)
    assert "İl Genel Meclisi" in {i["name"] for i in got["institutions"]}


def test_a_provincial_council_without_its_province_gives_no_body():
    got = read(
        "İl Genel Meclisi'nin mart ayı toplantısı Meclis Başkanı Hilmi Ay başkanlığında yapıldı. "
        "Gündemdeki 12 madde görüşüldü."
    )
    assert people(got)["Hilmi Ay"][:2] == ("Meclis Başkanı", None)
    assert [host_name(h) for h in sessions(got)] == ["İl Genel Meclisi"]


def test_a_sitting_numbered_with_an_apostrophe_is_a_council_session():
    got = read("İl Genel Meclisi 7’nci birleşimi Selim Aksu’nun başkanlığında toplandı.")
    assert len(sessions(got)) == 1


def test_a_provincial_council_member_among_guests_does_not_make_a_provincial_text():
    got = read(
        "Programa Genel Sekreter Ufuk Tan ve İl Genel Meclis Üyesi Nail Sarp katıldı. "
        "Program Tokat'ta yapıldı."
    )
    assert people(got)["Ufuk Tan"][1] is None


# -- parties ----------------------------------------------------------------------


def test_a_party_label_before_a_plural_noun_is_no_persons_party():
    got = read(
        "Önder Kılıç, CHP'li üyeler de dahil olmak üzere tüm meclisin ortak karar aldığını "
        "hatırlattı. MHP'nin ısrarı üzerine Kılıç, önergeyi yeniden oylattı."
    )
    assert people(got)["Önder Kılıç"][2] is None


def test_a_party_label_goes_to_every_name_of_its_run():
    got = read(
        "Oylamada İYİ Partili Deniz Sarı ve Ahmet Tunç encümene seçildi. CHP'li Meclis Üyesi "
        "Alp Çam, Sevgi Oral'ın sözlerine yanıt verdi."
    )
    got_people = people(got)
    assert got_people["Deniz Sarı"][2] == "İYİ Parti"
    assert got_people["Ahmet Tunç"][2] == "İYİ Parti"
    assert got_people["Alp Çam"][2] == "CHP"
    assert got_people["Sevgi Oral"][2] is None


def test_the_party_before_a_plural_post_goes_to_the_whole_list():
    got = read("MHP Belediye Meclis Üyeleri Cem Aras, Filiz Önal ve Berk Tuna istifa etti.")
    assert {p[2] for p in people(got).values()} == {"MHP"}


# -- council posts a sitting elects --------------------------------------------------


def test_people_elected_to_council_posts_in_a_sitting_hold_them():
    got = read(
        "Yeşilova Belediye meclis ilk toplantısında seçimler yapıldı. Seçimde DEVA'dan belediye "
        "başkanlığına Murat Eken seçildi. Kapalı oylamada AK Partili Lale Kurt ve Hakan Sert "
        "kâtip üyeliklerine seçildi. AK Partili Burak Dinç ve Ece Soylu meclis başkan "
        "vekilliğine seçildi."
    )
    got_people = people(got)
    body = "Yeşilova Belediyesi"
    assert got_people["Murat Eken"][:2] == ("Belediye Başkanı", body)
    assert got_people["Lale Kurt"] == ("Kâtip Üye", body, "AKP")
    assert got_people["Hakan Sert"] == ("Kâtip Üye", body, "AKP")
    assert got_people["Burak Dinç"][:2] == ("Meclis Başkan Vekili", body)
    assert got_people["Ece Soylu"][:2] == ("Meclis Başkan Vekili", body)


# -- a turn head alone on its line -----------------------------------------------------


def test_a_turn_head_alone_on_its_line_opens_a_speech_turn_with_the_speakers_post():
    got = read(
        "12. GENEL KURUL TOPLANTISI ZABITLARI\n\n"
        "Gökhan ÇINAR – Tokat Kent Konseyi Başkanı:\n\n"
        "Değerli Genel Kurul Üyeleri, hepiniz hoş geldiniz. Bugün yeni yönergemizi görüşeceğiz "
        "ve oylayacağız.\n"
    )
    assert people(got)["Gökhan Çınar"][:2] == ("Başkan", "Tokat Kent Konseyi")
    quote = got["quotes"][0]
    assert quote["text"].startswith("Değerli Genel Kurul Üyeleri")
    assert quote["speaker"] == "Gökhan Çınar"


# -- chairs, bare council posts, offices given ------------------------------------------


def test_the_person_chairing_a_council_sitting_in_prose_sits_in_its_body():
    got = read(
        "Kemer belediye meclisi Mart ayı toplantısı yapıldı. Toplantı Yusuf Erel başkanlığında "
        "yapıldı ve üç madde görüşüldü."
    )
    assert people(got)["Yusuf Erel"][1] == "Kemer Belediyesi"


def test_a_kent_konseyi_post_without_its_place_is_the_named_councils():
    got = read(
        "Rize Kent Konseyi'nin yeni yürütme kurulu toplandı. Yürütme Kurulu Ahmet Sarp "
        "başkanlığında toplandı. Kent Konseyi Başkanı Sarp toplantıyı açtı."
    )
    assert people(got)["Ahmet Sarp"][:2] == ("Başkan", "Rize Kent Konseyi")


def test_an_office_given_in_the_dative_is_no_word_of_the_next_body():
    got = read("Toplantıda Kent Konseyi Sözcülüğüne Eczacılar Odası Başkanı Filiz Tan getirildi.")
    assert people(got)["Filiz Tan"][1] == "Eczacılar Odası"


def test_a_unions_council_written_without_the_union_is_no_body():
    got = read(
        "Birlik Başkanı Ahmet Kara başkanlığında yapılan Birlik Meclisi toplantısında bütçe "
        "oy birliğiyle kabul edildi."
    )
    assert "Birlik Meclisi" not in {i["name"] for i in got["institutions"]}


# -- a municipality's own minutes ---------------------------------------------------------

OWN_MINUTES = (
    "NİSAN 2023 MECLİS TOPLANTISI KARAR ÖZETLERİ\n\n"
    "Belediyemiz Meclisi, Nisan Ayı Olağan Meclis Toplantısını 04.04.2023 günü yaptı. "
    "Yoklamada Meclis Üyesi Deniz ORAL'ın izinli olduğu görüldü.\n"
    "1- Büyükşehir Belediyesi Meclisine gönderilen plan değişikliği, Büyükşehir Belediyesi "
    "görüşü ve Büyükşehir Belediyesi yazısı ile birlikte oy birliği ile kabul edildi.\n"
    "2- Kadir ÖZ, Selin AY ve Murat KAN'ın kabul oylarıyla bütçe oy çokluğu ile kabul edildi.\n"
)


def test_minutes_on_a_municipalitys_own_site_belong_to_it_and_name_it():
    got = extract(OWN_MINUTES, source="https://www.kartepe.bel.tr/meclis/karar-ozetleri-2023-04")
    body = "Kartepe Belediyesi"
    assert {p["institution"] for p in got["people"]} == {body}
    assert body in {i["name"] for i in got["institutions"]}
    assert [host_name(h) for h in sessions(got)] == [body]


def test_a_councils_committee_is_a_unit_of_the_councils_body():
    got = extract(
        "Kartal Belediye Meclisi toplandı. İmar Komisyonu Başkanı Ali Veli komisyon raporunu okudu."
    )
    person = next(p for p in got["people"] if p["name"] == "Ali Veli")
    assert (person["unit"], person["institution"]) == ("İmar Komisyonu", "Kartal Belediyesi")


DISTRICT_MINUTES_ELSEWHERE = (
    "GEBZE İLÇE BELEDİYE MECLİSİ KARAR ÖZETİ\n"
    "Kocaeli Büyükşehir Belediye Meclisinin onayına sunulacak plan değişikliği görüşüldü.\n"
    "Meclis Başkanı : Ali KURT\n"
    "Kâtip Üyeler : Ece DAĞ - Kemal SAY\n"
    "1- Kocaeli Büyükşehir Belediyesi'nin yatırım programı ve Kocaeli Büyükşehir Belediyesi "
    "yazısı okundu; Meclis üyeleri Ahmet YURT ve Murat ERSOY'un ret oylarına karşı oy çokluğu "
    "ile kabul edildi. Darıca Belediye Meclis Üyesi Can ER dinleyici olarak katıldı.\n"
)


def test_a_district_councils_minutes_keep_its_members_at_the_district():
    got = extract(DISTRICT_MINUTES_ELSEWHERE, source="https://www.example-haber.com.tr/gebze")
    got_people = people(got)
    body = "Gebze Belediyesi"
    for name in ("Ali Kurt", "Ece Dağ", "Kemal Say", "Ahmet Yurt", "Murat Ersoy"):
        assert got_people[name][1] == body, name
    assert got_people["Can Er"][1] == "Darıca Belediyesi"


def test_news_of_a_district_sitting_keeps_its_officers_at_the_district():
    got = extract(
        "Nilüfer Belediye Meclisi Mart ayı toplantısı yapıldı. Toplantıyı Meclis 1. Başkanvekili "
        "Ayşe KORKMAZ yönetti. Bursa Büyükşehir Belediyesi'nin onayladığı plan ile Bursa "
        "Büyükşehir Belediyesi'ne devredilecek parseller görüşüldü. CHP Grubu adına Deniz ÖZ ve "
        "AK Parti Grubu adına Mert ÇAKIR söz aldı. Madde oy birliği ile kabul edildi."
    )
    got_people = people(got)
    assert got_people["Ayşe Korkmaz"][:2] == ("Meclis Başkan Vekili", "Nilüfer Belediyesi")
    assert got_people["Deniz Öz"][2] == "CHP"
    assert got_people["Mert Çakır"][2] == "AKP"


def test_the_parliaments_speaker_named_in_a_councils_news_keeps_the_parliament():
    got = extract(
        "Nilüfer Belediye Meclisi Mart ayı toplantısı yapıldı. Meclis Başkanı Ali Kurt, TBMM "
        "Başkanı Numan Kurtulmuş'un mesajını okudu."
    )
    got_people = people(got)
    assert got_people["Ali Kurt"][1] == "Nilüfer Belediyesi"
    assert got_people["Numan Kurtulmuş"][1] == "Türkiye Büyük Millet Meclisi"
