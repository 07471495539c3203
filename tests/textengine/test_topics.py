import json

from ortakmasa.textengine.pipeline import extract
from ortakmasa.textengine.resources import DATA_DIR

REQUIRED = {
    "disaster_earthquake",
    "transport",
    "energy",
    "environment_climate",
    "social_services",
    "women",
    "youth",
    "children",
    "elderly_disabled",
    "employment",
    "social_innovation",
    "culture",
    "education",
    "health",
    "infrastructure",
    "urban_renewal",
    "housing",
    "eu_projects",
    "strategic_planning",
    "tourism",
    "sports",
    "agriculture",
    "water_sewerage",
    "waste",
    "green_space",
    "digital_services",
    "economy",
    "security",
    "governance_participation",
}


def test_taxonomy_shape():
    data = json.loads((DATA_DIR / "themes.json").read_text("utf-8"))
    codes = [t["code"] for t in data["themes"]]
    assert REQUIRED <= set(codes)
    assert len(codes) == len(set(codes))
    for t in data["themes"]:
        assert t["label_tr"] and t["label_en"] and t["keywords"]


def test_stems_match_inflected_forms_with_evidence():
    rec = extract("Depremin önemi ve ulaşımda yeni dönem konuşuldu.")
    themes = {t["theme"]: t for t in rec["topics"]}
    assert {"disaster_earthquake", "transport"} <= set(themes)
    s, e = themes["disaster_earthquake"]["spans"][0]
    assert rec["text"][s:e] == "Depremin"


def test_priority_cue_ranks_first():
    rec = extract("Enerji ve ulaşım konuşuldu. Depremin konusunun öncelikli olduğu vurgulandı.")
    assert rec["topics"][0]["theme"] == "disaster_earthquake"


def test_longest_keyword_wins():
    rec = extract("Sosyal inovasyon konusunda çalışılacak.")
    assert [t["theme"] for t in rec["topics"]] == ["social_innovation"]
