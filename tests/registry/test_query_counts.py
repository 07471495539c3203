"""List pages and endpoints cost the same number of queries at 10 and at 200
rows."""

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.registry.models import Institution, Person, Post
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


def make_rows(n: int, tag: str) -> Institution:
    parent = Institution.objects.create(name=f"{tag} Vakfı", kind="ngo")
    for i in range(n):
        unit = Institution.objects.create(name=f"{tag} Birimi {i}", kind="unit", parent=parent)
        unit.aliases.create(name=f"{tag}-{i}")
        person = Person.objects.create(given_name=f"Ad{i}", family_name=tag)
        Post.objects.create(person=person, institution=unit, title="Uzman")
        Post.objects.create(person=person, institution=parent, title="Üye")
    return parent


def count(
    client: Client, url: str, params: dict[str, object], parent: Institution, tag: str
) -> int:
    url = url.format(pk=parent.pk)
    return queries_for(client, url, {k: str(v).format(tag=tag) for k, v in params.items()})


@pytest.mark.parametrize(
    "url,params",
    [
        ("/registry/institutions/", {"q": "{tag}"}),
        ("/registry/people/", {"q": "{tag}"}),
        ("/api/v1/institutions/", {"q": "{tag}", "page_size": 500}),
        ("/api/v1/people/", {"q": "{tag}", "page_size": 500}),
        ("/registry/institutions/{pk}/", {}),
    ],
)
def test_constant_queries(
    url: str, params: dict[str, object], client_for: Callable[[str], Client]
) -> None:
    client = client_for("office")
    small = count(client, url, params, make_rows(10, "Kırlangıç"), "Kırlangıç")
    large = count(client, url, params, make_rows(200, "Martı"), "Martı")
    assert small == large
