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
    assert {"Hüseyin Avni İlkokulu", "Cengiz Topel Ortaokulu", "Yavuz Sultan Lisesi"} <= bodies(
        text
    )


def test_a_metropolitan_municipality_written_in_two_words():
    text = (
        "Kayseri Büyük Şehir Belediye Başkanı Deniz Acar, Kayseri Büyük Şehir\nBelediyesi'nde "
        "konuk ağırladı."
    )
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


def test_a_commanders_post_is_written_whole():
    text = (
        "Toplantıya İl Jandarma Komutanı Albay Sinan Uçar ve Kadıköy İlçe Jandarma Komutanı "
        "Nazlı Ekşi katıldı."
    )
    got = people(text)
    assert got["Sinan Uçar"] == ("İl Jandarma Komutanı", "İl Jandarma Komutanlığı")
    # round 16: the command without its place, as a ministry's directorate
    assert got["Nazlı Ekşi"] == ("İlçe Jandarma Komutanı", "İlçe Jandarma Komutanlığı")


def test_posts_in_the_plural_end_the_name_of_a_body_read_leftwards():
    text = (
        "Valiler, İl Emniyet Müdürleri ve İl Afet Müdürlerinin katılımıyla toplantı yapıldı. "
        "Toplantıya İl Özel İdaresi Genel Sekreteri ve İl Özel İdaresinin birim müdürleri katıldı."
    )
    got = bodies(text)
    assert not any("Müdürleri" in b or "Sekreteri" in b for b in got), got


def test_the_name_before_baskanligindaki_heads_the_body_after_it():
    text = (
        "Yücel Tanrıkulu Başkanlığı'ndaki Emekli Öğretmenler Derneği üyeleri belediyeyi ziyaret "
        "etti. "
        "Toplantı Valimiz Başkanlığında yapıldı."
    )
    assert people(text)["Yücel Tanrıkulu"] == ("Başkan", "Emekli Öğretmenler Derneği")
    got = bodies(text)
    assert "Emekli Öğretmenler Derneği" in got
    assert not any(b.endswith("Başkanlığı") for b in got), got


def test_a_post_once_held_is_not_the_persons_post():
    text = (
        "Ziyarete Karataş Eski Belediye Başkanlarından Selim Oral ile CHP eski milletvekili "
        "Pınar Göl "
        "katıldı. 24. Dönem CHP Milletvekili Pınar Göl sorulara yanıt verdi. "
        "Eski Milas Belediye Başkanı Emre Sancak ise bugün Bodrum Kaymakamı olarak görev yapıyor; "
        "Bodrum Kaymakamı Emre Sancak, konukları ağırladı."
    )
    got = extract(text)
    by_name = {p["name"]: p for p in got["people"]}
    assert (by_name["Selim Oral"]["title"], by_name["Selim Oral"]["institution"]) == (None, None)
    assert (by_name["Pınar Göl"]["title"], by_name["Pınar Göl"]["party"]) == (None, "CHP")
    assert (by_name["Emre Sancak"]["title"], by_name["Emre Sancak"]["institution"]) == (
        "Kaymakam",
        "Bodrum Kaymakamlığı",
    )
    assert "Eski Belediyesi" not in {i["name"] for i in got["institutions"]}


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"][:20]) for q in extract(text)["quotes"]]


def test_a_case_ending_glued_to_a_surname_without_an_apostrophe():
    text = (
        "Vali Yardımcısı Ayla Demirtaş, Belediye Başkanı Kemal Ünlü Aytepeyi makamında ziyaret "
        "etti. "
        "Başkan Aytepe, ziyaretten memnun olduğunu söyledi."
    )
    got = extract(text)
    assert {p["name"] for p in got["people"]} == {"Ayla Demirtaş", "Kemal Ünlü Aytepe"}
    visit = got["events"][0]
    assert "Kemal Ünlü Aytepe" in visit["participants"]


def test_a_surname_mention_after_a_post_ends_before_the_next_words():
    text = (
        "Sarıyer Belediye Başkanı Onur Karadere dernekleri gezdi. Başkan Karadere Tuzla Belediye "
        "Meclisinde "
        "alınan kararı anlattı. Başkan Karadere Sarıyer Gençlikspor Başkanı Efe Dağ ile görüştü."
    )
    names = {p["name"] for p in extract(text)["people"]}
    assert names == {"Onur Karadere", "Efe Dağ"}, names


