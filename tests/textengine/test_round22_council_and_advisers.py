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
