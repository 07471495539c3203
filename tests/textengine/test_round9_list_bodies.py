"""Bodies of officers listed after a body named once before them (issue 15,
round 9: the title and institution misses of the news of every dev part,
grouped by shape and counted by publisher), written anew.

Every sentence here is our own; the shapes are those several publishers
showed: an acronym the text defines in parentheses and then writes before
a post, and officers written without a body in a sentence that opens with
one.
"""

from tests.textengine.helpers import posts as people


def test_an_acronym_defined_in_parentheses_names_the_body_before_a_post():
    text = (
        "Bolu Esnaf ve Sanatkarlar Odası'nın (BESO) yeni yönetimi toplandı.\n\n"
        "BESO Meclis Başkanı Kerem Aydın açılış konuşmasını yaptı. "
        "BESO Yönetim Kurulu Başkanı Selin Oral da üyelere teşekkür etti."
    )
    got = people(text)
    assert got["Kerem Aydın"] == ("Meclis Başkanı", "Bolu Esnaf ve Sanatkarlar Odası")
    assert got["Selin Oral"] == ("Yönetim Kurulu Başkanı", "Bolu Esnaf ve Sanatkarlar Odası")


def test_a_place_and_the_tail_of_a_defined_acronym_name_that_body():
    text = (
        "Heyette Kars Ticaret ve Sanayi Odası (KTSO) Yönetim Kurulu Başkanı Ayhan Er, "
        "Ardahan Ticaret ve Sanayi Odası (ATSO) Yönetim Kurulu Başkanı Oya Kır, "
        "Kars TSO Meclis Başkanı Veli Tan ve Ardahan TSO Meclis Başkanı Nur Ay yer aldı."
    )
    got = people(text)
    assert got["Veli Tan"] == ("Meclis Başkanı", "Kars Ticaret ve Sanayi Odası")
    assert got["Nur Ay"] == ("Meclis Başkanı", "Ardahan Ticaret ve Sanayi Odası")


def test_a_bare_acronym_tail_names_the_one_defined_body_ending_in_it():
    text = (
        "Niğde Ticaret ve Sanayi Odası (NTSO) meclisi toplandı.\n\n"
        "TSO Yönetim Kurulu Başkanı Deniz Akar bütçeyi anlattı."
    )
    assert people(text)["Deniz Akar"] == ("Yönetim Kurulu Başkanı", "Niğde Ticaret ve Sanayi Odası")


def test_an_acronym_two_bodies_share_names_neither():
    text = (
        "Bolu Ticaret Odası (BTO) ile Bartın Ticaret Odası (BTO) ortak toplantı yaptı. "
        "BTO Meclis Başkanı Can Uz konuştu."
    )
    assert people(text)["Can Uz"][1] not in {"Bolu Ticaret Odası", "Bartın Ticaret Odası"}


def test_officers_in_a_sentence_opening_with_a_body_take_it():
    text = (
        "Eskişehir Ticaret Odası (ETO) Mart Ayı Meclis Toplantısı Meclis Başkanı Ali Demirci "
        "başkanlığında yapıldı."
    )
    assert people(text)["Ali Demirci"] == ("Meclis Başkanı", "Eskişehir Ticaret Odası")


def test_a_listed_delegation_takes_the_body_that_opens_the_sentence():
    text = (
        "Vali Murat Ece, ziyaretten memnun kaldığını söyledi.\n\n"
        "MÜSİAD yönetiminin Vali Ece'ye yaptığı ziyarete; Başkan Vekili Orhan Kalkan, "
        "Başkan Yardımcıları Sena Dal, Emre Koç ve Genel Sekreter Pınar Ateş katıldı."
    )
    got = people(text)
    body = "Müstakil Sanayici ve İşadamları Derneği"
    assert got["Orhan Kalkan"] == ("Başkan Vekili", body)
    assert got["Sena Dal"] == ("Başkan Yardımcısı", body)
    assert got["Emre Koç"] == ("Başkan Yardımcısı", body)
    assert got["Pınar Ateş"] == ("Genel Sekreter", body)


def test_a_municipality_opening_the_sentence_is_left_to_the_municipal_rules():
    text = (
        "Tokat Belediyesi'nin düzenlediği törene Başkan Yardımcısı Hale Sezer katıldı. "
        "Tokat Belediye Başkanı Eren Boz törende konuştu."
    )
    assert people(text)["Hale Sezer"] == ("Başkan Yardımcısı", "Tokat Belediyesi")


def test_an_officer_after_a_second_body_in_the_sentence_is_not_given_the_first():
    text = (
        "Yozgat Gazeteciler Cemiyeti üyeleri, Yozgat Ziraat Odası'nı ziyaret ederek "
        "Genel Sekreter Tuna Işık ile görüştü."
    )
    assert people(text)["Tuna Işık"][1] != "Yozgat Gazeteciler Cemiyeti"


def test_a_body_in_a_laws_name_without_a_place_gives_no_body():
    text = (
        "İl Özel İdaresi Kanunu'nun 12'nci maddesi gereğince toplantı, Meclis Başkanı "
        "Yavuz Sezgin başkanlığında yapıldı."
    )
    assert people(text)["Yavuz Sezgin"] == ("Meclis Başkanı", None)


def test_a_council_opening_the_sentence_leaves_its_officer_to_the_municipality():
    text = (
        "Tokat Belediye Meclisi Nisan ayı toplantısı yapıldı. Toplantıyı Meclis Başkan Vekili "
        "Ece Kaya yönetti."
    )
    assert people(text)["Ece Kaya"] == ("Meclis Başkan Vekili", "Tokat Belediyesi")
