"""Shapes met in real published texts (issue 15, round 4: the fresh dev2
part), written anew.

Every sentence here is our own; the shapes are those the unseen texts
showed: an ambassador's embassy, a post named before "olarak atanan", a
governor known by the surname only, a union's head who is also a mayor,
ranks and "Avukat" before a name, provincial council members with their
party written in full, and a municipality's department head on the
municipality's own site.
"""

from ortakmasa.textengine.pipeline import extract
from ortakmasa.textengine.publisher import publisher_of


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    got = extract(text, source=source) if source else extract(text)
    return {p["name"]: (p.get("title"), p.get("institution")) for p in got["people"]}


def test_ambassador_belongs_to_the_embassy_of_the_country():
    text = "Belediye Başkanı Kemal Ersoy, Portekiz Büyükelçisi Ana Lopes'i makamında ağırladı."
    got = people(text)
    assert got["Ana Lopes"] == ("Büyükelçi", "Portekiz Büyükelçiliği")
    assert "Portekiz Büyükelçiliği" in {i["name"] for i in extract(text)["institutions"]}


def test_post_before_an_appointment_phrase_names_the_person_after_it():
    text = (
        "Sinop Valisi olarak atanan Nuri Dağlı, belediyeye veda ziyaretinde bulundu. "
        "Ayrıca yeniden Merzifon Belediye Başkanı olarak seçilen Cengiz Uyar mazbatasını aldı."
    )
    got = people(text)
    assert got["Nuri Dağlı"] == ("Vali", "Sinop Valiliği")
    assert got["Cengiz Uyar"] == ("Belediye Başkanı", "Merzifon Belediyesi")


def test_governor_named_by_the_surname_only_is_a_person():
    text = (
        "Vali Karaduman, ilçede esnafı ziyaret etti. Belediye Başkanı Selim Öz ile "
        "görüşen Karaduman, yatırımlar hakkında bilgi aldı."
    )
    got = people(text)
    assert got["Karaduman"][0] == "Vali"
    assert "Selim Öz" in got


def test_surname_after_a_post_still_refers_to_the_person_named_in_full():
    text = "Belediye Başkanı Birol Tuna meclisi topladı. Toplantıda Başkan Tuna projeleri anlattı."
    assert list(people(text)) == ["Birol Tuna"]


def test_place_with_a_case_ending_ends_a_one_word_name():
    text = "Uğur Kemal Tandoğan ziyaret etti. Başkan Tandoğan Sivas'ta temaslarda bulundu."
    got = people(text)
    assert "Tandoğan Sivas" not in got
    assert "Uğur Kemal Tandoğan" in got


def test_mayor_who_also_heads_a_union_is_named_by_the_mayors_post():
    text = (
        "Marmara Belediyeler Birliği Başkanı ve Tekirdağ Büyükşehir Belediye Başkanı "
        "Selin Akçay protokolü imzaladı."
    )
    assert people(text)["Selin Akçay"] == ("Belediye Başkanı", "Tekirdağ Büyükşehir Belediyesi")


def test_ranks_and_avukat_are_not_part_of_the_name():
    text = (
        "Programa İlçe Jandarma Komutanı Teğmen Oğuz Sarp ve Belediye Başkanı Avukat "
        "Leyla Doğru katıldı."
    )
    got = people(text)
    assert "Oğuz Sarp" in got and "Leyla Doğru" in got
    assert "Teğmen Oğuz Sarp" not in got and "Avukat Leyla Doğru" not in got


def test_provincial_council_member_with_the_party_written_in_full():
    text = "Toplantıya Milliyetçi Hareket Partisi İl Genel Meclis Üyesi Caner Toprak da katıldı."
    got = {p["name"]: p for p in extract(text)["people"]}
    assert got["Caner Toprak"]["title"] == "İl Genel Meclis Üyesi"


def test_council_deputy_chair_written_as_one_word():
    text = "Meclis Başkanvekili Hande Yurt gündem maddelerini oylamaya sundu."
    assert people(text)["Hande Yurt"][0] == "Meclis Başkan Vekili"


