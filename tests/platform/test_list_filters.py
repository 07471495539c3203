"""An API list's query parameters, declared once (``kernel.api.ListFilters``):
what the schema lists is what the query reads, and a value a filter does
not understand is ignored, as on the pages."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter

from ortakmasa.kernel.api import ListFilter, ListFilters

KIND = ListFilter("kind", "kind", str, values=("a", "b"))
PARENT = ListFilter("parent", "parent_id", description="Parent id")
THEME = ListFilter("theme", "themes__code", str, distinct=True)


def test_an_id_parameter_takes_digits_within_the_database_range_only() -> None:
    assert PARENT.value({"parent": "12"}) == 12
    for bad in ("", "abc", "-1", "1.5", "١٢", "9" * 20):
        assert PARENT.value({"parent": bad}) is None, bad
    assert PARENT.value({}) is None


def test_a_choice_parameter_takes_its_values_only() -> None:
    assert KIND.value({"kind": "a"}) == "a"
    assert KIND.value({"kind": "c"}) is None
    assert THEME.value({"theme": "transport"}) == "transport"
    assert THEME.value({"theme": ""}) is None


def test_the_schema_lists_the_search_then_the_filters_then_the_extras() -> None:
    extra = OpenApiParameter("public", bool)
    parameters = ListFilters("Name search", (KIND, PARENT)).parameters(extra)
    assert [p.name for p in parameters] == ["q", "kind", "parent", "public"]
    assert parameters[0].description == "Name search"
    assert parameters[1].enum == ["a", "b"]
    assert parameters[2].type is int
