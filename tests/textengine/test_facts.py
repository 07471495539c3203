from ortakmasa.textengine.pipeline import extract


def facts(text: str) -> list[tuple[str, object]]:
    return [(f["kind"], f["value"]) for f in extract(text)["facts"]]


def test_seed_style_numbers():
    got = facts(
        "Ziyaret ettiği 36. ilçe oldu. 5 yıllık plan. 2-2,5 saat sürdü. 37 ilçe belediye başkanı."
    )
    assert ("ordinal", {"number": 36, "of": "ilçe"}) in got
    assert ("duration", {"amount": 5, "unit": "yıl"}) in got
    assert ("duration", {"min": 2, "max": 2.5, "unit": "saat"}) in got
    assert ("count", {"number": 37, "of": "ilçe belediye"}) in got


def test_money_percent_period():
    got = facts("Bütçenin yüzde 18'i, 1,5 milyon TL ve 2025-2029 dönemi.")
    assert ("percent", 18) in got
    assert ("money", {"amount": 1500000, "currency": "tl"}) in got
    assert ("period", [2025, 2029]) in got


def test_fact_spans_point_to_text():
    rec = extract("Toplam 3.200 vatandaş katıldı.")
    (f,) = rec["facts"]
    assert rec["text"][f["span"][0] : f["span"][1]] == f["text"] == "3.200 vatandaş"