def test_the_person_right_before_the_opening_mark_says_the_quote():
    text = (
        "Kulüp Başkanı Ozan Işıklı ve üyelerine teşekkür eden Belediye Başkanı Sevgi Tan "
        '"Gençlerimiz için '
        'yeni sahalar açacağız" dedi. Vali Tuncay Er, eski Bakan Ali Sert\'in "Herkes elini '
        "taşın altına "
        'koymalı" ifadelerinin ardından "Biz görevimizin başındayız" paylaşımında bulundu.'
    )
    got = quotes(text)
    assert got == [
        ("Sevgi Tan", "Gençlerimiz için yen"),
        ("Ali Sert", "Herkes elini taşın a"),
        ("Tuncay Er", "Biz görevimizin başı"),
    ], got


def test_a_dateline_glued_after_a_full_stop_starts_a_sentence():
    text = (
        "Muş Belediye Başkanı Ayhan Gök, Ege Üniversitesi Rektörü Lale Sır'ı ağırladı.MUŞ (İHA) - "
        "Ziyaret kapsamında Başkan Gök'e konuk olduklarını belirten Ege Üniversitesi Rektörü "
        "Lale Sır, "
        'kenti sevdiğini söylerken, "Bu şehirde kendimi evimde hissediyorum" ifadelerini kullandı.'
    )
    assert quotes(text) == [("Lale Sır", "Bu şehirde kendimi e")]


def test_a_quoted_sub_heading_takes_the_subject_of_the_paragraph_below():
    text = (
        "Başkan Deniz Ufuk derneği ziyaret etti.\n\n"
        '"Gençlere Sahip Çıkıyoruz"\n\n'
        "Ziyarette konuşan Belediye Başkanı Deniz Ufuk, gençlerin önemine değindi.\n\n"
        '"Kapımız Herkese Açık"\n\n'
        "Dernek Başkanı Sibel Ova ise şunları söyledi:\n\n"
        '"Belediye Başkanımızı ağırlamaktan mutluluk duyduk."'
    )
    got = quotes(text)
    assert ("Deniz Ufuk", "Gençlere Sahip Çıkıy") in got
    assert ("Sibel Ova", "Kapımız Herkese Açık") in got


def test_a_former_post_joined_to_a_current_one_leaves_the_current_one():
    text = (
        "Aday olarak Parti Meclisi Eski Üyesi ve Ortaca Kent Konseyi Başkanı Derya Taşkın katıldı."
    )
    assert people(text)["Derya Taşkın"] == ("Başkan", "Ortaca Kent Konseyi")


def test_state_sites_named_after_a_place_publish_for_that_place():
    from ortakmasa.textengine.publisher import publisher_of

    meb = publisher_of("http://safranbolu.meb.gov.tr/www/haber/12")
    assert meb is not None and (meb.name, meb.district) == (
        "Safranbolu İlçe Milli Eğitim Müdürlüğü",
        "Safranbolu",
    )
    gov = publisher_of("https://www.mugla.gov.tr/duyuru")
    assert gov is not None and (gov.name, gov.kind) == ("Muğla Valiliği", "governorship")
    assert publisher_of("https://www.tbmm.gov.tr/haber") is None
    assert publisher_of("https://haber.saglik.gov.tr/x") is None
    text = (
        "Yıl sonu toplantısı Kaymakamlık salonunda yapıldı. Toplantıya İlçe Kaymakamı Sayın Ali "
        "KOÇ, "
        "İlçe Belediye Başkanı Veli ERDEM ve İlçe Milli Eğitim Müdürü Can TEKİN katıldı."
    )
    got = people(text, "http://safranbolu.meb.gov.tr/www/haber/12")
    assert got["Ali Koç"] == ("Kaymakam", "Safranbolu Kaymakamlığı")
    assert got["Veli Erdem"] == ("Belediye Başkanı", "Safranbolu Belediyesi")
    assert "Safranbolu Kaymakamlığı" in bodies(text, "http://safranbolu.meb.gov.tr/www/haber/12")


def test_a_universitys_own_site_names_the_rector_of_our_university():
    text = "Üniversitemiz Rektörü Prof. Dr. Sena Akın, Belediye Başkanı Kaan Er'i ziyaret etti."
    got = people(text, "https://www.ogr.usak.edu.tr/haber/5")
    assert got["Sena Akın"] == ("Rektör", "Uşak Üniversitesi")
    assert people(text, "https://www.odtu.edu.tr/haber/5")["Sena Akın"] == ("Rektör", None)


def test_advisers_of_the_mayor_listed_in_the_plural():
    text = "Törene İBB Başkan Danışmanları Arda Koç ve Ilgın Sarı da katıldı."
    got = people(text)
    assert got["Arda Koç"] == ("Başkan Danışmanı", "İstanbul Büyükşehir Belediyesi")
    assert got["Ilgın Sarı"] == ("Başkan Danışmanı", "İstanbul Büyükşehir Belediyesi")


