"""Round 19 of issue 15 (written from dev14): a town's name alone before
"Başkanımız", a metropolitan municipality written "BŞB", co-mayors in lower
case, a party's local-government chair, a bare "Başsavcı".

The sentences are our own, with invented names."""

from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import posts


def test_a_town_s_name_before_baskanimiz_is_its_mayor() -> None:
    text = (
        "Lüleburgaz Belediye Başkanı Oğuz Tan, “Bugün Tekirdağ BŞB Başkanımız Erkan Oral, "
        "Saray Başkanımız Aydın Ekici ve Şarköy Başkanımız Veli Ay ile buluştuk” dedi."
    )
    got = posts(text)
    assert got["Erkan Oral"] == ("Belediye Başkanı", "Tekirdağ Büyükşehir Belediyesi")
    assert got["Aydın Ekici"] == ("Belediye Başkanı", "Saray Belediyesi")
    assert got["Veli Ay"] == ("Belediye Başkanı", "Şarköy Belediyesi")


def test_a_given_name_before_baskan_is_no_town() -> None:
    text = "Toplantıda Derneğin kurucusu Selim Başkan Ali Kurt'u andı."
    assert posts(text).get("Ali Kurt", (None, None))[1] != "Selim Belediyesi"


def test_co_mayors_written_in_lower_case() -> None:
    text = "Vali daha sonra Artuklu Belediyesi eş başkanları Emre Irmak ve Selin Bozan ile görüştü."
    got = posts(text)
    assert got["Emre Irmak"] == ("Belediye Eş Başkanı", "Artuklu Belediyesi")
    assert got["Selin Bozan"] == ("Belediye Eş Başkanı", "Artuklu Belediyesi")


def test_a_party_s_local_government_chair() -> None:
    text = "Heyette AK Parti Yerel Yönetimler Başkanı Kenan Bulut da yer aldı."
    assert posts(text)["Kenan Bulut"] == ("Yerel Yönetimler Başkanı", None)


def test_a_bare_chief_prosecutor_of_the_province() -> None:
    text = "Sinop Valisi Orhan Bal törene katıldı. Törene Başsavcı Kemal Pınar da katıldı."
    assert posts(text)["Kemal Pınar"] == (
        "Cumhuriyet Başsavcısı",
        "Sinop Cumhuriyet Başsavcılığı",
    )


def test_a_rector_listed_after_the_prosecutor_is_not_in_his_office() -> None:
    text = (
        "Etkinliklere Vali Orhan Bal, Başsavcı Kemal Pınar, Sinop Üniversitesi Rektörü "
        "Ayhan Tekin ve Dekan Oya Sert katıldı."
    )
    got = posts(text)
    assert got["Ayhan Tekin"] == ("Rektör", "Sinop Üniversitesi")
    assert got["Oya Sert"] == ("Dekan", "Sinop Üniversitesi")


def test_a_generic_post_after_a_governor_is_not_in_the_governorship() -> None:
    text = (
        "Törene Ordu Valisi Orhan Bal, Genel Sekreter Kemal Pınar ve Vali Yardımcısı Ece Su "
        "katıldı."
    )
    got = posts(text)
    assert got["Kemal Pınar"][1] != "Ordu Valiliği"
    assert got["Ece Su"] == ("Vali Yardımcısı", "Ordu Valiliği")


def test_a_place_with_its_noun_is_no_word_of_a_name() -> None:
    text = (
        "CHP İzmir Milletvekili Mustafa Ece Emet ilçesi ziyaretlerinde bulundu. Binali "
        "Yıldırım Büyükşehir'de konuştu."
    )
    names = {p["name"] for p in extract(text)["people"]}
    assert "Mustafa Ece" in names
    assert "Binali Yıldırım" in names  # Yıldırım is a district too, but no metropolis


def test_a_district_s_state_officers_after_the_acting_mayor() -> None:
    text = (
        "Toplantıya Silifke Kaymakamı Nuri Kaan başkanlık ederken, Silifke Belediye "
        "Başkanvekili Sadi Uz, Emniyet Müdürü Ahmet Tüz, Jandarma Komutanı Yüzb. Cem Kılıç "
        "katıldı."
    )
    got = posts(text)
    assert got["Ahmet Tüz"] == ("İlçe Emniyet Müdürü", "İlçe Emniyet Müdürlüğü")
    assert got["Cem Kılıç"] == ("İlçe Jandarma Komutanı", "İlçe Jandarma Komutanlığı")


def test_members_listed_after_a_semicolon() -> None:
    text = (
        "Polatlı Belediye Meclisi toplantısını yaptı. Toplantıya; Meclis Üyeleri; Selin Yaman, "
        "Tufan Oral ve Aysel Kara katılmadı."
    )
    got = posts(text)
    for name in ("Selin Yaman", "Tufan Oral", "Aysel Kara"):
        assert got[name] == ("Meclis Üyesi", "Polatlı Belediyesi"), name
