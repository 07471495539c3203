from ortakmasa.textengine.pipeline import extract


def only_event(text: str) -> dict:
    """The one event found in ``text``: there must be exactly one."""
    (ev,) = extract(text)["events"]
    return ev


def test_visit_host_and_guest():
    ev = only_event(
        "Kocaeli Büyükşehir Belediye Başkanı Tahir Koç, Kadıköy Belediye Başkanı Mert Yaman'ı "
        "makamında ziyaret etti."
    )
    assert ev["kind"] == "visit"
    assert ev["host"]["name"] == "Kadıköy Belediyesi"
    assert [g["name"] for g in ev["guests"]] == ["Kocaeli Büyükşehir Belediyesi"]


def test_headline_and_lead_are_one_event():
    rec = extract(
        "date 2024-05 Başkan Koç Kadıköy'ü ziyaret etti\n\nKocaeli Büyükşehir Belediye Başkanı "
        "Tahir Koç, Kadıköy Belediye Başkanı Mert Yaman'a nezaket ziyaretinde bulundu."
    )
    assert [e["kind"] for e in rec["events"]] == ["courtesy_visit"]


def test_later_starts_new_event_and_quotes_excluded_from_participants():
    rec = extract(
        "Tuzla Belediye Başkanı Şadi Eroğlu, Tuzla Kaymakamı İsmail Baran'ı ziyaret etti. "
        'Eroğlu, "Valimiz Ali Kaya ile de görüşeceğiz" dedi.\n\n'
        "Başkan Eroğlu daha sonra STK temsilcileri ile bir araya geldi."
    )
    kinds = [e["kind"] for e in rec["events"]]
    assert kinds == ["visit", "ngo_meeting"]
    assert "Ali Kaya" not in rec["events"][0]["participants"]
    assert rec["events"][1]["host"]["name"] == "Tuzla Belediyesi"


def test_event_topics_in_stated_priority():
    ev = only_event(
        "İki belediyenin heyetleri İBB ev sahipliğinde bir araya geldi. Görüşmede enerji, "
        "ulaşım ve deprem konusu başta olmak üzere sosyal konular ele alındı."
    )
    assert ev["kind"] == "delegation_meeting"
    assert ev["host"]["name"] == "İstanbul Büyükşehir Belediyesi"
    assert ev["topics"][0] == "disaster_earthquake"


def test_old_date_in_sentence_is_not_event_date():
    rec = extract(
        "date 2024-06 Başlık\n\nBaşkan Ali Kaya, 31 Mart'ta seçimi kazanan Başkan Veli Ak'a "
        "tebrik ziyaretinde bulundu."
    )
    assert rec["events"][0]["date"] == "2024-06"
