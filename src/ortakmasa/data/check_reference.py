"""Self-check of Ortak Masa's reference data files.

Run it as ``python -m ortakmasa.data.check_reference`` (or directly as a
script).  It prints one line per problem and exits 1 if there is any, 0 if
the files are consistent.  Pure standard library, so it runs before Django
or any dependency is installed.

What it checks (see SOURCES.md for where the facts come from):

* ``provinces.csv``: 81 provinces, plates 1..81 each once, unique names,
  30 metropolitan municipalities, one of the 7 geographical regions each;
* ``districts.csv``: 973 districts, every one in an existing province,
  names unique within a province, İstanbul's 39 districts, at most one
  central district per province ("Merkez" in every non-metropolitan one);
* ``parties.csv``: unique short names and names, no alias shared by two
  parties;
* ``public_bodies.csv``: known kinds, unique names, the 17 ministries, the
  26 development agencies covering every province exactly once;
* ``institution_aliases.csv`` (if present): every reference key points at a
  province or district that exists.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent

PROVINCE_COUNT = 81
DISTRICT_COUNT = 973
METROPOLITAN_COUNT = 30
MINISTRY_COUNT = 17
DEVELOPMENT_AGENCY_COUNT = 26

#: Number of provinces per geographical region (by the province centre).
REGION_SIZES: dict[str, int] = {
    "Marmara": 11,
    "Ege": 8,
    "Akdeniz": 8,
    "İç Anadolu": 13,
    "Karadeniz": 18,
    "Doğu Anadolu": 14,
    "Güneydoğu Anadolu": 9,
}

ISTANBUL_PLATE = 34
ISTANBUL_DISTRICTS: frozenset[str] = frozenset(
    """
    Adalar Arnavutköy Ataşehir Avcılar Bağcılar Bahçelievler Bakırköy Başakşehir
    Bayrampaşa Beşiktaş Beykoz Beylikdüzü Beyoğlu Büyükçekmece Çatalca Çekmeköy
    Esenler Esenyurt Eyüpsultan Fatih Gaziosmanpaşa Güngören Kadıköy Kağıthane
    Kartal Küçükçekmece Maltepe Pendik Sancaktepe Sarıyer Silivri Sultanbeyli
    Sultangazi Şile Şişli Tuzla Ümraniye Üsküdar Zeytinburnu
    """.split()
)

#: Official spellings that must be present, and old or ASCII-folded forms
#: that must not (plate, name).
REQUIRED_DISTRICTS: tuple[tuple[int, str], ...] = (
    (6, "Kahramankazan"),
    (6, "Akyurt"),
    (34, "Eyüpsultan"),
    (41, "İzmit"),
    (55, "19 Mayıs"),
    (61, "Ortahisar"),
)
FORBIDDEN_DISTRICTS: tuple[tuple[int, str], ...] = (
    (6, "Kazan"),
    (34, "Eyüp"),
    (55, "Ondokuzmayıs"),
    (41, "Izmit"),
)

BODY_KINDS = frozenset({"ministry", "agency", "union", "development_agency"})

HEADERS: dict[str, tuple[str, ...]] = {
    "provinces.csv": ("plate", "name", "is_metropolitan", "region"),
    "districts.csv": ("plate", "name", "is_central"),
    "parties.csv": ("short_name", "name", "aliases"),
    # public_bodies.csv may carry a trailing "provinces" column (plates of a
    # development agency's region); the first four are required.
    "public_bodies.csv": ("kind", "name", "short_name", "aliases"),
}

Row = dict[str, str]


def read_rows(path: Path) -> tuple[list[str], list[Row]]:
    """Header and rows of a CSV file; lines starting with ``#`` are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines)
    header = next(reader, [])
    rows = [dict(zip(header, values, strict=False)) for values in reader if values]
    return header, rows


