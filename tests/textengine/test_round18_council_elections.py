"""A council's first sitting told in news (issue 15, round 18): deputy chairs
elected in the dative of "-lik" nouns with an ordinal and without "Meclis",
group deputy chairs, committee members "getirildi", and members listed after
"şunlar;".

Every sentence here is our own, with invented names; the shapes are those
several publishers showed.
"""

from tests.textengine.helpers import posts


def test_deputy_chairs_by_ordinal_and_group_deputy_chairs() -> None:
    text = (
        "Seçimlerin ardından ilk toplantısını yapan Bursa Büyükşehir Belediye Meclisi, "
        "görev dağılımını yaptı. Yapılan oylamada Bursa Büyükşehir Belediye Meclisi 1. Başkan "
        "Vekilliğine Fuat Ekinci seçilirken, 2. Başkan Vekilliğine de Gül Saran seçildi. "
        "AK Parti Grup Başkan Vekilliğine Nejat Oral getirildi."
    )
    got = posts(text)
    body = "Bursa Büyükşehir Belediyesi"
    assert got["Fuat Ekinci"] == ("Meclis Başkan Vekili", body)
    assert got["Gül Saran"] == ("Meclis Başkan Vekili", body)
    assert got["Nejat Oral"] == ("Grup Başkan Vekili", body)


def test_a_sitting_whose_lead_names_the_election_not_the_meeting() -> None:
    text = (
        "Açılışın ardından ilk olarak Meclis birinci ve ikinci başkanvekillerinin seçimi "
        "yapıldı. Seçim sonrasında Tepebaşı Belediye Meclis Başkanvekilliğine Arif Coşkun, "
        "ikinci Başkanvekilliğine ise Sevim Dal seçildi. Ardından encümen üyeliği seçimine "
        "geçildi. Oylama sonunda üyeliklere Kerem Uysal ve Nail Tunç getirildi."
    )
    got = posts(text)
    body = "Tepebaşı Belediyesi"
    assert got["Arif Coşkun"] == ("Meclis Başkan Vekili", body)
    assert got["Sevim Dal"] == ("Meclis Başkan Vekili", body)
    assert got["Kerem Uysal"] == ("Meclis Üyesi", body)
    assert got["Nail Tunç"] == ("Meclis Üyesi", body)


def test_members_listed_after_sunlar() -> None:
    text = (
        "Kayseri Büyükşehir Belediye Meclisi yeni döneminin ilk toplantısını yaptı. "
        "Başkanlık Divanına getirilen 4 Meclis Üyesi ise şunlar; Orhan Baysal, Sena Kurt, "
        "Melek Aydın, Taner Çift."
    )
    got = posts(text)
    for name in ("Orhan Baysal", "Sena Kurt", "Melek Aydın", "Taner Çift"):
        assert got[name] == ("Meclis Üyesi", "Kayseri Büyükşehir Belediyesi"), name


def test_a_meeting_that_only_mentions_a_member_elects_nobody() -> None:
    text = (
        "Muhtarlar toplantısına Belediye Meclis Üyesi Cemal Arı da katıldı. Toplantıda "
        "mahallenin sorunları konuşuldu ve Kenan Er dernek başkanlığına getirildi."
    )
    assert posts(text).get("Kenan Er", (None, None))[0] != "Meclis Üyesi"


def test_clerks_deputy_mayors_and_substitutes_at_a_first_sitting() -> None:
    text = (
        "Çankaya Belediye Meclisi ilk toplantısını yaptı. Seçim sonuçlarına göre meclis "
        "başkanvekilliklerine Murat Akın (CHP), Oya Sel (CHP); divan katibi asil üyeliklerine "
        "Rasim Kor (CHP), Leyla Dinç (CHP), yedek üyeliklere Suat Er (CHP) seçildi. Katip "
        "üyeliklerine ise Ümit Yel ve Banu Oral seçildi.\n"
        "CHP Meclis üyeleri Sinan Koç ve Ayla Tez belediye başkan yardımcısı olarak atandılar."
    )
    got = posts(text)
    body = "Çankaya Belediyesi"
    assert got["Murat Akın"] == ("Meclis Başkan Vekili", body)
    assert got["Rasim Kor"] == ("Kâtip Üye", body)
    assert got["Leyla Dinç"] == ("Kâtip Üye", body)
    assert got["Suat Er"] == ("Meclis Üyesi", body)
    assert got["Ümit Yel"] == ("Kâtip Üye", body)
    assert got["Sinan Koç"] == ("Başkan Yardımcısı", body)
    assert got["Ayla Tez"] == ("Başkan Yardımcısı", body)


def test_the_mayor_chairing_the_sitting_named_in_prose() -> None:
    text = (
        "Sakarya Büyükşehir Belediyesi ekim ayı meclis toplantısı Sakarya Büyükşehir "
        "Belediyesi Nazım Kaya başkanlığında yapıldı. Bir üyenin sorusuna başkan Kaya, "
        "çalışmaların sürdüğünü söyledi."
    )
    assert posts(text)["Nazım Kaya"] == ("Belediye Başkanı", "Sakarya Büyükşehir Belediyesi")


def test_a_chair_without_a_post_keeps_none() -> None:
    text = "Alanya Belediye Meclisi toplandı. Toplantı Tekin Ural başkanlığında yapıldı."
    assert posts(text)["Tekin Ural"][0] is None
