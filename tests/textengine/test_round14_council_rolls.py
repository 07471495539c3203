"""People in council decision summaries and council-election news (issue 15,
round 14, branch `text25`).

Every sentence here is our own, with invented names and places, written in
shapes other than those of the development texts: the roll of a sitting
written in the summary's opening sentence, and the results of a sitting's
elections written one per line under a sentence that tells the election
(5393 Belediye Kanunu art. 19, 20, 24, 33: meclis başkan vekilleri, kâtip
üyeler, encümen, ihtisas komisyonları; the unions a council sends members to).
"""

from typing import Any

from ortakmasa.textengine.pipeline import extract


def record(text: str, source: str = "-") -> dict[str, Any]:
    got: dict[str, Any] = extract(text, source=source)
    return got


def people(text: str, source: str = "-") -> dict[str, tuple[str | None, str | None, str | None]]:
    got = record(text, source)
    return {
        p["name"]: (p.get("title"), p.get("institution"), p.get("party")) for p in got["people"]
    }


def session_participants(got: dict[str, Any]) -> list[str]:
    sessions = [e for e in got["events"] if e["kind"] == "council_session"]
    assert sessions
    return list(sessions[0]["participants"])


# -- the roll in the opening sentence -------------------------------------------

ROLL = (
    "MECLİS KARARLARI\n\n"
    "Belediye Meclisimiz mart ayı olağan toplantısını 4 Mart 2022 Cuma günü saat 10.00'da "
    "Meclis Başkanı Tarık YAZGAN, Üyeler: Deniz OKTAY, Hülya SEVER, Kerem ATALAY, "
    "Burcu İNAN ve Levent SARP'ın katılımlarıyla yaptı ve aşağıdaki kararları aldı.\n\n"
    "KARAR 2022/12\nGündemin birinci maddesi okundu ve oy birliği ile kabul edildi.\n"
)


def test_members_of_a_roll_in_the_opening_sentence_are_council_members():
    got = people(ROLL, source="https://www.gerze.bel.tr/meclis/karar-2022-03")
    for name in ("Deniz Oktay", "Hülya Sever", "Kerem Atalay", "Burcu İnan", "Levent Sarp"):
        assert got[name][:2] == ("Meclis Üyesi", "Gerze Belediyesi"), name
    assert got["Tarık Yazgan"][0] == "Meclis Başkanı"


def test_the_roll_and_its_chair_are_the_sittings_participants():
    got = record(ROLL, source="https://www.gerze.bel.tr/meclis/karar-2022-03")
    present = session_participants(got)
    for name in ("Tarık Yazgan", "Deniz Oktay", "Levent Sarp"):
        assert name in present


def test_a_roll_after_the_chairs_baskanliginda():
    got = people(
        "ÇAYBAŞI BELEDİYE MECLİSİ KARAR ÖZETİ\n\n"
        "Belediye Meclisi, Belediye Başkanı Nuri KALKAN başkanlığında, Oya DEMİRAL, "
        "Sezgin AKBULUT, Cemre TOKGÖZ ve Ufuk ERTAN'ın iştiraki ile toplandı.\n"
    )
    for name in ("Oya Demiral", "Sezgin Akbulut", "Cemre Tokgöz", "Ufuk Ertan"):
        assert got[name][:2] == ("Meclis Üyesi", "Çaybaşı Belediyesi"), name
    assert got["Nuri Kalkan"][0] == "Belediye Başkanı"


def test_two_names_are_no_roll():
    got = people(
        "ÇAYBAŞI BELEDİYE MECLİSİ KARAR ÖZETİ\n\n"
        "Toplantıya Vali Cemil ORAL başkanlığında, Ahmet TUNA ve Selma KOÇ katıldı.\n"
    )
    assert got["Ahmet Tuna"][0] is None
    assert got["Selma Koç"][0] is None


def test_a_roll_is_read_only_in_a_council_text():
    got = people(
        "Derneğimizin genel kurulu yapıldı. Genel kurul Başkan Ali Demir başkanlığında, "
        "Ece Yılmaz, Cem Akın ve Tuna Ersoy'un katılımıyla toplandı."
    )
    assert got["Ece Yılmaz"][0] != "Meclis Üyesi"
    assert not any(post[0] == "Meclis Üyesi" for post in got.values())


# -- election results, one a line ------------------------------------------------

