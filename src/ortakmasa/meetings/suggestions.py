"""What the text engine found that the registry lacks, offered to a
reviewer (issue 15, Deliver 6): bodies ("… Derneği", a consulate, a
union of municipalities), units of known bodies, and people's parties.

``suggest`` records them when a text is imported; ``accept`` puts one into
the registry (an institution, a unit under its body, a party affiliation)
and ``reject`` sets it aside.  Accepting twice, or accepting a body that
meanwhile entered the registry, links the existing row instead of
creating a second one.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from ortakmasa.lib.turkish import search_key
from ortakmasa.meetings.models import (
    RegistrySuggestion,
    SourceDocument,
    SuggestionKind,
    SuggestionStatus,
)
from ortakmasa.meetings.review import unit_kind
from ortakmasa.registry.matching import person_candidates
from ortakmasa.registry.models import Institution, InstitutionKind, PartyAffiliation

#: the registry's kind for each kind of body the engine knows
ENGINE_KINDS = {
    "ngo": InstitutionKind.NGO,
    "university": InstitutionKind.UNIVERSITY,
    "chamber": InstitutionKind.PROFESSIONAL_CHAMBER,
    "professional_chamber": InstitutionKind.PROFESSIONAL_CHAMBER,
    "company": InstitutionKind.COMPANY,
    "municipal_union": InstitutionKind.MUNICIPAL_UNION,
    "public_body": InstitutionKind.PUBLIC_AGENCY,
    "public_agency": InstitutionKind.PUBLIC_AGENCY,
    "ministry": InstitutionKind.MINISTRY,
    "governorship": InstitutionKind.GOVERNORSHIP,
    "district_governorship": InstitutionKind.DISTRICT_GOVERNORSHIP,
    "international_organisation": InstitutionKind.INTERNATIONAL_ORGANISATION,
}


class CannotAccept(ValueError):
    """The suggestion cannot enter the registry as it stands (its party or
    person is not in the registry, or it was already decided)."""


def _registry_kind(engine_kind: str, name: str) -> str:
    if engine_kind in ENGINE_KINDS:
        return str(ENGINE_KINDS[engine_kind])
    if name.endswith("Birliği") and "Belediye" in name:
        return str(InstitutionKind.MUNICIPAL_UNION)
    return str(InstitutionKind.OTHER)


def suggest(document: SourceDocument, record: dict[str, Any], ctx: Any) -> int:
    """Record the suggestions of one imported text; returns how many."""
    rows: dict[tuple[str, str, str], RegistrySuggestion] = {}

    def add(kind: str, name: str, **fields: Any) -> None:
        key = (kind, name, fields.get("person_name", ""))
        if name and key not in rows:
            rows[key] = RegistrySuggestion(document=document, kind=kind, name=name[:255], **fields)

    for inst in record.get("institutions", []):
        if inst.get("kind") == "unit" or "municipality" in str(inst.get("kind")):
            continue
        if ctx.find_institution(inst["name"]) is None:
            add(SuggestionKind.INSTITUTION, inst["name"], institution_kind=inst.get("kind", ""))
    for person in record.get("people", []):
        body = ctx.find_institution(person.get("institution"))
        if person.get("unit") and body is not None and ctx.find_unit(body, person["unit"]) is None:
            add(SuggestionKind.UNIT, person["unit"], parent=body)
        if person.get("party"):
            add(SuggestionKind.PARTY, person["party"], person_name=person["name"][:255])
    RegistrySuggestion.objects.bulk_create(rows.values(), ignore_conflicts=True)
    return len(rows)


def _decided(suggestion: RegistrySuggestion, user: Any, status: str) -> None:
    suggestion.status = status
    suggestion.decided_by = user if getattr(user, "is_authenticated", False) else None
    suggestion.decided_at = timezone.now()
    suggestion.save(update_fields=["status", "decided_by", "decided_at", "institution"])


def _existing(name: str, parent: Institution | None = None) -> Institution | None:
    key = search_key(name)
    found = Institution.objects.filter(search_key=key)
    found = found.filter(parent=parent) if parent is not None else found
    return found.order_by("pk").first()


@transaction.atomic
def accept(suggestion: RegistrySuggestion, user: Any) -> RegistrySuggestion:
    suggestion = RegistrySuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if suggestion.status != SuggestionStatus.PENDING:
        raise CannotAccept("already decided")
    if suggestion.kind == SuggestionKind.PARTY:
        suggestion.institution = _accept_party(suggestion)
    elif suggestion.kind == SuggestionKind.UNIT:
        parent = suggestion.parent
        suggestion.institution = _existing(suggestion.name, parent) or Institution.objects.create(
            name=suggestion.name, kind=unit_kind(suggestion.name), parent=parent
        )
    else:
        suggestion.institution = _existing(suggestion.name) or Institution.objects.create(
            name=suggestion.name,
            kind=_registry_kind(suggestion.institution_kind, suggestion.name),
        )
    _decided(suggestion, user, SuggestionStatus.ACCEPTED)
    return suggestion


def _accept_party(suggestion: RegistrySuggestion) -> Institution:
    party = (
        Institution.objects.filter(kind=InstitutionKind.POLITICAL_PARTY)
        .filter(short_name=suggestion.name)
        .first()
    ) or _existing(suggestion.name)
    if party is None or party.kind != InstitutionKind.POLITICAL_PARTY:
        raise CannotAccept(f"no party {suggestion.name} in the registry")
    people = person_candidates(suggestion.person_name)
    if len(people) != 1:
        raise CannotAccept(f"{suggestion.person_name} is not one person of the registry")
    PartyAffiliation.objects.get_or_create(person=people[0], party=party, end_date=None)
    return party


@transaction.atomic
def reject(suggestion: RegistrySuggestion, user: Any) -> RegistrySuggestion:
    if suggestion.status != SuggestionStatus.PENDING:
        raise CannotAccept("already decided")
    _decided(suggestion, user, SuggestionStatus.REJECTED)
    return suggestion
