"""Loading Türkiye's reference data into the registry.

The files in ``ortakmasa/data`` (see SOURCES.md there) list the provinces,
districts, parties and national public bodies.  From them the loader
creates the places and the institutions every municipality works with: the
metropolitan, provincial and district municipalities, the governorships and
district governorships, the parties and the public bodies.

Loading is idempotent: each row has a stable ``reference_key`` and a second
run changes nothing.  It runs in one transaction, so a bad file leaves the
database as it was.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from ortakmasa.registry.models import (
    District,
    Institution,
    InstitutionAlias,
    InstitutionKind,
    Province,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def count(self, bucket: dict[str, int], what: str) -> None:
        bucket[what] = bucket.get(what, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)

    def summary(self) -> str:
        parts = [f"{n} {what} created" for what, n in sorted(self.created.items())]
        parts += [f"{n} {what} updated" for what, n in sorted(self.updated.items())]
        return ", ".join(parts) or "nothing changed"


def read_csv(name: str, data_dir: Path = DATA_DIR) -> Iterator[dict[str, str]]:
    with (data_dir / name).open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(rows):
            yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "evet"}


class _Upserter:
    """Creates or updates rows keyed by a natural key, counting changes."""

    def __init__(self, report: LoadReport) -> None:
        self.report = report
        # Read once what is there, so a second run costs a few queries.
        self.existing = {
            i.reference_key: i for i in Institution.objects.exclude(reference_key=None)
        }
        self.aliases = set(InstitutionAlias.objects.values_list("institution_id", "name"))

    def alias(self, inst: Institution, name: str) -> None:
        if (inst.pk, name) not in self.aliases:
            InstitutionAlias.objects.create(institution=inst, name=name)
            self.aliases.add((inst.pk, name))
            self.report.count(self.report.created, "aliases")

    def institution(self, key: str, **values: object) -> Institution:
        inst = self.existing.get(key)
        aliases = values.pop("aliases", ())
        if inst is None:
            inst = Institution(reference_key=key, **values)
            inst.save()
            self.existing[key] = inst
            self.report.count(self.report.created, "institutions")
        else:
            changed = [k for k, v in values.items() if getattr(inst, k) != v]
            if changed:
                for k in changed:
                    setattr(inst, k, values[k])
                inst.save()
                self.report.count(self.report.updated, "institutions")
        for alias in aliases:  # type: ignore[attr-defined]
            self.alias(inst, alias)
        return inst


def municipality_name(district: District) -> str:
    return f"{district.name} Belediyesi"


@transaction.atomic
def load_reference_data(data_dir: Path = DATA_DIR) -> LoadReport:
    report = LoadReport()
    up = _Upserter(report)

    provinces: dict[int, Province] = {p.plate: p for p in Province.objects.all()}
    for row in read_csv("provinces.csv", data_dir):
        plate = int(row["plate"])
        values = {
            "name": row["name"],
            "is_metropolitan": _flag(row["is_metropolitan"]),
            "region": row.get("region", ""),
        }
        prov = provinces.get(plate)
        if prov is None:
            prov = Province(plate=plate, **values)
            prov.save()
            provinces[plate] = prov
            report.count(report.created, "provinces")
        elif any(getattr(prov, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(prov, k, v)
            prov.save()
            report.count(report.updated, "provinces")

    districts: dict[tuple[int, str], District] = {
        (d.province.plate, d.name): d for d in District.objects.select_related("province")
    }
    for row in read_csv("districts.csv", data_dir):
        plate = int(row["plate"])
        central = _flag(row.get("is_central", "0"))
        dist = districts.get((plate, row["name"]))
        if dist is None:
            dist = District(province=provinces[plate], name=row["name"], is_central=central)
            dist.save()
            districts[(plate, row["name"])] = dist
            report.count(report.created, "districts")
        elif dist.is_central != central:
            dist.is_central = central
            dist.save()
            report.count(report.updated, "districts")

    _load_municipalities(up, provinces, districts)
    _load_parties(up, data_dir)
    _load_public_bodies(up, data_dir)
    _load_aliases(up, data_dir)
    return report


def _load_municipalities(
    up: _Upserter,
    provinces: dict[int, Province],
    districts: dict[tuple[int, str], District],
) -> None:
    for plate, prov in sorted(provinces.items()):
        if prov.is_metropolitan:
            municipality = (
                f"{prov.name} Büyükşehir Belediyesi",
                InstitutionKind.METROPOLITAN_MUNICIPALITY,
            )
        else:
            municipality = (f"{prov.name} Belediyesi", InstitutionKind.PROVINCIAL_MUNICIPALITY)
        _place_institutions(
            up,
            prov,
            None,
            {
                f"municipality:province:{plate}": municipality,
                f"governorship:{plate}": (f"{prov.name} Valiliği", InstitutionKind.GOVERNORSHIP),
            },
        )
    for (plate, name), dist in sorted(districts.items()):
        prov = provinces[plate]
        # In a province without a metropolitan municipality the central
        # district has no municipality of its own (the provincial
        # municipality serves it), nor a district governor (the governor
        # does).  In a metropolitan province it has both.
        if not prov.is_metropolitan and (dist.is_central or name == "Merkez"):
            continue
        _place_institutions(
            up,
            prov,
            dist,
            {
                f"municipality:district:{plate}:{name}": (
                    municipality_name(dist),
                    InstitutionKind.DISTRICT_MUNICIPALITY,
                ),
                f"district_governorship:{plate}:{name}": (
                    f"{name} Kaymakamlığı",
                    InstitutionKind.DISTRICT_GOVERNORSHIP,
                ),
            },
        )


def _place_institutions(
    up: _Upserter,
    province: Province,
    district: District | None,
    institutions: dict[str, tuple[str, InstitutionKind]],
) -> None:
    """The institutions of one province or district, by reference key."""
    for key, (name, kind) in institutions.items():
        up.institution(key, name=name, kind=kind, province=province, district=district)


def _listed(data_dir: Path, name: str) -> Iterator[tuple[dict[str, str], list[str]]]:
    """The rows of an optional list, each with its ``|``-separated aliases."""
    if not (data_dir / name).exists():
        return
    for row in read_csv(name, data_dir):
        yield row, [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]


def _load_parties(up: _Upserter, data_dir: Path) -> None:
    for row, aliases in _listed(data_dir, "parties.csv"):
        up.institution(
            f"party:{row['short_name']}",
            name=row["name"],
            short_name=row["short_name"],
            kind=InstitutionKind.POLITICAL_PARTY,
            aliases=aliases,
        )


_BODY_KINDS = {
    "ministry": InstitutionKind.MINISTRY,
    "agency": InstitutionKind.PUBLIC_AGENCY,
    "union": InstitutionKind.MUNICIPAL_UNION,
    "development_agency": InstitutionKind.PUBLIC_AGENCY,
}


def _load_public_bodies(up: _Upserter, data_dir: Path) -> None:
    for row, aliases in _listed(data_dir, "public_bodies.csv"):
        up.institution(
            f"body:{row['name']}",
            name=row["name"],
            short_name=row.get("short_name", ""),
            kind=_BODY_KINDS.get(row["kind"], InstitutionKind.PUBLIC_AGENCY),
            aliases=aliases,
        )


def _load_aliases(up: _Upserter, data_dir: Path) -> None:
    """Aliases of municipalities (``institution_aliases.csv``: reference key,
    alias)."""
    for row, _aliases in _listed(data_dir, "institution_aliases.csv"):
        inst = up.existing.get(row["reference_key"])
        if inst is not None:
            up.alias(inst, row["alias"])
