"""The two real seed texts, end to end (the issue's definition of done)."""

from pathlib import Path

from ortakmasa.textengine.pipeline import extract

GOLD = Path(__file__).resolve().parents[2] / "gold" / "extract"


def run(name: str) -> dict:
    return extract((GOLD / name).read_bytes(), source=name)


def test_seed_visit_imamoglu_kartoglu():
    rec = run("000_seed_imamoglu_basaksehir.txt")
    by = {p["name"]: p for p in rec["people"]}
    assert by["Ekrem İmamoğlu"]["institution"] == "İstanbul Büyükşehir Belediyesi"
    assert by["Ekrem İmamoğlu"]["title"] == "Belediye Başkanı"
    assert by["Yasin Kartoğlu"]["institution"] == "Başakşehir Belediyesi"
    assert by["Yasin Kartoğlu"]["party"] == "AKP"
    kinds = [e["kind"] for e in rec["events"]]
    assert kinds == ["congratulation_visit", "joint_table_meeting"]
    visit = rec["events"][0]
    assert visit["host"]["name"] == "Başakşehir Belediyesi"
    assert visit["guests"][0]["people"] == ["Ekrem İmamoğlu"]
    speakers = [q["speaker"] for q in rec["quotes"]]
    # the quoted sub-heading "SİZİN BİZE …" is a fourth quote of İmamoğlu (round 8b)
    assert speakers == ["Ekrem İmamoğlu"] * 4 + ["Yasin Kartoğlu"]
    for q in rec["quotes"]:
        assert rec["text"][q["span"][0] : q["span"][1]].strip() == q["text"]


def test_seed_izmit_ibb_two_events():
    rec = run("001_seed_izmit_ibb_ab.txt")
    by = {p["name"]: p for p in rec["people"]}
    assert by["Mehmet Alkanalka"]["unit"] == "AB İlişkileri Daire Başkanlığı"
    assert by["Ali Doğanay"]["title"] == "Birim Müdürü"
    assert by["Egemen Göksöz"]["title"] == "Müdür Yardımcısı"
    assert by["Cemal Taki Şahan"]["unit"] == "Strateji Geliştirme Müdürlüğü"
    assert by["Veysel Arif Yüksel"]["unit"] == "ARGE ve Proje Geliştirme Birimi"
    assert by["Veysel Arif Yüksel"]["institution"] == "İzmit Belediyesi"
    delegation, ngo = rec["events"]
    assert delegation["kind"] == "delegation_meeting"
    assert delegation["host"]["name"] == "İstanbul Büyükşehir Belediyesi"
    assert len(delegation["participants"]) == 5
    assert delegation["topics"][0] == "disaster_earthquake"
    assert ngo["kind"] == "ngo_meeting"
    assert ngo["participants"] == ["Fatma Kaplan Hürriyet"]
    assert rec["quotes"][-1]["speaker"] == "Fatma Kaplan Hürriyet"


def test_every_span_is_inside_the_text():
    for name in ("000_seed_imamoglu_basaksehir.txt", "001_seed_izmit_ibb_ab.txt"):
        rec = run(name)
        n = len(rec["text"])
        spans = [s for p in rec["people"] for s in p["spans"]]
        spans += [s for i in rec["institutions"] for s in i["spans"]]
        spans += [q["span"] for q in rec["quotes"]] + [f["span"] for f in rec["facts"]]
        spans += [s for t in rec["topics"] for s in t["spans"]]
        assert spans and all(0 <= s < e <= n for s, e in spans)
