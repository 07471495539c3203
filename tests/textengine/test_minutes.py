"""Council minutes as a first-class input (issue 15, Deliver 2).

The texts here are our own, written in the shapes minutes take: labelled
attendance lines, lists of "Ad SOYAD" joined by dashes or commas, a block
of names under a heading, absence lists, clerks, party labels, speech
turns and numbered agenda items with their votes.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from ortakmasa.textengine.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]

MINUTES = """ÇANKAYA BELEDİYE MECLİSİNİN 2024 YILI MART AYI TOPLANTISININ 04.03.2024 TARİHLİ \
I. BİRLEŞİMİNE AİT TUTANAK

HAZIR BULUNANLAR :
Meclis Başkanı : Nurcan DEMİRAY.
Kâtip Üyeler : Selim ACAR - Leyla KORKMAZ
Üyeler : Nurcan DEMİRAY - Oya Nur BALCI (CHP) - Kenan ERGÜL (AK Parti) - \
Baran Ali TUNÇ - CHP - Selim ACAR - Leyla KORKMAZ.
HAZIR BULUNMAYANLAR : Metin SARAÇ - Figen ULUDAĞ.

I. AÇILIŞ

BAŞKAN - Değerli üyeler, toplantı yeter sayısı vardır, birleşimi açıyorum.

1- (İMAR VE ŞEHİRCİLİK MÜDÜRLÜĞÜ) Mahalle parkının düzenlenmesi hakkında önerge.

Kenan ERGÜL (AK Parti) - Sayın Başkan, parkın aydınlatması da ele alınmalıdır diye düşünüyoruz.

BAŞKAN - Oylarınıza sunuyorum. Önerge oy birliği ile kabul edilmiştir.

2- Bütçe aktarması hakkında Plan ve Bütçe Komisyonu raporu.

BAŞKAN - Kabul edenler, etmeyenler? Rapor oy çokluğu ile kabul edilmiştir.
"""


def _record() -> dict:
    return extract(MINUTES, source="cankaya.txt")


def test_session_body_chair_and_clerks() -> None:
    session = _record()["council_session"]
    assert session["body"] == "Çankaya Belediyesi"
    assert session["chair"] == "Nurcan Demiray"
    assert session["clerks"] == ["Selim Acar", "Leyla Korkmaz"]


def test_attendance_and_absence() -> None:
    session = _record()["council_session"]
    assert session["present"] == [
        "Nurcan Demiray",
        "Selim Acar",
        "Leyla Korkmaz",
        "Oya Nur Balcı",
        "Kenan Ergül",
        "Baran Ali Tunç",
    ]
    assert session["absent"] == ["Metin Saraç", "Figen Uludağ"]


def test_members_get_post_institution_and_party() -> None:
    people = {p["name"]: p for p in _record()["people"]}
    assert people["Nurcan Demiray"]["title"] == "Meclis Başkanı"
    assert people["Selim Acar"]["title"] == "Kâtip Üye"
    for name in ("Oya Nur Balcı", "Kenan Ergül", "Baran Ali Tunç", "Metin Saraç"):
        assert people[name]["title"] == "Meclis Üyesi", name
        assert people[name]["institution"] == "Çankaya Belediyesi", name
    assert people["Oya Nur Balcı"]["party"] == "CHP"
    assert people["Baran Ali Tunç"]["party"] == "CHP"  # "… - CHP" after the name
    assert people["Kenan Ergül"]["party"] == "AKP"


def test_party_groups() -> None:
    groups = _record()["council_session"]["party_groups"]
    assert groups["CHP"] == ["Oya Nur Balcı", "Baran Ali Tunç"]


def test_agenda_items_with_decision_and_vote() -> None:
    agenda = _record()["council_session"]["agenda"]
    assert [(a["number"], a["vote"]) for a in agenda] == [("1", "unanimous"), ("2", "majority")]
    assert "oy birliği ile kabul edilmiştir" in agenda[0]["decision"]
    assert agenda[1]["text"].startswith("Bütçe aktarması")


def test_speech_turns_and_chair() -> None:
    rec = _record()
    speakers = [q["speaker"] for q in rec["quotes"]]
    assert speakers[0] == "Nurcan Demiray"
    assert "Kenan Ergül" in speakers
    assert rec["council_session"]["speakers"] == ["Nurcan Demiray", "Kenan Ergül"]


def test_session_event_has_the_attendance_as_participants() -> None:
    events = _record()["events"]
    session = [e for e in events if e["kind"] == "council_session"]
    assert len(session) == 1
    assert session[0]["host"]["name"] == "Çankaya Belediyesi"
    assert "Metin Saraç" not in session[0]["participants"]
    assert "Baran Ali Tunç" in session[0]["participants"]


def test_block_of_names_under_a_heading_wrapped_over_lines() -> None:
    text = (
        "Edirne Belediye Meclisinin 04.06.2014 tarihli toplantısına ait karar özetidir.\n"
        "TOPLANTIDA BULUNANLAR\n"
        "Mahmut TEKİN, Çiğdem ALTAN, Türker ORAL, Aydın\n"
        "KORU, Semih KAR.\n"
        "1- Bir önceki toplantının tutanağı okundu ve oybirliği ile kabul edildi.\n"
    )
    session = extract(text)["council_session"]
    assert session["present"] == [
        "Mahmut Tekin",
        "Çiğdem Altan",
        "Türker Oral",
        "Aydın Koru",
        "Semih Kar",
    ]
    assert session["agenda"][0]["vote"] == "unanimous"


def test_news_with_a_colon_is_not_minutes() -> None:
    text = (
        "Belediye Başkanı Ali Kaya, Kadıköy'ü ziyaret etti.\n\n"
        'Başkan Kaya: "Mahallelerimizi birlikte güçlendireceğiz" dedi.\n'
        "Açıklama: Ayşe YILMAZ - Mehmet DEMİR"
    )
    rec = extract(text)
    assert rec["council_session"] is None
    assert all(p["title"] != "Meclis Üyesi" for p in rec["people"])


def test_record_with_a_session_validates() -> None:
    schema = json.loads((ROOT / "docs" / "extract-schema.json").read_text("utf-8"))
    jsonschema.validate(_record(), schema)
