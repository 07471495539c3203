"""Matching names written in a text to registry records.

Used when a drafted meeting is confirmed: "İBB’nin" must find İstanbul
Büyükşehir Belediyesi and "Fatma Kaplan Hürriyet" must find the person
already in the registry, never a duplicate.  A name that fits more than one
record is reported as ambiguous rather than guessed.

``InstitutionIndex`` reads the institution names and aliases once, so a
batch of thousands of texts does not look each name up in the database.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from ortakmasa.lib.turkish import search_key
from ortakmasa.registry.models import Institution, InstitutionAlias, Person, PersonAlias, Post


@dataclass
class InstitutionIndex:
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    parent_of: dict[int, int | None] = field(default_factory=dict)
    children: dict[tuple[int, str], int] = field(default_factory=dict)

    @classmethod
    def build(cls) -> InstitutionIndex:
        index = cls()
        rows = Institution.objects.values_list("pk", "search_key", "parent_id")
        for pk, key, parent_id in rows:
            index.parent_of[pk] = parent_id
            if parent_id is None:
                index.by_key[key].append(pk)
            else:
                index.children[(parent_id, key)] = pk
        for inst_id, key in InstitutionAlias.objects.values_list("institution_id", "search_key"):
            if index.parent_of.get(inst_id) is None and inst_id not in index.by_key[key]:
                index.by_key[key].append(inst_id)
        return index

    def top_level(self, name: str) -> int | None:
        """The one top-level institution called ``name``, or None when there
        is none or more than one (e.g. "Yenişehir Belediyesi" exists in three
        provinces)."""
        found = self.by_key.get(search_key(name), [])
        return found[0] if len(found) == 1 else None

    def unit(self, parent_id: int, name: str) -> int | None:
        """A department or unit called ``name`` anywhere under ``parent_id``."""
        key = search_key(name)
        direct = self.children.get((parent_id, key))
        if direct is not None:
            return direct
        for (pid, child_key), pk in self.children.items():
            if child_key == key and self._descends_from(pid, parent_id):
                return pk
        return None

    def _descends_from(self, node: int | None, ancestor: int) -> bool:
        for _ in range(20):
            if node is None:
                return False
            if node == ancestor:
                return True
            node = self.parent_of.get(node)
        return False


def match_institution(name: str, index: InstitutionIndex | None = None) -> Institution | None:
    if not name:
        return None
    index = index or InstitutionIndex.build()
    pk = index.top_level(name)
    return Institution.objects.filter(pk=pk).first() if pk else None


def person_candidates(name: str, institution: Institution | None = None) -> list[Person]:
    """People whose name or alias is ``name``; those with a post in
    ``institution``'s tree first."""
    key = search_key(name)
    if not key:
        return []
    alias_ids = PersonAlias.objects.filter(search_key=key).values("person_id")
    people = list(
        Person.objects.filter(Q(search_key=key) | Q(pk__in=alias_ids))
        .prefetch_related("posts__institution")
        .order_by("pk")
    )
    if institution is None or len(people) < 2:
        return people
    root = institution.root_id or institution.pk

    def works_there(p: Person) -> bool:
        return any(
            (post.institution.root_id or post.institution.pk) == root for post in p.posts.all()
        )

    return sorted(people, key=lambda p: not works_there(p))


def match_person(name: str, institution: Institution | None = None) -> Person | None:
    """The person called ``name``, if exactly one fits (or exactly one of
    several works in ``institution``)."""
    candidates = person_candidates(name, institution)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1 and institution is not None:
        root = institution.root_id or institution.pk
        here = [
            p
            for p in candidates
            if any(
                (post.institution.root_id or post.institution.pk) == root for post in p.posts.all()
            )
        ]
        if len(here) == 1:
            return here[0]
    return None


def held_post(
    person: Person, institution: Institution | None, on: datetime.date | None
) -> Post | None:
    """The post ``person`` held on ``on`` — in ``institution``'s tree when
    the text named a body, otherwise the only post held that day.

    A text that names someone without their post ("Selim Karaoğlan da
    katıldı") is read against the posts reviewers confirmed earlier, so a
    confirmed post is not asked for again.  With no date the posts still
    held today count.  Two posts at once, or none, give no answer: a guess
    would put a wrong body on the record.  Reads ``person.posts.all()``,
    which ``person_candidates`` prefetches, through ``current_posts``.
    """
    posts = person.current_posts(on)
    if institution is not None:
        root = institution.root_id or institution.pk
        posts = [p for p in posts if p.institution_id == institution.pk] or [
            p for p in posts if (p.institution.root_id or p.institution.pk) == root
        ]
    return posts[0] if len(posts) == 1 else None