def test_advisor_to_a_minister_is_one_post_not_a_name():
    text = "Toplantıda Bakan Müşaviri Kerem Işık muhtarlarla konuştu."
    got = people(text)
    assert got["Kerem Işık"][0] == "Bakan Müşaviri"
    assert not any(name.startswith("Müşaviri") for name in got)


def test_department_head_on_the_metropolitan_municipalitys_own_site():
    text = (
        "Kardeş Şehir Derneği heyeti, Dış İlişkiler Dairesi Başkanımız Tolga Erim'e "
        "nezaket ziyaretinde bulundu."
    )
    got = people(text, source="https://www.ibb.istanbul/haber/1")
    assert got["Tolga Erim"] == ("Daire Başkanı", "İstanbul Büyükşehir Belediyesi")


def test_istanbul_hosts_name_their_municipality():
    ibb = publisher_of("https://frd.ibb.istanbul/haber")
    assert ibb is not None and ibb.name == "İstanbul Büyükşehir Belediyesi"
    district = publisher_of("https://www.beylikduzu.istanbul/duyurular/1")
    assert district is not None and district.name == "Beylikdüzü Belediyesi"
    assert publisher_of("https://example.istanbul/") is None


def test_a_surname_typo_after_a_post_is_no_new_person():
    text = (
        "Belediye Başkanı Tamer Karagözlü heyeti ağırladı. Heyet, Başkan Karagözü'ye teşekkür etti."
    )
    assert list(people(text)) == ["Tamer Karagözlü"]


def test_address_words_and_cut_words_are_no_surnames():
    text = (
        "Vali Beyi uğurlarken Başkan Selim Öz teşekkür etti.\n\n"
        "Meclis Üyesi Ayla Tan- Sayın Başkanım Cumhuri"
    )
    got = people(text)
    assert "Beyi" not in got and "Cumhuri" not in got
    assert "Selim Öz" in got


def test_listed_posts_of_other_bodies_do_not_inherit_the_previous_body():
    text = (
        "Programa İlçe Jandarma Komutanı Oğuz Sarp, Özel İdare Müdürü Esat Kılınç, "
        "Sulama Birliği Müdürü Eren Aksoy, İl Genel Meclis Üyesi Nail Demirci katıldı."
    )
    got = people(text)
    assert got["Esat Kılınç"][1] != "İlçe Jandarma Komutanlığı"
    assert got["Nail Demirci"] == ("İl Genel Meclis Üyesi", None)


def test_post_before_a_surname_completes_the_person_named_bare():
    text = (
        "Toplantıya katılan Zeki Yurdakul muhtarları dinledi. Bakan Müşaviri Yurdakul, "
        "kapısının açık olduğunu söyledi."
    )
    assert people(text)["Zeki Yurdakul"][0] == "Bakan Müşaviri"


def institution_names(text: str) -> set[str]:
    return {i["name"] for i in extract(text)["institutions"]}


def test_two_bodies_joined_by_ve_stay_two():
    text = "Vali, İlçe Jandarma Komutanlığı ve İlçe Emniyet Müdürlüğü'nü de ziyaret etti."
    got = institution_names(text)
    assert "İlçe Emniyet Müdürlüğü" in got
    assert not any(" ve İlçe" in name for name in got)


def test_a_post_without_a_name_still_names_its_body():
    text = "Görele Kaymakamı ve eski vali yardımcısı Arif Doğan ile görüşüldü."
    assert "Görele Kaymakamlığı" in institution_names(text)


def test_the_writers_own_council_or_a_date_is_no_body_name():
    text = (
        "12/03/2020 TARİHLİ MECLİS KARAR ÖZETİ\n\nBelediyemiz Meclisi, Meclis Başkanı "
        "Oya Demir'in Başkanlığında toplandı."
    )
    got = institution_names(text)
    assert not any(name.lower().startswith(("belediyemiz", "tarihli")) for name in got)
    assert "Başkanlığında" not in people(text)
