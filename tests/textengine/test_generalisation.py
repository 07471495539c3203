"""One test per rule added after the held-out set was written: topics in
stated priority order and with context, hosts, organisation names, names
without a listed given name, the CLI in a closed pipe.  All on invented
strings."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ortakmasa.textengine import cli
from ortakmasa.textengine.pipeline import extract

GOLD = Path(__file__).resolve().parents[2] / "gold" / "extract"


def themes(text: str) -> list[str]:
    return [t["theme"] for t in extract(text)["topics"]]


def host(text: str) -> str | None:
    ev = extract(text)["events"][0]
    return ev["host"]["name"] if ev["host"] else None


# -- topics: ranking ---------------------------------------------------------
def test_basta_olmak_uzere_list_keeps_its_order():
    text = (
        "Toplantıda kadın kooperatifleri de konuşuldu. Görüşmede afet konusu başta olmak "
        "üzere ulaşım, enerji ve sosyal konularda fikir alışverişinde bulunuldu."
    )
    assert themes(text)[:5] == [
        "disaster_earthquake",
        "transport",
        "energy",
        "social_services",
        "women",
    ]


def test_oncelikle_ardindan_enumeration_comes_first():
    text = (
        "Başkan gençlerle bir araya geldi. Toplantıda öncelikle çöp toplama, ardından "
        "toplu taşıma ve kreş konuları ele alındı."
    )
    assert themes(text)[:3] == ["waste", "transport", "children"]


def test_discussed_list_of_themes_comes_before_first_mention():
    text = (
        "Heyet müzeyi gezdi. İki kent arasında iklim, tarım ve turizm konularında "
        "işbirliği görüşüldü."
    )
    assert themes(text)[:3] == ["environment_climate", "agriculture", "tourism"]


def test_speakers_priority_inside_a_quote_does_not_reorder():
    text = (
        'Başkan vatandaşlarla ulaşım sorunlarını görüştü. Başkan, "Biz kadın istihdamına '
        'öncelik veriyoruz" dedi.'
    )
    assert themes(text)[0] == "transport"


# -- topics: precision -------------------------------------------------------
def test_broad_keyword_alone_is_not_a_topic():
    assert "culture" not in themes("Toplantı kültür evinde yapıldı, vatandaşlar dinlendi.")


def test_broad_keyword_with_topic_noun_counts():
    assert "green_space" in themes("Vatandaşlar mahalleye park alanı istedi.")


def test_broad_keyword_written_twice_counts():
    assert "economy" in themes("Meclis bütçeyi görüştü. Bütçenin yarısı yatırıma ayrıldı.")


def test_keyword_in_a_venue_name_is_not_a_topic():
    assert "culture" not in themes("Toplantı Beykoz Kültür Merkezi'nde yapıldı.")


def test_keyword_in_a_persons_name_is_not_a_topic():
    text = "Ortahisar Belediye Başkanı Ahmet Metin Genç, esnafla bir araya geldi."
    assert "youth" not in themes(text)


def test_participants_are_not_participation():
    assert "governance_participation" not in themes(
        "Çalıştaya 120 katılımcı katıldı. Katılımcılar masalarda tarım sorunlarını konuştu."
    )


def test_soft_consonant_form_of_a_keyword_matches():
    assert "environment_climate" in themes("Çiftçiler kuraklığa karşı önlem istedi.")


def test_place_that_starts_like_a_keyword_is_not_a_topic():
    assert "education" not in themes("Heyet Bursa'ya geldi ve kent meydanını gezdi.")


def test_event_without_topics_of_its_own_takes_the_headline_s():
    rec = extract(
        "date 2024-05 Başkan su sorununu konuştu\n\nKarşıyaka Belediye Başkanı Ali Eren, "
        "Bayraklı Belediye Başkanı Veli Kaya'yı makamında ziyaret etti."
    )
    assert rec["events"][0]["topics"][:1] == ["water_sewerage"]


# -- events: hosts -----------------------------------------------------------
def test_host_is_the_organiser_in_the_genitive():
    text = (
        "Esenyurt Belediyesi'nin stratejik plan için düzenlediği mahalle toplantıları tamamlandı."
    )
    assert host(text) == "Esenyurt Belediyesi"


def test_host_is_the_subject_who_meets_someone():
    text = (
        "Tuzla Belediye Başkanı Ali Eren daha sonra Tuzla Esnaf Odası Başkanı Veli Kaya "
        "ile bir araya geldi."
    )
    assert host(text) == "Tuzla Belediyesi"


def test_no_host_when_two_sides_meet():
    text = (
        "Kadıköy Belediye Başkan Yardımcısı Ali Eren ile Ataşehir Belediye Başkan "
        "Yardımcısı Veli Kaya, trafik için bir araya geldi."
    )
    assert host(text) is None


def test_host_of_konugu_oldu_in_the_genitive_without_apostrophe():
    text = "Sakarya heyeti, kardeş şehir Saraybosna Belediyesinin konuğu oldu."
    assert host(text) == "Saraybosna Belediyesi"


def test_event_named_only_in_the_headline_covers_the_body():
    rec = extract(
        "date 2022-12 Çiğli'de çocuk meclisi toplandı\n\nÇiğli Belediyesi Çocuk Meclisi, "
        "oyun alanlarını değerlendirdi. Toplantıya Çiğli Belediye Başkan Yardımcısı "
        "Aylin Güneş katıldı."
    )
    ev = rec["events"][0]
    assert ev["kind"] == "meeting"
    assert ev["participants"] == ["Aylin Güneş"]
    assert ev["host"]["name"] == "Çiğli Belediyesi"


# -- names -------------------------------------------------------------------
def test_council_of_a_municipality_keeps_the_municipality_in_its_name():
    rec = extract("Sarıyer Belediyesi Gençlik Meclisi yeni dönemde toplandı.")
    assert "Sarıyer Belediyesi Gençlik Meclisi" in [i["name"] for i in rec["institutions"]]


def test_sentence_opener_in_the_dative_is_not_part_of_an_organisation():
    rec = extract("Toplantı yapıldı. Çalıştaya Uludağ Üniversitesi katıldı.")
    assert [i["name"] for i in rec["institutions"]] == ["Uludağ Üniversitesi"]


def test_name_after_an_honorific_without_a_listed_given_name():
    rec = extract("Toplantıya Sayın Rüçhan Kılıçlıoğlu da katıldı.")
    assert [p["name"] for p in rec["people"]] == ["Rüçhan Kılıçlıoğlu"]


def test_name_after_a_speaker_cue_without_a_listed_given_name():
    rec = extract('Toplantıda söz alan Nail Ekşiören, "Yollarımız bozuk" dedi.')
    assert [q["speaker"] for q in rec["quotes"]] == ["Nail Ekşiören"]


def test_untitled_person_gets_the_body_they_come_from():
    rec = extract("Toplantıya Ege Üniversitesi'nden Prof. Dr. Zerrin Aktunç katıldı.")
    assert rec["people"][0]["institution"] == "Ege Üniversitesi"


# -- the second seed ---------------------------------------------------------
def test_second_seed_topics_follow_the_stated_priority():
    rec = extract((GOLD / "001_seed_izmit_ibb_ab.txt").read_bytes())
    assert [t["theme"] for t in rec["topics"]] == [
        "disaster_earthquake",
        "energy",
        "transport",
        "social_services",
        "eu_projects",
        "social_innovation",
        "employment",
        "women",
        "children",
    ]
    assert rec["events"][0]["topics"][:4] == [
        "disaster_earthquake",
        "energy",
        "transport",
        "social_services",
    ]


# -- CLI ---------------------------------------------------------------------
class _ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_cli_in_a_closed_pipe_ends_quietly(monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert cli.main([str(GOLD / "001_seed_izmit_ibb_ab.txt")]) == 0
