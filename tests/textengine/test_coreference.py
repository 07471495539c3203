from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import fields_of

TEXT = (
    "Başakşehir Belediye Başkanı Yasin Kartal, İBB Başkanı Ekrem Yıldız'ı ağırladı. "
    "Kartal da memnuniyetini dile getirdi. Başkan Yıldız teşekkür etti."
)


def test_surname_and_title_mentions_link():
    rec = extract(TEXT)
    by = {p["name"]: p for p in rec["people"]}
    assert set(by) == {"Yasin Kartal", "Ekrem Yıldız"}
    assert len(by["Yasin Kartal"]["spans"]) == 2
    assert len(by["Ekrem Yıldız"]["spans"]) == 2
    for p in rec["people"]:
        for s, e in p["spans"]:
            assert p["name"].split()[-1] in rec["text"][s:e]


def test_double_surname_short_forms():
    rec = extract(
        "İzmit Belediye Başkanı Fatma Kaplan Hürriyet geldi. Başkan Kaplan Hürriyet "
        "konuştu. Başkan Hürriyet ayrıldı."
    )
    assert [p["name"] for p in rec["people"]] == ["Fatma Kaplan Hürriyet"]
    assert len(rec["people"][0]["spans"]) == 3


def test_role_only_mention_resolved():
    rec = extract(
        "Ali Veli, AKP'li Başakşehir Belediye Başkanı'nı ziyaret etti.\n\n"
        "Başakşehir Belediye Başkanı Yasin Kartal ziyaretten memnun kaldı."
    )
    expected = {("Yasin Kartal", "party"): "AKP"}
    assert fields_of(rec["people"], expected) == expected
