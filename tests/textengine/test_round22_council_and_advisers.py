"""Round 22 of issue 15 (written from dev17, also seen in dev5 and dev12): a
person named only with a party in news of one council's sitting is a member
of that council; a mayor's adviser is an officer of the municipality.

The sentences are our own, with invented names."""

from tests.textengine.helpers import posts


def test_a_party_member_speaking_at_a_sitting() -> None:
    text = (
        "Şehitkamil Belediyesi Meclisi bugün toplandı. Meclis toplantısında CHP'li Ali "
        "Kaya söz aldı ve seçimlerin tekrarlanmasını istedi."
    )
    assert posts(text)["Ali Kaya"] == ("Meclis Üyesi", "Şehitkamil Belediyesi")


def test_a_party_member_outside_a_sitting_keeps_no_post() -> None:
    text = "Şehitkamil'de CHP'li Ali Kaya esnafı ziyaret etti."
    assert posts(text)["Ali Kaya"] == (None, None)


def test_a_mayor_s_adviser() -> None:
    text = (
        "Toplantıya Mersin Büyükşehir Belediye Başkan Danışmanı Ali Kaya ile Tarsus "
        "Belediye Başkan Danışmanı Veli Koç katıldı."
    )
    got = posts(text)
    assert got["Ali Kaya"] == ("Başkan Danışmanı", "Mersin Büyükşehir Belediyesi")
    assert got["Veli Koç"] == ("Başkan Danışmanı", "Tarsus Belediyesi")


def test_a_comma_after_a_board_s_plural_post() -> None:
    text = (
        "Ziyarete Oda Yönetim Kurulu Başkanı Ali Kaya, Yönetim Kurulu Üyeleri, Can Ak, "
        "Ece Su ve Veli Koç katıldı."
    )
    got = posts(text)
    for name in ("Can Ak", "Ece Su", "Veli Koç"):
        assert got[name][0] == "Yönetim Kurulu Üyesi"


def test_a_vocative_plural_in_a_speech_lists_nobody() -> None:
    text = "Başkan Ali Kaya, “Kurullarımızın Başkanları, Değerli Özgür Hocam, hoş geldiniz” dedi."
    assert "Değerli Özgür" not in posts(text)


def test_ilce_between_a_district_and_its_governor() -> None:
    text = (
        "Açılışa Yakutiye Belediye Başkanı Ali Kaya, Palandöken İlçe Kaymakamı Veli Koç ve "
        "Palandöken İlçe Emniyet Müdürü Can Ak katıldı."
    )
    got = posts(text)
    assert got["Veli Koç"] == ("Kaymakam", "Palandöken Kaymakamlığı")
    assert got["Can Ak"] == ("İlçe Emniyet Müdürü", "İlçe Emniyet Müdürlüğü")


def test_a_branch_director_of_the_one_provincial_directorate() -> None:
    text = (
        "Ordu İl Tarım ve Orman Müdürü Ali Kaya üreticiyi ziyaret etti. Kaya'ya Ünye İlçe "
        "Tarım ve Orman Müdürü Veli Koç ile Hayvan Sağlığı Şube Müdürü Can Ak eşlik etti."
    )
    assert posts(text)["Can Ak"] == ("Şube Müdürü", "İl Tarım ve Orman Müdürlüğü")


def test_a_branch_director_with_two_provincial_directorates_stays_without_body() -> None:
    text = (
        "İl Sağlık Müdürü Ali Kaya ile İl Milli Eğitim Müdürü Veli Koç okulu gezdi. "
        "Ziyarete Şube Müdürü Can Ak da katıldı."
    )
    assert posts(text)["Can Ak"][1] is None
