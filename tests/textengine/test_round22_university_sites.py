"""Round 22 of issue 15 (written from dev17): a university's own site whose
address names no place ("comu.edu.tr") is the one university its text names;
its rector's adviser and a dean written without the university are its own,
the dean's faculty his unit.

The sentences are our own, with invented names."""

from ortakmasa.textengine.pipeline import extract

TEXT = (
    "Kuzey Ege Üniversitesi ile Geyikli Belediyesi arasında protokol imzalandı. Törene "
    "Rektör Danışmanı Ali Kaya ve Ziraat Fakültesi Dekanı Prof. Dr. Veli Koç katıldı."
)


def _people(source: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        p["name"]: (p["title"], p["unit"], p["institution"])
        for p in extract(TEXT, source)["people"]
    }


def test_on_the_university_s_site() -> None:
    got = _people("https://www.kuzeyege.edu.tr/haber/protokol")
    assert got["Ali Kaya"] == ("Rektör Danışmanı", None, "Kuzey Ege Üniversitesi")
    assert got["Veli Koç"] == ("Dekan", "Ziraat Fakültesi", "Kuzey Ege Üniversitesi")


def test_on_a_news_site_the_faculty_stays_as_written() -> None:
    got = _people("https://www.ornekhaber.com/haber/protokol")
    assert got["Ali Kaya"][2] is None
    assert got["Veli Koç"][2] == "Ziraat Fakültesi"
