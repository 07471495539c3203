"""Posts of people in council texts (issue 15, round 13, branch `text23`):
council minutes, decision summaries and news on council sittings.

Every sentence here is our own, with invented names and places; the shapes
are those of Turkish local-government texts (5393 Belediye Kanunu, 5302 İl
Özel İdaresi Kanunu): members named in prose, members elected to
commissions, party groups, chairs by role, provincial councils.
"""

from typing import Any

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    got: dict[str, Any] = extract(text)
    return {
        p["name"]: (p.get("title"), p.get("institution"), p.get("party")) for p in got["people"]
    }


# -- members named in prose ---------------------------------------------------


def test_members_listed_in_lower_case_after_meclis_uyeleri():
    got = people(
        "Yenidere Belediye Meclisi haziran ayı toplantısını yaptı. Toplantıda meclis "
        "üyeleri Sinan Ertaş, Gülay Okur ve Berk Yalın söz alarak görüşlerini açıkladı."
    )
    for name in ("Sinan Ertaş", "Gülay Okur", "Berk Yalın"):
        assert got[name][:2] == ("Meclis Üyesi", "Yenidere Belediyesi")


def test_a_member_of_a_named_municipality_with_a_party_adjective():
    got = people(
        "Çiftlik Belediyesi'nin AK Partili meclis üyelerinden Selin Kara, imar planına itiraz etti."
    )
    assert got["Selin Kara"] == ("Meclis Üyesi", "Çiftlik Belediyesi", "AKP")


def test_a_bare_member_post_in_news_on_a_sitting_is_the_councils():
    got = people(
        "Esenköy Belediye Meclisi'nin ekim toplantısı yapıldı. Toplantıda söz alan CHP'li "
        "meclis üyesi Burak Tunalı, otopark sorununa dikkat çekti."
    )
    assert got["Burak Tunalı"] == ("Meclis Üyesi", "Esenköy Belediyesi", "CHP")


def test_members_speaking_for_a_party_group():
    got = people(
        "Akçakent Belediye Meclisi'nin haziran toplantısında bütçe görüşüldü. MHP Grubu "
        "adına Yaşar Tunç, CHP Grubu adına ise Melek Arı konuştu."
    )
    assert got["Yaşar Tunç"] == ("Meclis Üyesi", "Akçakent Belediyesi", "MHP")
    assert got["Melek Arı"] == ("Meclis Üyesi", "Akçakent Belediyesi", "CHP")


def test_a_member_named_from_a_party_group_with_an_unlisted_given_name():
    got = people(
        "Karaağaç Belediye Meclisi mayıs ayı toplantısı dün yapıldı. İYİ Parti grubundan "
        "Nirvel Tandoğan mazereti nedeniyle toplantıya katılmadı."
    )
    assert got["Nirvel Tandoğan"] == ("Meclis Üyesi", "Karaağaç Belediyesi", "İYİ Parti")


def test_group_deputy_chairs_of_a_municipal_council():
    got = people(
        "Sarıyurt Belediye Meclisi toplantısında bütçe tartışması yaşandı. AK Parti Grup "
        "Başkanvekili Murat Kılınç ile CHP Grup Başkanvekili Deniz Akın arasında tartışma "
        "çıktı."
    )
    assert got["Murat Kılınç"] == ("Grup Başkan Vekili", "Sarıyurt Belediyesi", "AKP")
    assert got["Deniz Akın"] == ("Grup Başkan Vekili", "Sarıyurt Belediyesi", "CHP")


def test_group_deputy_chairs_in_parliament_news_stay_at_the_parliament():
    got = people(
        "TBMM Genel Kurulu'nda kanun teklifinin görüşmelerine devam edildi. CHP Grup "
        "Başkanvekili Ali Kırdemir ile AK Parti Grup Başkanvekili Erkan Tunalı arasında "
        "tartışma çıktı."
    )
    assert got["Ali Kırdemir"][1] == "Türkiye Büyük Millet Meclisi"


# -- posts a sitting elects ---------------------------------------------------


def test_members_elected_to_commissions_are_council_members():
    got = people(
        "Dereköy Belediye Meclisi yeni dönemin ilk toplantısını yaptı. İmar komisyonuna "
        "Ahmet Kaya, Sevim Er ve Oğuz Çelik; plan ve bütçe komisyonuna ise Nihat Bulut ile "
        "Esra Tan seçildi."
    )
    for name in ("Ahmet Kaya", "Sevim Er", "Oğuz Çelik", "Nihat Bulut", "Esra Tan"):
        assert got[name][:2] == ("Meclis Üyesi", "Dereköy Belediyesi")


def test_each_elected_name_takes_the_post_written_before_it():
    got = people(
        "Yeşilova Belediye Meclisi yeni dönemin ilk toplantısını yaptı. Yapılan seçimde "
        "kâtip üyeliklere Cem Oral ve Filiz Aydın, meclis başkan vekilliklerine ise Ufuk "
        "Kaya ile Nermin Çakır seçildi."
    )
    assert got["Cem Oral"][:2] == ("Kâtip Üye", "Yeşilova Belediyesi")
    assert got["Filiz Aydın"][0] == "Kâtip Üye"
    assert got["Ufuk Kaya"][:2] == ("Meclis Başkan Vekili", "Yeşilova Belediyesi")
    assert got["Nermin Çakır"][0] == "Meclis Başkan Vekili"


def test_each_elected_name_takes_the_post_written_after_it():
    got = people(
        "Yeşilova Belediye Meclisi ilk toplantısını yaptı. Cem Oral ve Filiz Aydın kâtip "
        "üyeliklere, Ufuk Kaya ise encümene seçildi."
    )
    assert got["Cem Oral"][0] == "Kâtip Üye"
    assert got["Ufuk Kaya"][0] == "Meclis Üyesi"