def test_our_body_written_with_the_first_person_possessive():
    text = (
        'Rektör Efe Toprak, "Burada hem Fırat Yılmaz Üniversitemizin hem de Dicle '
        'Üniversitemizin rektörleriyle görüştük" dedi.'
    )
    assert set(people(text)) == {"Efe Toprak"}
    assert {"Fırat Yılmaz Üniversitesi", "Dicle Üniversitesi"} <= bodies(text)


def test_a_speech_whose_quote_marks_were_lost():
    text = (
        "Rektör Nuri Avcı, Belediye Başkanı Oya Tunç'u ziyaret etti.\n"
        "İş birliğinden memnun olduğunu belirten Rektör Nuri Avcı, Belediyemizle birlikte çok iş "
        "yaptık. "
        "Öğrencilerimiz için yeni yurtlar açıyoruz dedi.\n"
        "Başkan Tunç, Rektörümüz kente değer katıyor. Onunla çalışmak kolay diye konuştu.\n"
        "Başkan Tunç, üniversitenin kentin geleceği için önemli olduğunu söyledi."
    )
    got = quotes(text)
    assert got == [("Nuri Avcı", "Belediyemizle birlik"), ("Oya Tunç", "Rektörümüz kente değ")], got


def test_a_ministrys_director_keeps_the_whole_post():
    text = (
        "Toplantıya İlçe Milli Eğitim Müdürü Sevda Kılınç, Gençlik ve Spor İl Müdürü Rıza Akdağ "
        "ve İl Göç İdaresi Müdürü Berk Ilgaz katıldı."
    )
    got = people(text)
    assert got["Sevda Kılınç"] == ("İlçe Milli Eğitim Müdürü", "İlçe Milli Eğitim Müdürlüğü")
    assert got["Rıza Akdağ"][0] == "Gençlik ve Spor İl Müdürü"
    assert got["Berk Ilgaz"] == ("İl Göç İdaresi Müdürü", "İl Göç İdaresi Müdürlüğü")


def test_a_post_and_a_surname_that_is_also_a_place_introducing_a_saying():
    text = (
        'Toplantıda Vali Ece Dal konuştu.\n\nİBB Başkanı İmamoğlu: "Suyumuzu birlikte korumalıyız" '
        'İBB Başkanı İmamoğlu: "Suyumuzu birlikte korumalıyız"\n\nHaberin devamı yarın.'
    )
    got = quotes(text)
    assert got == [("İmamoğlu", "Suyumuzu birlikte ko"), ("İmamoğlu", "Suyumuzu birlikte ko")]
    # the place alone is still no person
    assert "İmamoğlu" not in people("Başkan Ece Dal İmamoğlu ilçesinde konuştu.")


def test_a_board_post_written_right_after_its_body_in_any_case():
    text = (
        "Heyet, Ödemiş Ticaret Odası'nda Yönetim Kurulu Başkanı Levent Aslan ve Meclis Başkanı "
        "Pelin Ucar tarafından ağırlandı. Kent Konseyi'nde Meclis Başkanı Okan Yazıcı konuştu."
    )
    got = people(text)
    assert got["Levent Aslan"] == ("Yönetim Kurulu Başkanı", "Ödemiş Ticaret Odası")
    assert got["Okan Yazıcı"][1] != "Kent Konseyi"


def test_the_body_one_heads_over_a_board_one_sits_on():
    text = (
        "Kurula katılan TOBB Yönetim Kurulu Üyesi ve Van Ticaret ve Sanayi Odası (VTSO) "
        "Yönetim Kurulu Başkanı Nail Kaya, talebini iletti."
    )
    assert people(text)["Nail Kaya"] == ("Yönetim Kurulu Başkanı", "Van Ticaret ve Sanayi Odası")


def test_a_union_head_named_later_as_the_mayor_keeps_the_mayors_post():
    text = (
        "Törene Ege Belediyeler Birliği Başkanı Cemil Ova katıldı. Törende konuşan Aydın "
        'Büyükşehir Belediye Başkanı ve Birlik Başkanı Cemil Ova "Birlikte güçlüyüz" dedi.'
    )
    assert people(text)["Cemil Ova"] == ("Belediye Başkanı", "Aydın Büyükşehir Belediyesi")


def test_board_members_listed_in_lower_case_after_their_head():
    text = (
        "Kadınlar Derneği'ni ziyaret eden Vali Ali Baysal, Dernek Başkanı Nuri Alkan ve yönetim "
        "kurulu üyeleri Sena Eren ve Fatin Rüştü Bek ile bir araya geldi."
    )
    got = people(text)
    assert got["Sena Eren"][0] == "Yönetim Kurulu Üyesi"
    assert got["Fatin Rüştü Bek"][0] == "Yönetim Kurulu Üyesi"