def _text_problems(where: str, value: str) -> list[str]:
    problems = []
    if value != value.strip():
        problems.append(f"{where}: surrounding whitespace in {value!r}")
    if unicodedata.normalize("NFC", value) != value:
        problems.append(f"{where}: {value!r} is not NFC-normalised")
    if "  " in value:
        problems.append(f"{where}: double space in {value!r}")
    return problems


def _flag(where: str, value: str, problems: list[str]) -> bool:
    if value not in {"0", "1"}:
        problems.append(f"{where}: flag must be 0 or 1, not {value!r}")
    return value == "1"


def _plate(where: str, value: str, problems: list[str]) -> int | None:
    if not value.isdigit():
        problems.append(f"{where}: plate {value!r} is not a number")
        return None
    plate = int(value)
    if not 1 <= plate <= PROVINCE_COUNT:
        problems.append(f"{where}: plate {plate} is outside 1..{PROVINCE_COUNT}")
        return None
    return plate


def _duplicates(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _aliases(value: str) -> list[str]:
    return value.split("|") if value else []


def _place_row(where: str, row: Row, flag: str, problems: list[str]) -> int | None:
    """Checks what a province's and a district's row share (plate, name and
    the yes/no column ``flag``); the plate, if it is one."""
    plate = _plate(where, row.get("plate", ""), problems)
    name = row.get("name", "")
    if not name:
        problems.append(f"{where}: empty name")
    problems += _text_problems(where, name)
    _flag(where, row.get(flag, ""), problems)
    return plate


def check_provinces(rows: list[Row]) -> tuple[list[str], dict[int, Row]]:
    problems: list[str] = []
    provinces: dict[int, Row] = {}
    for n, row in enumerate(rows, start=2):
        where = f"provinces.csv:{n}"
        plate = _place_row(where, row, "is_metropolitan", problems)
        if row.get("region") not in REGION_SIZES:
            problems.append(f"{where}: unknown region {row.get('region')!r}")
        if plate is not None:
            if plate in provinces:
                problems.append(f"{where}: plate {plate} appears twice")
            provinces[plate] = row
    if len(rows) != PROVINCE_COUNT:
        problems.append(f"provinces.csv: {len(rows)} provinces, expected {PROVINCE_COUNT}")
    missing = sorted(set(range(1, PROVINCE_COUNT + 1)) - set(provinces))
    if missing:
        problems.append(f"provinces.csv: plates missing: {missing}")
    for name in _duplicates(r.get("name", "") for r in rows):
        problems.append(f"provinces.csv: province name {name!r} appears twice")
    metro = sum(1 for r in rows if r.get("is_metropolitan") == "1")
    if metro != METROPOLITAN_COUNT:
        problems.append(
            f"provinces.csv: {metro} metropolitan municipalities, expected {METROPOLITAN_COUNT}"
        )
    sizes = Counter(r.get("region", "") for r in rows)
    for region, size in REGION_SIZES.items():
        if sizes[region] != size:
            problems.append(
                f"provinces.csv: region {region!r} has {sizes[region]} provinces, expected {size}"
            )
    return problems, provinces


def check_districts(rows: list[Row], provinces: dict[int, Row]) -> list[str]:
    problems: list[str] = []
    by_province: dict[int, list[Row]] = {}
    for n, row in enumerate(rows, start=2):
        where = f"districts.csv:{n}"
        plate = _place_row(where, row, "is_central", problems)
        if plate is None:
            continue
        if plate not in provinces:
            problems.append(f"{where}: province {plate} does not exist in provinces.csv")
            continue
        by_province.setdefault(plate, []).append(row)
    if len(rows) != DISTRICT_COUNT:
        problems.append(f"districts.csv: {len(rows)} districts, expected {DISTRICT_COUNT}")

    for plate, prov in sorted(provinces.items()):
        pname = prov.get("name", "")
        dists = by_province.get(plate, [])
        if not dists:
            problems.append(f"districts.csv: province {plate} ({pname}) has no district")
            continue
        names = [d.get("name", "") for d in dists]
        for name in _duplicates(names):
            problems.append(f"districts.csv: {name!r} appears twice in {pname}")
        central = [d.get("name", "") for d in dists if d.get("is_central") == "1"]
        if len(central) > 1:
            problems.append(f"districts.csv: {pname} has several central districts: {central}")
        if prov.get("is_metropolitan") == "1":
            if "Merkez" in names:
                problems.append(
                    f"districts.csv: metropolitan {pname} has a district named 'Merkez'"
                )
        elif central != ["Merkez"]:
            problems.append(
                f"districts.csv: {pname} (not metropolitan) should have 'Merkez' as its only "
                f"central district, has {central}"
            )

    istanbul = {d.get("name", "") for d in by_province.get(ISTANBUL_PLATE, [])}
    if len(by_province.get(ISTANBUL_PLATE, [])) != len(ISTANBUL_DISTRICTS):
        problems.append(
            f"districts.csv: İstanbul has {len(by_province.get(ISTANBUL_PLATE, []))} "
            f"districts, expected {len(ISTANBUL_DISTRICTS)}"
        )
    for name in sorted(ISTANBUL_DISTRICTS - istanbul):
        problems.append(f"districts.csv: İstanbul district {name!r} is missing")
    for name in sorted(istanbul - ISTANBUL_DISTRICTS):
        problems.append(f"districts.csv: {name!r} is not an İstanbul district")

    present = {(int(r["plate"]), r.get("name", "")) for r in rows if r.get("plate", "").isdigit()}
    for plate, name in REQUIRED_DISTRICTS:
        if (plate, name) not in present:
            problems.append(f"districts.csv: {name!r} (plate {plate}) is missing")
    for plate, name in FORBIDDEN_DISTRICTS:
        if (plate, name) in present:
            problems.append(f"districts.csv: old or misspelt name {name!r} (plate {plate})")
    return problems


def check_parties(rows: list[Row]) -> list[str]:
    problems: list[str] = []
    owner: dict[str, str] = {}
    for n, row in enumerate(rows, start=2):
        where = f"parties.csv:{n}"
        short, name = row.get("short_name", ""), row.get("name", "")
        if not short or not name:
            problems.append(f"{where}: short_name and name are required")
        aliases = _aliases(row.get("aliases", ""))
        for value in [short, name, *aliases]:
            problems += _text_problems(where, value)
        if "" in aliases:
            problems.append(f"{where}: empty alias")
        for alias in {short, name, *aliases} - {""}:
            if alias in owner and owner[alias] != short:
                problems.append(f"{where}: {alias!r} names both {owner[alias]!r} and {short!r}")
            owner.setdefault(alias, short)
    for short in _duplicates(r.get("short_name", "") for r in rows):
        problems.append(f"parties.csv: short name {short!r} appears twice")
    for name in _duplicates(r.get("name", "") for r in rows):
        problems.append(f"parties.csv: name {name!r} appears twice")
    return problems


def check_public_bodies(header: list[str], rows: list[Row], plates: set[int]) -> list[str]:
    problems: list[str] = []
    covered: Counter[int] = Counter()
    for n, row in enumerate(rows, start=2):
        where = f"public_bodies.csv:{n}"
        kind, name = row.get("kind", ""), row.get("name", "")
        if kind not in BODY_KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        if not name:
            problems.append(f"{where}: empty name")
        aliases = _aliases(row.get("aliases", ""))
        for value in [name, row.get("short_name", ""), *aliases]:
            problems += _text_problems(where, value)
        if "" in aliases:
            problems.append(f"{where}: empty alias")
        coverage = row.get("provinces", "")
        if kind == "development_agency" and "provinces" in header:
            if not coverage:
                problems.append(f"{where}: development agency {name!r} lists no province")
            for value in coverage.split("|") if coverage else []:
                plate = _plate(where, value, problems)
                if plate is not None and plate not in plates:
                    problems.append(f"{where}: province {plate} does not exist")
                if plate is not None:
                    covered[plate] += 1
        elif coverage:
            problems.append(f"{where}: only development agencies list provinces")
    for name in _duplicates(r.get("name", "") for r in rows):
        problems.append(f"public_bodies.csv: name {name!r} appears twice")
    kinds = Counter(r.get("kind", "") for r in rows)
    if kinds["ministry"] != MINISTRY_COUNT:
        problems.append(
            f"public_bodies.csv: {kinds['ministry']} ministries, expected {MINISTRY_COUNT}"
        )
    agencies = kinds["development_agency"]
    if agencies and agencies != DEVELOPMENT_AGENCY_COUNT:
        problems.append(
            f"public_bodies.csv: {agencies} development agencies, "
            f"expected {DEVELOPMENT_AGENCY_COUNT}"
        )
    if agencies and "provinces" in header:
        for plate in sorted(plates):
            if covered[plate] != 1:
                problems.append(
                    f"public_bodies.csv: province {plate} is covered by {covered[plate]} "
                    "development agencies, expected 1"
                )
    return problems


def check_institution_aliases(rows: list[Row], districts: set[tuple[int, str]]) -> list[str]:
    """Reference keys of ``institution_aliases.csv`` must point at real places."""
    problems: list[str] = []
    plates = {plate for plate, _ in districts}
    for n, row in enumerate(rows, start=2):
        where = f"institution_aliases.csv:{n}"
        key, alias = row.get("reference_key", ""), row.get("alias", "")
        if not alias:
            problems.append(f"{where}: empty alias")
        parts = key.split(":")
        if parts[:2] == ["municipality", "province"] or parts[0] == "governorship":
            plate_text = parts[-1]
            if not plate_text.isdigit() or int(plate_text) not in plates:
                problems.append(f"{where}: {key!r} names no existing province")
        elif parts[:2] == ["municipality", "district"] or parts[0] == "district_governorship":
            plate_text, name = (parts[-2], parts[-1]) if len(parts) >= 3 else ("", "")
            if not plate_text.isdigit() or (int(plate_text), name) not in districts:
                problems.append(f"{where}: {key!r} names no existing district")
    return problems


def check(data_dir: Path = DATA_DIR) -> list[str]:
    """Every problem found in the reference files of ``data_dir``."""
    problems: list[str] = []
    tables: dict[str, tuple[list[str], list[Row]]] = {}
    for name, expected in HEADERS.items():
        path = data_dir / name
        if not path.exists():
            problems.append(f"{name}: file is missing")
            continue
        header, rows = read_rows(path)
        if tuple(header[: len(expected)]) != expected:
            problems.append(f"{name}: header {header} should start with {list(expected)}")
        tables[name] = (header, rows)

    provinces: dict[int, Row] = {}
    if "provinces.csv" in tables:
        found, provinces = check_provinces(tables["provinces.csv"][1])
        problems += found
    districts: set[tuple[int, str]] = set()
    if "districts.csv" in tables:
        rows = tables["districts.csv"][1]
        problems += check_districts(rows, provinces)
        districts = {
            (int(r["plate"]), r.get("name", "")) for r in rows if r.get("plate", "").isdigit()
        }
    if "parties.csv" in tables:
        problems += check_parties(tables["parties.csv"][1])
    if "public_bodies.csv" in tables:
        header, rows = tables["public_bodies.csv"]
        problems += check_public_bodies(header, rows, set(provinces))
    aliases_path = data_dir / "institution_aliases.csv"
    if aliases_path.exists():
        problems += check_institution_aliases(read_rows(aliases_path)[1], districts)
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_dir = Path(args[0]) if args else DATA_DIR
    problems = check(data_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    print(f"reference data in {data_dir}: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