RESULTS = (
    "Yaylacık Belediye Meclisi seçim sonrası ilk toplantısını yaptı\n\n"
    "Yaylacık Belediye Meclisi, yeni dönemin ilk toplantısını belediye hizmet binasında yaptı.\n"
    "Gizli oyla yapılan seçimlerin sonunda;\n"
    "Meclis Birinci Başkanvekilliğine CHP'li Meclis Üyesi Gökhan Sezer,\n"
    "İki yıllığına kâtip üyeliklerine Ayten Balcı ve Oğuz Tekin,\n"
    "Encümen üyeliklerine Rıfat Güler ve Zehra Önal,\n"
    "Kıyı Belediyeleri Birliği üyeliğine Murat Sönmez,\n"
    "İmar Komisyonuna AK Parti'den Serdar Uysal, CHP'den Nazlı Erdem getirildi.\n"
)


def test_each_result_line_gives_its_post():
    got = people(RESULTS)
    assert got["Gökhan Sezer"][:2] == ("Meclis Başkan Vekili", "Yaylacık Belediyesi")
    assert got["Ayten Balcı"][:2] == ("Kâtip Üye", "Yaylacık Belediyesi")
    assert got["Oğuz Tekin"][:2] == ("Kâtip Üye", "Yaylacık Belediyesi")


def test_members_sent_to_the_encumen_a_union_or_a_commission_stay_members():
    got = people(RESULTS)
    for name in ("Rıfat Güler", "Zehra Önal", "Murat Sönmez", "Serdar Uysal", "Nazlı Erdem"):
        assert got[name][:2] == ("Meclis Üyesi", "Yaylacık Belediyesi"), name
    assert got["Serdar Uysal"][2] == "AKP"
    assert got["Nazlı Erdem"][2] == "CHP"


def test_a_member_elected_deputy_chair_holds_the_office():
    got = people(RESULTS)
    assert got["Gökhan Sezer"] == ("Meclis Başkan Vekili", "Yaylacık Belediyesi", "CHP")


def test_a_partitive_post_is_not_the_person_elected():
    got = people(
        "Pınarbaşı Belediye Meclisi ilk toplantısını yaptı.\n"
        "Yapılan seçimlerde;\n"
        "Kâtip üyeliklerine 11 Meclis Üyesinden 7'sinin oyunu alan Seda Gündüz ve Kaan Ertürk,\n"
        "Meclis Birinci Başkanvekilliği için 7 oy alan Meclis Üyesi Harun Akar seçildi.\n"
    )
    assert got["Harun Akar"][0] == "Meclis Başkan Vekili"
    assert got["Seda Gündüz"][0] == "Kâtip Üye"


def test_a_line_sending_an_item_to_a_commission_elects_nobody():
    got = people(
        "Kumluca Belediye Meclisi nisan toplantısını yaptı.\n"
        "Toplantıda encümen seçimleri yapıldı.\n"
        "İmar Komisyonuna Başkan Vekili Selim Kaya'nın teklifi havale edildi.\n"
    )
    assert got["Selim Kaya"][0] != "Meclis Üyesi"


def test_a_commission_in_the_locative_names_no_result():
    got = people(
        "Kumluca Belediye Meclisi nisan toplantısını yaptı.\n"
        "Toplantıda encümen seçimleri yapıldı.\n"
        "İmar Komisyonunda Sevgi Ulaş'ın raporu okundu.\n"
    )
    assert got["Sevgi Ulaş"][0] is None


def test_a_youngest_member_serving_as_clerk():
    got = people(
        "Kavaklı Belediye Meclisi ilk toplantısını yaptı. En genç üyeler Eda Sarı ile Ümit "
        "Bal'ın kâtip üye olarak görev yaptığı toplantıda başkanlık divanı seçildi."
    )
    assert got["Eda Sarı"][:2] == ("Kâtip Üye", "Kavaklı Belediyesi")
    assert got["Ümit Bal"][:2] == ("Kâtip Üye", "Kavaklı Belediyesi")


# -- a glued metropolitan deputy mayor ---------------------------------------------


def test_a_metropolitan_deputy_mayor_written_glued():
    got = people(
        "Toplantıya Kuzeykent Büyükşehir Belediye Başkanvekili Nihan Ekşi başkanlık etti. "
        "Encümen seçimlerine Nihan Ekşi ve Tolga Ulu seçildi."
    )
    assert got["Nihan Ekşi"][0] == "Belediye Başkan Vekili"
