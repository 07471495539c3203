"""Turkish-aware lookups of institutions and people."""

import pytest

from ortakmasa.registry.models import Institution, Person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    ["Başakşehir", "başakşehir’e", "BAŞAKŞEHİR", "basaksehir", "Basaksehir'in belediyesi"],
)
def test_institution_search_finds_basaksehir(query: str) -> None:
    names = set(Institution.objects.search(query).values_list("name", flat=True))
    assert "Başakşehir Belediyesi" in names


def test_search_by_alias() -> None:
    found = Institution.objects.search("İBB’nin")
    assert [i.name for i in found] == ["İstanbul Büyükşehir Belediyesi"]


def test_dotless_i_is_not_confused_with_dotted_i() -> None:
    # "Iğdır" has a dotless capital I; a Turkish-unaware lower() would make
    # it "iğdır" and miss it.
    assert Institution.objects.search("IĞDIR").filter(name="Iğdır Valiliği").exists()
    assert Institution.objects.search("ığdır").filter(name="Iğdır Valiliği").exists()


def test_circumflex_is_optional() -> None:
    Institution.objects.create(name="Hâkimler Derneği", kind="ngo")
    assert Institution.objects.search("hakimler").exists()


def test_person_search_by_surname_with_suffix() -> None:
    found = Person.objects.search("Kaplan Hürriyet’in")
    assert [p.name for p in found] == ["Fatma Kaplan Hürriyet"]