def test_a_board_elected_in_a_council_text_is_not_the_council():
    got = people(
        "Dernek üyeleri meclis toplantısı salonunda buluştu. Yönetim kurulu üyeliğine "
        "Tarık Sezen seçildi."
    )
    assert got["Tarık Sezen"][0] != "Meclis Üyesi"


def test_a_kent_konseyi_post_read_with_the_bare_head_is_the_named_konsey():
    got = people(
        "Yalıkavak Kent Konseyi Genel Kurulu yapıldı. Genel kurulda Kent Konseyi "
        "Başkanlığına Oya Gencer seçildi."
    )
    assert got["Oya Gencer"][1] == "Yalıkavak Kent Konseyi"


# -- posts written with the council's name ------------------------------------


def test_posts_written_after_a_councils_name_are_at_its_municipality():
    got = people(
        "Toplantıya Kemerli Belediye Meclisi Üyesi Ahmet Durmaz, Kemerli Belediye Meclisi "
        "Birinci Başkan Vekili Selim Uçar ve Kemerli Belediye Meclisi Kâtip Üyesi Nuran "
        "Akbaş katıldı."
    )
    assert got["Ahmet Durmaz"][:2] == ("Meclis Üyesi", "Kemerli Belediyesi")
    assert got["Selim Uçar"][:2] == ("Meclis Başkan Vekili", "Kemerli Belediyesi")
    assert got["Nuran Akbaş"][:2] == ("Kâtip Üye", "Kemerli Belediyesi")


def test_abbreviated_chair_labels_of_an_attendance_list():
    got = people(
        "KARAOVA BELEDİYE MECLİSİNİN 2021 YILI MART AYI TOPLANTISINA AİT TUTANAK\n\n"
        "Meclis I. Başkan V.      : Okan SEZGİN\n"
        "Üyeler                   : Ayla KORKMAZ - Tuna BİLGİN - Rıfat ÖZCAN\n\n"
        "Okan SEZGİN (Meclis I. Başkan Vekili)- Toplantıyı açıyorum.\n"
    )
    assert got["Okan Sezgin"][:2] == ("Meclis Başkan Vekili", "Karaova Belediyesi")
    assert got["Ayla Korkmaz"][:2] == ("Meclis Üyesi", "Karaova Belediyesi")


def test_a_deputy_mayor_chairing_in_parentheses_over_two_lines():
    got = people(
        "KARAOVA BELEDİYE MECLİSİNİN 2021 YILI MART AYI TOPLANTISINA AİT TUTANAK\n\n"
        "MECLİS BAŞKANI\n\n"
        "(Belediye Başkan V.)      : Okan SEZGİN.\n\n"
        "ÜYELER                   : Ayla KORKMAZ - Tuna BİLGİN - Rıfat ÖZCAN\n"
    )
    assert got["Okan Sezgin"][:2] == ("Belediye Başkan Vekili", "Karaova Belediyesi")


def test_the_mayor_named_without_a_place_in_a_decision_summary():
    got = people(
        "Karaova Belediye Meclisinin Mart ayı toplantısında alınan kararların özetidir.\n"
        "TOPLANTIDA BULUNANLAR\nAyla KORKMAZ, Tuna BİLGİN, Rıfat ÖZCAN.\n"
        "1- Gündeme geçilmeden önce Belediye Başkanı Okan SEZGİN, imar talebinin "
        "komisyona havalesini oylamaya sundu ve oybirliği ile kabul edildi.\n"
    )
    assert got["Okan Sezgin"][:2] == ("Belediye Başkanı", "Karaova Belediyesi")


def test_a_name_hard_wrapped_between_given_name_and_surname():
    got = people(
        "Karaova Belediye Meclisinin Mart ayı toplantısına ait karar özetidir.\n"
        "1- Toplantıya katılamayacağını bildiren üyelerden Ayla\n"
        "KORKMAZ, Rıfat ÖZCAN’ın mazeretleri oybirliği ile kabul edilmiştir.\n"
    )
    assert got["Ayla Korkmaz"][:2] == ("Meclis Üyesi", "Karaova Belediyesi")


def test_capitals_on_two_lines_are_not_joined():
    got = people("BAŞKAN KEMAL\nAYDIN TOPLANDI")
    assert "Kemal Aydın" not in got


# -- provincial councils (5302) -----------------------------------------------


def test_a_provincial_council_member_written_il_genel_meclisi_uyesi():
    got = people(
        "Tokat İl Genel Meclisi şubat ayı oturumları başladı. İl Genel Meclisi Üyesi Kadir "
        "Polat söz alarak köy yollarını sordu."
    )
    assert got["Kadir Polat"][:2] == ("İl Genel Meclis Üyesi", "Tokat İl Özel İdaresi")


def test_a_provincial_council_chair_written_with_the_province_in_other_news():
    got = people(
        "Vali, Kayseri İl Genel Meclisi Başkanı Mustafa Yalın ve Kayseri İl Genel Meclis "
        "Başkan Vekili Oya Demir ile görüştü."
    )
    # round 15: outside a sitting the chair's post is written whole (gold/real README)
    assert got["Mustafa Yalın"][:2] == ("İl Genel Meclisi Başkanı", "Kayseri İl Özel İdaresi")
    assert got["Oya Demir"][:2] == ("İl Genel Meclisi Başkan Vekili", "Kayseri İl Özel İdaresi")


def test_a_provincial_council_chair_without_a_province_has_no_body():
    got = people("Ziyarete İl Genel Meclisi Başkanı Mustafa Yalın da katıldı.")
    assert got["Mustafa Yalın"][:2] == ("İl Genel Meclisi Başkanı", None)
