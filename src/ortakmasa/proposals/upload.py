"""Bulk upload of proposals from XLSX or CSV.

Every row is read and checked first, and the report says for each row what
was wrong, in the interface language (Turkish by default).  Then, as the user
chose, either every good row is saved ("keep the good rows") or nothing is
saved unless every row is good ("all or nothing").

Re-uploading the same file adds nothing: each saved row keeps a fingerprint
of its institution, title and text, and a row whose fingerprint is already
there is reported as already uploaded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import IO, Any, TypeVar

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from ortakmasa.kernel.policy import Action, allowed, can
from ortakmasa.lib.spreadsheet import safe_row
from ortakmasa.lib.turkish import search_key
from ortakmasa.lib.zipguard import ZIP_MAGIC, ZipLimits, ZipRefused, open_bounded
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Channel, Effort, Kind, Proposal, Urgency
from ortakmasa.registry.models import District, Institution, InstitutionKind
from ortakmasa.themes.models import Theme

MAX_ROWS = 5000

log = logging.getLogger("ortakmasa.proposals.upload")

#: Column headers of the template, in order, with the field each fills.
COLUMNS: list[tuple[str, str]] = [
    ("Başlık", "title"),
    ("Açıklama", "text"),
    ("Tür", "kind"),
    ("Temalar", "themes"),
    ("Kurum", "institution"),
    ("İlçe", "district"),
    ("Mahalle", "neighbourhood"),
    ("Tahmini maliyet (TL)", "estimated_cost"),
    ("Etkilenen nüfus", "population"),
    ("Aciliyet", "urgency"),
    ("Çaba", "effort"),
    ("Kamuya açık", "is_public"),
]
EXAMPLE_ROW = [
    "Okul önlerine yaya geçidi ve hız kesici yapılması",
    "Mahalledeki üç ilkokulun önünde araçlar hızlı geçiyor; sabah ve öğlen saatlerinde "
    "öğrenciler için tehlike oluşuyor.",
    "öneri",
    "transport; children",
    "",
    "Başakşehir",
    "Kayabaşı",
    "450000",
    "12000",
    "yüksek",
    "düşük",
    "hayır",
]

_HEADER_KEYS = {search_key(header, fold_ascii=True): name for header, name in COLUMNS}
# Headers people are likely to type instead of the template's own.
_HEADER_KEYS.update(
    {
        "baslik": "title",
        "oneri": "title",
        "aciklama": "text",
        "tur": "kind",
        "tema": "themes",
        "temalar": "themes",
        "kurum": "institution",
        "belediye": "institution",
        "ilce": "district",
        "mahalle": "neighbourhood",
        "maliyet": "estimated_cost",
        "tahmini maliyet": "estimated_cost",
        "nufus": "population",
        "aciliyet": "urgency",
        "caba": "effort",
        "kamuya acik": "is_public",
    }
)

_KINDS = {
    "oneri": Kind.PROPOSAL,
    "proposal": Kind.PROPOSAL,
    "sorun": Kind.PROBLEM,
    "problem": Kind.PROBLEM,
    "ihtiyac": Kind.NEED,
    "need": Kind.NEED,
    "talep": Kind.REQUEST,
    "istek": Kind.REQUEST,
    "request": Kind.REQUEST,
}
_LEVELS = {"dusuk": 1, "low": 1, "1": 1, "orta": 2, "medium": 2, "2": 2}
_LEVELS.update({"yuksek": 3, "high": 3, "3": 3, "acil": 3})
_Choice = TypeVar("_Choice", Kind, int)

_EFFORTS = {1: Effort.LOW, 2: Effort.MEDIUM, 3: Effort.HIGH}
_YES = {"evet", "e", "yes", "y", "1", "true", "x", "var"}
_NO = {"hayir", "h", "no", "n", "0", "false", "", "yok"}


class UploadError(Exception):
    """The file as a whole cannot be read."""


@dataclass
class RowResult:
    number: int
    title: str = ""
    errors: list[str] = field(default_factory=list)
    outcome: str = ""  # "created", "duplicate", "error", "not saved"
    proposal_id: int | None = None


@dataclass
class UploadReport:
    rows: list[RowResult] = field(default_factory=list)
    mode: str = ""
    saved: bool = False

    @property
    def created(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "created")

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "duplicate")

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r.errors)


@dataclass
class _Parsed:
    result: RowResult
    proposal: Proposal | None = None
    themes: list[Theme] = field(default_factory=list)


# --- reading -------------------------------------------------------------


def read_rows(upload: IO[bytes], filename: str = "") -> list[list[str]]:
    """The cells of the file as text, the header row first.

    The format is told from the bytes, not the name; a workbook is checked
    against the bounds below before openpyxl parses any of it.
    """
    data = upload.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise UploadError(
            _("The file is larger than %(mb)d MB.") % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data)
    if data.startswith(_OLE_MAGIC):
        raise UploadError(
            _("This is an old Excel (.xls) file; save it as .xlsx (Excel Workbook) or .csv.")
        )
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise UploadError(_("The file is neither an XLSX workbook nor a CSV text."))
    return _read_csv(data)


#: The largest upload, in bytes, as sent.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: A row of the template has 12 columns; people add a few notes beside them.
MAX_COLUMNS = 50
MAX_CELLS = MAX_ROWS * 20
MAX_SHARED_STRINGS = MAX_CELLS
#: Bounds of the workbook's parts once inflated.
XLSX_LIMITS = ZipLimits(
    max_total=40 * 1024 * 1024, max_entry=24 * 1024 * 1024, max_ratio=200, max_entries=200
)
MAX_SHARED_STRINGS_BYTES = 12 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")
_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})[0-9]")


def _count_tags(xml: bytes, tag: bytes) -> int:
    # Plain counts are ten times faster than a regex over megabytes; a
    # prefixed tag (<x:c …>) is counted too, and text that happens to look
    # like one only makes the bound stricter.
    return sum(
        xml.count(lead + tag + end)
        for lead in (b"<", b":")
        for end in (b" ", b">", b"/", b"\n", b"\r", b"\t")
    )


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters:
        number = number * 26 + (byte - 64)
    return number


def _too_big() -> UploadError:
    return UploadError(
        _(
            "The workbook is too large once unpacked; at most %(rows)d rows and %(cols)d "
            "columns are read. Remove the other sheets, images and empty formatted areas, "
            "or save it as CSV."
        )
        % {"rows": MAX_ROWS, "cols": MAX_COLUMNS}
    )


def check_xlsx(data: bytes) -> None:
    """Refuses a workbook whose parts inflate beyond the bounds, or whose
    sheets hold more rows, columns or cells, or more shared strings, than
    an upload may, reading only the ZIP directory and counting tags."""
    try:
        archive = open_bounded(data, XLSX_LIMITS)
    except ZipRefused as exc:
        log.warning("proposal upload refused: %s", exc.reason)
        if exc.code == "not_zip":
            raise UploadError(_("The file could not be read as an XLSX workbook.")) from exc
        raise _too_big() from exc
    with archive:
        names = archive.namelist()
        if "xl/workbook.xml" not in names:
            raise UploadError(_("The file could not be read as an XLSX workbook."))
        for info in archive.infolist():
            name = info.filename.lower()
            if not name.endswith((".xml", ".rels")):
                continue
            with archive.open(info) as handle:
                head = handle.read(4096)
            # Entities are declared in a DOCTYPE, which must come first.
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                log.warning("proposal upload refused: DOCTYPE in %s", info.filename)
                raise UploadError(_("The file could not be read as an XLSX workbook."))
            if name.endswith("sharedstrings.xml"):
                if info.file_size > MAX_SHARED_STRINGS_BYTES:
                    log.warning("proposal upload refused: shared strings %d B", info.file_size)
                    raise _too_big()
                count = _count_tags(archive.read(info), b"si")
                if count > MAX_SHARED_STRINGS:
                    log.warning("proposal upload refused: %d shared strings", count)
                    raise _too_big()
            elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _check_sheet(archive.read(info))


def _check_sheet(xml: bytes) -> None:
    rows = _count_tags(xml, b"row")
    cells = _count_tags(xml, b"c")
    if rows > MAX_ROWS + 1 + 100 or cells > MAX_CELLS:
        log.warning("proposal upload refused: sheet of %d rows, %d cells", rows, cells)
        raise _too_big()
    widest = max((_column_number(m) for m in _CELL_REF.findall(xml)), default=0)
    if widest > MAX_COLUMNS:
        log.warning("proposal upload refused: a cell in column %d", widest)
        raise UploadError(
            _(
                "The sheet has cells beyond column %(cols)d; "
                "delete the columns after the template’s."
            )
            % {"cols": MAX_COLUMNS}
        )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    check_xlsx(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise UploadError(_("The file could not be read as an XLSX workbook.")) from exc
    try:
        sheet = book.worksheets[0]
        rows = []
        # Past these bounds the rows are not read at all: an upload over
        # MAX_ROWS is refused whole, and extra columns are never looked at.
        for row in sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True):
            rows.append([_cell(v) for v in row])
    except UploadError:
        raise
    except Exception as exc:
        raise UploadError(_("The file could not be read as an XLSX workbook.")) from exc
    finally:
        book.close()
    return rows


def _read_csv(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1254"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UploadError(_("The CSV file is neither UTF-8 nor Windows-1254 text."))
    sample = text[:2048]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        # Excel in Turkish saves CSV with semicolons.
        dialect = csv.excel
        dialect.delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if len(row) > MAX_COLUMNS:
                raise UploadError(
                    _("Row %(row)d has more than %(cols)d columns.")
                    % {"row": len(rows) + 1, "cols": MAX_COLUMNS}
                )
            rows.append([c.strip() for c in row])
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error as exc:
        log.warning("proposal upload refused: %s", exc)
        raise UploadError(
            _("The CSV file could not be read: a cell is too long or a quote is not closed.")
        ) from exc
    return rows


def parse_number(text: str) -> Decimal:
    """Reads 1.250.000, 1250000,50, 1,250,000.50 and 1250000.5 alike."""
    value = re.sub(r"[\s₺]|TL$", "", text.strip(), flags=re.IGNORECASE)
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif "," in value:
        parts = value.split(",")
        value = "".join(parts) if len(parts) > 2 or len(parts[-1]) == 3 else value.replace(",", ".")
    elif value.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", value):
        value = value.replace(".", "")
    return Decimal(value)


# --- checking ------------------------------------------------------------


class _Lookups:
    """Themes, districts and institutions by their folded names, loaded once
    per upload."""

    def __init__(self, user: Any) -> None:
        self.themes: dict[str, Theme] = {}
        for theme in Theme.objects.all():
            for name in (theme.code, theme.name_tr, theme.name_en):
                self.themes[search_key(name, fold_ascii=True)] = theme
        home = getattr(user, "institution", None)
        self.province_id = home.province_id if home is not None else None
        districts = District.objects.all()
        if self.province_id is not None:
            districts = districts.filter(province_id=self.province_id)
        self.districts: dict[str, District] = {}
        for district in districts:
            self.districts.setdefault(search_key(district.name, fold_ascii=True), district)
        self._institutions: dict[str, Institution | None] = {}

    def theme(self, text: str) -> Theme | None:
        key = search_key(text, fold_ascii=True)
        found = self.themes.get(key)
        if found is None and key:
            # People shorten theme names ("Yeşil alan", "atık"): accept the
            # first words of exactly one theme name.
            matches = {t for name, t in self.themes.items() if name.startswith(key + " ")}
            found = matches.pop() if len(matches) == 1 else None
        return found

    def institution(self, name: str) -> Institution | None:
        key = search_key(name, fold_ascii=True)
        if key not in self._institutions:
            found: Institution | None = None
            district = self.districts.get(key)
            if district is not None:
                # "Kadıköy" in the Kurum column means its municipality.
                found = Institution.objects.filter(
                    district=district, kind=InstitutionKind.DISTRICT_MUNICIPALITY
                ).first()
            if found is None:
                exact = Institution.objects.filter(
                    Q(search_key=search_key(name)) | Q(aliases__search_key=search_key(name)),
                    parent__isnull=True,
                ).distinct()
                if self.province_id is not None:
                    local = exact.filter(province_id=self.province_id)
                    exact = local if local.exists() else exact
                candidates = list(exact[:2])
                found = candidates[0] if len(candidates) == 1 else None
            self._institutions[key] = found
        return self._institutions[key]


def _fingerprint(institution_id: int, title: str, text: str) -> str:
    raw = (
        f"{institution_id}|{search_key(title, fold_ascii=True)}|{search_key(text, fold_ascii=True)}"
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def _choice(
    values: dict[str, str],
    column: str,
    table: Mapping[str, _Choice],
    errors: list[str],
    refusal: str,
) -> _Choice | None:
    """An optional column read through ``table`` by its folded text: None
    when blank, and when unknown (then ``refusal``, with the text as
    ``%(value)s``, joins the row's errors)."""
    text = values.get(column)
    if not text:
        return None
    found = table.get(search_key(text, fold_ascii=True))
    if found is None:
        errors.append(refusal % {"value": text})
    return found


def _check_row(
    number: int,
    values: dict[str, str],
    user: Any,
    lookups: _Lookups,
    default_institution: Institution | None,
) -> _Parsed:
    result = RowResult(number=number, title=values.get("title", "")[:255])
    errors = result.errors
    title = values.get("title", "").strip()
    if not title:
        errors.append(_("“Başlık” is empty."))
    elif len(title) > 255:
        errors.append(_("“Başlık” is longer than 255 characters."))
    kind = (
        _choice(
            values,
            "kind",
            _KINDS,
            errors,
            _("“Tür” must be one of: öneri, sorun, ihtiyaç, talep (it is “%(value)s”)."),
        )
        or Kind.PROPOSAL
    )
    themes: list[Theme] = []
    for part in re.split(r"[;,\n]", values.get("themes", "")):
        if not part.strip():
            continue
        theme = lookups.theme(part)
        if theme is None:
            errors.append(_("Unknown theme “%(value)s”.") % {"value": part.strip()})
        elif theme not in themes:
            themes.append(theme)

    institution = default_institution
    if not allowed(user, "file_for_others"):
        institution = getattr(user, "institution", None)
    elif values.get("institution"):
        institution = lookups.institution(values["institution"])
        if institution is None:
            errors.append(
                _("No single institution is named “%(value)s”.") % {"value": values["institution"]}
            )
    if institution is None and not errors:
        errors.append(_("“Kurum” is empty and no institution was chosen for the upload."))

    district = None
    if values.get("district"):
        district = lookups.districts.get(search_key(values["district"], fold_ascii=True))
        if district is None:
            errors.append(_("Unknown district “%(value)s”.") % {"value": values["district"]})

    cost = None
    if values.get("estimated_cost"):
        try:
            cost = parse_number(values["estimated_cost"])
            if cost < 0:
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            errors.append(
                _("“Tahmini maliyet” is not an amount: “%(value)s”.")
                % {"value": values["estimated_cost"]}
            )
            cost = None
    population = None
    if values.get("population"):
        try:
            number_value = parse_number(values["population"])
            if number_value < 0 or number_value != number_value.to_integral_value():
                raise InvalidOperation
            population = int(number_value)
        except (InvalidOperation, ValueError):
            errors.append(
                _("“Etkilenen nüfus” is not a whole number: “%(value)s”.")
                % {"value": values["population"]}
            )
    urgency_level = _choice(
        values,
        "urgency",
        _LEVELS,
        errors,
        _("“Aciliyet” must be düşük, orta or yüksek (it is “%(value)s”)."),
    )
    urgency = Urgency(urgency_level) if urgency_level else Urgency.MEDIUM
    effort_level = _choice(
        values,
        "effort",
        _LEVELS,
        errors,
        _("“Çaba” must be düşük, orta or yüksek (it is “%(value)s”)."),
    )
    effort = _EFFORTS[effort_level] if effort_level else ""
    is_public = False
    public_key = search_key(values.get("is_public", ""), fold_ascii=True)
    if public_key in _YES:
        is_public = True
    elif public_key not in _NO:
        errors.append(
            _("“Kamuya açık” must be evet or hayır (it is “%(value)s”).")
            % {"value": values["is_public"]}
        )
    if errors:
        result.outcome = "error"
        return _Parsed(result)
    assert institution is not None
    proposal = Proposal(
        title=title,
        text=values.get("text", "").strip(),
        kind=kind,
        institution=institution,
        channel=Channel.IMPORT,
        district=district,
        neighbourhood=values.get("neighbourhood", "")[:150],
        estimated_cost=cost,
        population=population,
        urgency=urgency,
        effort=effort,
        is_public=is_public and allowed(user, "publish_proposal"),
        upload_key=_fingerprint(institution.pk, title, values.get("text", "")),
    )
    if getattr(user, "is_authenticated", False):
        proposal.submitted_by = user
    if not can(user, Action.ADD, proposal):
        errors.append(
            _("You may not file proposals for “%(value)s”.") % {"value": institution.name}
        )
        result.outcome = "error"
        return _Parsed(result)
    return _Parsed(result, proposal, themes)


def check_rows(
    rows: list[list[str]], user: Any, default_institution: Institution | None = None
) -> list[_Parsed]:
    if not rows:
        raise UploadError(_("The file is empty."))
    header = [_HEADER_KEYS.get(search_key(cell, fold_ascii=True), "") for cell in rows[0]]
    if "title" not in header:
        raise UploadError(
            _("The first row must hold the column names of the template; “Başlık” is missing.")
        )
    if len(rows) - 1 > MAX_ROWS:
        raise UploadError(_("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
    lookups = _Lookups(user)
    parsed: list[_Parsed] = []
    for offset, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {name: cell for name, cell in zip(header, row, strict=False) if name}
        parsed.append(_check_row(offset, values, user, lookups, default_institution))
    if not parsed:
        raise UploadError(_("The file has no rows under the column names."))
    return parsed


# --- saving --------------------------------------------------------------


def _mark_duplicates(parsed: list[_Parsed]) -> None:
    keys = [(p.proposal.institution_id, p.proposal.upload_key) for p in parsed if p.proposal]
    existing = set(
        Proposal.objects.filter(
            upload_key__in=[k for _i, k in keys], institution_id__in={i for i, _k in keys}
        ).values_list("institution_id", "upload_key")
    )
    seen: set[tuple[int, str]] = set()
    for item in parsed:
        if item.proposal is None:
            continue
        key = (item.proposal.institution_id, item.proposal.upload_key)
        if key in existing or key in seen:
            item.result.outcome = "duplicate"
            item.proposal = None
        seen.add(key)


def import_rows(
    rows: list[list[str]],
    user: Any,
    *,
    keep_good: bool,
    default_institution: Institution | None = None,
) -> UploadReport:
    parsed = check_rows(rows, user, default_institution)
    report = UploadReport(rows=[p.result for p in parsed], mode="keep_good" if keep_good else "")
    originals = [(item, item.proposal, list(item.themes)) for item in parsed]
    for attempt in range(3):
        try:
            return _save(parsed, report, user, keep_good)
        except IntegrityError:
            # The same rows were saved by an upload that committed between
            # our check and our save (two clicks, two tabs): check again,
            # and they come out as already uploaded, the same answer the
            # other upload's rows would get now.
            log.info("proposal upload raced another upload of the same rows (try %d)", attempt)
            for item, proposal, themes in originals:
                if proposal is not None:
                    proposal.pk = None
                    proposal._state.adding = True
                item.proposal, item.themes = proposal, themes
                item.result.outcome = "error" if item.result.errors else ""
                item.result.proposal_id = None
            report.saved = False
    raise UploadError(_("The file could not be saved; please upload it again."))


def _save(parsed: list[_Parsed], report: UploadReport, user: Any, keep_good: bool) -> UploadReport:
    with transaction.atomic():
        _mark_duplicates(parsed)
        has_errors = any(p.result.errors for p in parsed)
        if has_errors and not keep_good:
            for item in parsed:
                if item.proposal is not None:
                    item.result.outcome = "not saved"
            return report
        for item in parsed:
            if item.proposal is None:
                continue
            services.create_proposal(
                item.proposal,
                user,
                item.themes,
                note=_("Row %(row)d of a bulk upload") % {"row": item.result.number},
            )
            item.result.outcome = "created"
            item.result.proposal_id = item.proposal.pk
        report.saved = True
    return report


def template_workbook() -> bytes:
    """The downloadable template: column names, one example row, and a
    second sheet listing the accepted values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Öneriler"
    sheet.append([header for header, _name in COLUMNS])
    sheet.append(EXAMPLE_ROW)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip(
        "ABCDEFGHIJKL", (50, 60, 10, 25, 30, 15, 15, 18, 15, 10, 10, 12), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    help_sheet = book.create_sheet("Değerler")
    help_sheet.append(["Sütun", "Kabul edilen değerler"])
    help_sheet.append(["Tür", "öneri, sorun, ihtiyaç, talep"])
    help_sheet.append(["Aciliyet / Çaba", "düşük, orta, yüksek"])
    help_sheet.append(["Kamuya açık", "evet, hayır"])
    help_sheet.append(["Kurum", "Kurum adı ya da ilçe adı (ilçe belediyesi için)"])
    help_sheet.append(["Temalar", "Kod ya da ad; birden çoksa noktalı virgülle ayırın"])
    help_sheet.append([])
    help_sheet.append(["Tema kodu", "Tema adı"])
    for theme in Theme.objects.order_by("position"):
        help_sheet.append(safe_row([theme.code, theme.name_tr]))
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    help_sheet.column_dimensions["A"].width = 28
    help_sheet.column_dimensions["B"].width = 60
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
