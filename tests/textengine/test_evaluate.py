from ortakmasa.textengine.evaluate import Report, compare

ALI_VELI = {
    "name": "Ali Veli",
    "title": "Müdür",
    "unit": None,
    "institution": "Kartal Belediyesi",
    "party": None,
}
GOLD = {
    "date": "2024-06",
    "people": [ALI_VELI],
    "institutions": ["Kartal Belediyesi"],
    "quotes": [{"speaker": "Ali Veli", "text": "Merhaba dünya"}],
    "events": [{"kind": "visit", "host": "Kartal Belediyesi"}],
    "topics": ["transport"],
}


def test_perfect_record_scores_one():
    rec = {
        "source": "x",
        "date": "2024-06",
        "people": [dict(ALI_VELI)],
        "institutions": [{"name": "Kartal Belediyesi"}],
        "quotes": [{"speaker": "Ali Veli", "text": "Merhaba dünya, nasılsın"}],
        "events": [{"kind": "visit", "host": {"name": "Kartal Belediyesi"}, "participants": []}],
        "topics": [{"theme": "transport"}],
    }
    r = Report()
    compare(rec, GOLD, r)
    assert all(s.f1 == 1.0 for s in r.scores.values())
    assert r.accuracy["date_exact"] == [1, 1]


def test_wrong_speaker_and_extra_person_counted():
    rec = {
        "source": "x",
        "date": None,
        "people": [{"name": "Ali Veli", "title": "Başkan"}, {"name": "Can Su"}],
        "institutions": [],
        "quotes": [{"speaker": "Can Su", "text": "Merhaba dünya"}],
        "events": [],
        "topics": [],
    }
    r = Report()
    compare(rec, GOLD, r)
    assert r.scores["people"].fp == 1 and r.scores["people"].tp == 1
    assert r.scores["quotes"].tp == 1 and r.scores["quotes_with_speaker"].tp == 0
    assert r.accuracy["person_title"] == [0, 1]
    assert r.scores["events"].fn == 1
    assert r.accuracy["date_exact"] == [0, 1]
