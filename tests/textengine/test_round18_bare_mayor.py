"""A bare "Başkan" in a text that also names an association (issue 15,
round 18): the association's chair is named as someone else, so the bare
post is the mayor's of the one municipality named.

The sentences are our own, with invented names."""

from tests.textengine.helpers import posts


def test_an_association_chaired_by_someone_else_does_not_compete() -> None:
    text = (
        "Gaziler Derneğini ziyaret eden Başkan Cemil Tan'ı, Dernek Başkanı Rıza Oral "
        "karşıladı. Başkan Tan, Eyyübiye Belediyesi olarak derneğin yanında olduklarını söyledi."
    )
    got = posts(text)
    assert got["Cemil Tan"] == ("Belediye Başkanı", "Eyyübiye Belediyesi")
    assert got["Rıza Oral"] == ("Başkan", "Gaziler Derneği")


def test_an_association_without_a_named_chair_still_competes() -> None:
    text = (
        "Gaziler Derneğini ziyaret eden Başkan Cemil Tan, üyelerle görüştü. "
        "Eyyübiye Belediyesi de programa destek verdi."
    )
    assert posts(text)["Cemil Tan"] == ("Başkan", None)


def test_co_mayors_of_the_one_municipality_named() -> None:
    text = (
        "Siirt Belediyesi'nin ekim ayı meclis toplantısı Eş Başkanlar Harun Dal ve Zeynep "
        "Ay başkanlığında yapıldı. Eş Başkan Harun Dal açılış konuşmasını yaptı."
    )
    got = posts(text)
    assert got["Harun Dal"] == ("Belediye Eş Başkanı", "Siirt Belediyesi")
    assert got["Zeynep Ay"] == ("Belediye Eş Başkanı", "Siirt Belediyesi")


def test_a_party_member_s_bare_post_is_the_mayor_s() -> None:
    text = (
        "Kırıkkale Belediyesi'ni ziyaret eden Bakan Oğuz Dal'a MHP'li Başkan Recai Tan "
        "bir hediye takdim etti."
    )
    assert posts(text)["Recai Tan"] == ("Belediye Başkanı", "Kırıkkale Belediyesi")


def test_a_board_s_deputy_chair_is_not_a_party_member() -> None:
    text = (
        "Toplantıya Cumhurbaşkanlığı Yerel Yönetim Politikalar Kurulu Başkanvekili Naci "
        "Tunç ve Kırıkkale Belediyesi yetkilileri katıldı."
    )
    assert posts(text)["Naci Tunç"][0] != "Belediye Başkan Vekili"
