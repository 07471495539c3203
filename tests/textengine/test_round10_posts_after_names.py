"""Posts written after the names in election and appointment results (issue
15, round 10: the title misses of the news of every dev part, grouped by
shape and counted by publisher), written anew.

Every sentence here is our own. The shapes: a result sentence "A divan
başkanı, B ve C divan üyesi olarak seçildi", a list written line by line
under a result ("Ad Soyad Post"), posts in parentheses after names, and
posts in the dative before "getirildi". The guards: a post written after a
comma before the next name stays that person's, and nothing fires without
a result verb.
"""

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p.get("title"), p.get("institution")) for p in extract(text)["people"]}


def titles(text: str) -> dict[str, str | None]:
    return {name: post for name, (post, _) in people(text).items()}


def test_a_result_sentence_gives_each_name_the_post_after_it():
    text = (
        "Derneğin genel kurulu yapıldı. Yapılan oylama sonucunda:\n\n"
        "Kerem Aydın divan başkanı,\n\n"
        "Selin Oral ve Ayhan Er divan üyesi olarak seçildi."
    )
    got = titles(text)
    assert got["Kerem Aydın"] == "Divan Başkanı"
    assert got["Selin Oral"] == "Divan Üyesi"
    assert got["Ayhan Er"] == "Divan Üyesi"


def test_a_list_written_line_by_line_keeps_each_post_with_its_own_line():
    text = (
        "Odanın yeni yönetimi görev bölümü yaptı.\n"
        "Yapılan görev bölümünde;\n"
        "Murat Deniz Oda Başkanı\n"
        "Elif Tan Başkan Vekili\n"
        "Hasan Çelik Sekreter-Muhasip\n"
        "Üyeler Oya Kır ve Zeynep Arı seçildi."
    )
    got = people(text)
    assert got["Murat Deniz"] == ("Başkan", None)
    # the post of the line above is not this name's
    assert got["Elif Tan"] == ("Başkan Vekili", None)
    assert got["Hasan Çelik"] == ("Sekreter-Muhasip", None)
    assert "Hasan Çelik Sekreter-Muhasip" not in got


def test_posts_in_parentheses_after_the_names_of_a_result():
    text = (
        "Kulübün yeni yönetim kurulu belirlendi: Kerem Aydın (Başkan), "
        "Selin Oral (Sayman), Ayhan Er (Sekreter) olarak belirlendi."
    )
    got = titles(text)
    assert got["Kerem Aydın"] == "Başkan"
    assert got["Selin Oral"] == "Sayman"
    assert got["Ayhan Er"] == "Sekreter"


def test_posts_in_the_dative_before_an_appointment_verb():
    text = "Toplantıda Murat Deniz başkanlığa, Elif Tan başkan yardımcılığına getirildi."
    got = titles(text)
    assert got["Murat Deniz"] == "Başkan"
    assert got["Elif Tan"] == "Başkan Yardımcısı"


def test_a_post_after_a_comma_stays_with_the_next_person():
    text = (
        "Dernek Başkanı Kerem Aydın, Vali Selin Oral'ı ziyaret etti. Aydın yeniden başkan seçildi."
    )
    got = people(text)
    assert got["Kerem Aydın"][0] == "Başkan"
    assert got["Selin Oral"][0] == "Vali"


def test_no_result_verb_no_post_after_the_name():
    text = "Toplantıya Murat Deniz başkan olarak katılan kulübün temsilcileriyle görüştü."
    assert titles(text).get("Murat Deniz") is None


def test_a_post_followed_by_a_name_is_that_names_post():
    text = "Kerem Aydın Başkan Selin Oral'ı ziyaret etti ve yeni yönetim seçildi."
    got = titles(text)
    assert got.get("Kerem Aydın") is None
    assert got["Selin Oral"] == "Başkan"


def test_a_list_closed_by_ve_leaves_the_post_after_the_comma_to_its_holder():
    text = (
        "Bolu Gençlik Derneği Başkanı Kerem Aydın ile yönetim kurulu üyeleri Selin Oral, "
        "Ayhan Er ve Oya Kır, Vali Murat Deniz'i makamında ziyaret etti."
    )
    got = titles(text)
    assert got["Oya Kır"] == "Yönetim Kurulu Üyesi"
    assert got["Murat Deniz"] == "Vali"
    assert "Vali Murat Deniz" not in got
