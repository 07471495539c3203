"""Members named only in a vote or a roll call of council minutes.

Decision summaries name members in the vote ("önergenin; A, B'nin kabul,
C'nin çekimser oylarına karşı …") and prose minutes in the roll call
("yapılan yoklamada üyelerden A ve B'nin katıldığı"), without any
attendance list.  Such a person, named without a post, is a member of
the council that met.  Our own texts, invented names.
"""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract

VOTES = (
    "Meclis Kararları\n\nTARİH: 02.01.2019\nKARAR ÖZETİ:\n"
    "Kestel Belediye Meclisinin 05.12.2018 tarihli kararına itiraz edilmesi ile ilgili "
    "önergenin; Ali VELİ, Ayşe KARA’nın kabul, Hasan SARI ve Nuri DAĞ’ın çekimser "
    "oylarına karşı 15 oy ile reddine oyçokluğu ile karar verildi.\n"
)

ROLL = (
    "Kestel Belediye Meclisi’nin 04.06.2014 tarihli Haziran ayı Olağan Meclis "
    "Toplantısı I. Birleşimi.\n"
    "Belediye Başkanı Ahmet YILMAZ’ın teklifi üzerine yapılan yoklamada üyelerden "
    "Ali VELİ, Ayşe KARA ve Nuri DAĞ’ın bugünkü toplantıya katıldığı tespit edildi.\n"
)

NEWS = (
    "Kestel'de yeni park açıldı. Törene katılan Ali Veli, parkın mahalleye değer "
    "kattığını söyledi. Oylama yapılmadı.\n"
)


def _posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extract(text, source="t.txt")
    return {p["name"]: (p.get("title"), p.get("institution")) for p in record["people"]}


def test_voters_in_a_decision_summary_are_council_members() -> None:
    posts = _posts(VOTES)
    for name in ("Ali Veli", "Ayşe Kara", "Hasan Sarı", "Nuri Dağ"):
        assert posts[name] == ("Meclis Üyesi", "Kestel Belediyesi")


def test_roll_call_names_members_and_keeps_the_mayor() -> None:
    posts = _posts(ROLL)
    assert posts["Ahmet Yılmaz"][0] == "Belediye Başkanı"
    for name in ("Ali Veli", "Ayşe Kara", "Nuri Dağ"):
        assert posts[name] == ("Meclis Üyesi", "Kestel Belediyesi")


def test_a_news_text_gives_no_council_post() -> None:
    posts = _posts(NEWS)
    assert posts.get("Ali Veli", (None, None))[0] != "Meclis Üyesi"


GROUPS = (
    "28.07.2020 Tarihli Meclis Kararları\n\n"
    "Kestel Belediye Meclisi’nin 28 Temmuz 2020 toplantısında alınan kararların özetidir.\n\n"
    "1- İmar Komisyonu’nun raporu oyçokluğu (CHP; Ali VELİ, Ayşe KARA 2 ret – İYİ Parti; "
    "Nuri DAĞ 1 ret – 60 kabul) ile kabul edilmiştir.\n"
    "2- Önerge, CHP’den Hasan SARI, AK Parti’den ise Can TAŞ’ın ret oylarına karşı "
    "oyçokluğu ile kabul edilmiştir.\n"
)


def test_party_labels_group_the_names_after_them() -> None:
    record = extract(GROUPS, source="t.txt")
    party = {p["name"]: p.get("party") for p in record["people"]}
    assert party["Ali Veli"] == "CHP"
    assert party["Ayşe Kara"] == "CHP"
    assert party["Nuri Dağ"] == "İYİ Parti"
    assert party["Hasan Sarı"] == "CHP"
    assert party["Can Taş"] == "AKP"
