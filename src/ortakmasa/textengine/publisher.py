"""The publisher of a text, read from the address it was taken from.

A text imported from a web page comes with its address; a municipality's
own site ("bayrakli.bel.tr", "www.izmir-dikili.bel.tr") publishes that
municipality's press releases and minutes.  Such a text names its mayor as
"Başkan Ali Veli" and its council as "Belediye Meclisi", without the place:
the publisher supplies it.  Only hosts whose owner is certain are read
(``HOST_SUFFIXES``); a news site publishes about everyone and gives nothing.

``source`` is whatever the caller passed to ``extract``: a file name gives
no publisher, an address (``https://host/…``) may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ortakmasa.lib.turkish import ascii_fold, lower

from .document import Doc, InstitutionMention, Person
from .gazetteer import Place, load
from .resources import read_csv

_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]{1,10}://(?:[^/@?#]*@)?([^/:?#]{1,253})", re.I)

#: host endings whose label before them names the owner, and the kind of owner
#: (district municipalities of İstanbul publish under ``.istanbul``)
HOST_SUFFIXES = ((".bel.tr", "municipality"), (".istanbul", "municipality"))

#: owners' labels that are no place name: the metropolitan municipality's
#: own abbreviation ("ibb.istanbul", "ibb.gov.tr")
KNOWN_OWNERS = {
    "ibb": ("İstanbul Büyükşehir Belediyesi", "metropolitan_municipality", "İstanbul"),
}
KNOWN_HOSTS = {"ibb.gov.tr": "ibb"}

#: leading labels that are no part of the owner's name
_SKIPPED_LABELS = frozenset(("www", "m", "amp", "mobil", "haber", "en"))

#: a mayor's post written without the municipality → the full post
MAYOR_POSTS = {
    "Başkan": "Belediye Başkanı",
    "Belediye Başkanı": "Belediye Başkanı",
    "Başkan Vekili": "Belediye Başkan Vekili",
    "Belediye Başkan Vekili": "Belediye Başkan Vekili",
    "Başkan Yardımcısı": "Belediye Başkan Yardımcısı",
    "Belediye Başkan Yardımcısı": "Belediye Başkan Yardımcısı",
}


#: posts in a department of the publisher, written with the department only
UNIT_POSTS = frozenset(
    (
        "Daire Başkanı",
        "Daire Başkan Yardımcısı",
        "Müdür",
        "Müdür Yardımcısı",
        "Şube Müdürü",
        "Birim Müdürü",
        "Birim Sorumlusu",
        "Koordinatör",
    )
)


@dataclass(frozen=True)
class Publisher:
    name: str
    kind: str
    province: str
    #: the district a district body's site is about ("orhangazi.meb.gov.tr")
    district: str = ""


def host_of(source: str) -> str | None:
    m = _HOST_RE.match(source.strip())
    return lower(m.group(1)).rstrip(".") if m else None


@lru_cache(maxsize=1)
def _places_by_ascii() -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for key, places in load().places.items():
        out.setdefault(ascii_fold(key).replace(" ", ""), []).extend(places)
    return out


def _municipality(label: str) -> Publisher | None:
    """ "bayrakli" → Bayraklı Belediyesi, "izmir-dikili" → Dikili Belediyesi,
    "bursa" → Bursa Büyükşehir Belediyesi; None when the label is unknown
    or names several places."""
    parts = [p for p in label.split("-") if p]
    if not parts:
        return None
    places = _places_by_ascii().get(parts[-1], [])
    if len(parts) > 1:
        province = _places_by_ascii().get(parts[0], [])
        names = {p.name for p in province if p.is_province}
        places = [p for p in places if p.province in names] or places
    provinces = [p for p in places if p.is_province]
    if len(parts) == 1 and provinces:
        places = provinces
    if len({(p.name, p.province) for p in places}) != 1:
        return None
    p = places[0]
    if p.is_province and p.is_metropolitan:
        return Publisher(f"{p.name} Büyükşehir Belediyesi", "metropolitan_municipality", p.province)
    kind = "provincial_municipality" if p.is_province else "district_municipality"
    return Publisher(f"{p.name} Belediyesi", kind, p.province)


#: hosts whose name holds a province and the kind of its body:
#: (pattern with a ``place`` group, the body's name, its kind)
HOST_PATTERNS = (
    (
        re.compile(r"^(?:www\.)?(?P<place>[a-z]+?)(?:il)?ozelidare\.gov\.tr$"),
        "{} İl Özel İdaresi",
        "public_body",
    ),
)


def _provincial(label: str, template: str, kind: str) -> Publisher | None:
    """The body of the one province the host's label names."""
    provinces = {p.name for p in _places_by_ascii().get(label, []) if p.is_province}
    if len(provinces) != 1:
        return None
    name = provinces.pop()
    return Publisher(template.format(name), kind, name)


@lru_cache(maxsize=1)
def _unions_by_ascii() -> dict[str, str]:
    """Unions of municipalities by their name folded to the letters a host
    can spell ("marmarabelediyelerbirligi")."""
    return {
        ascii_fold(lower(row["name"])).replace(" ", ""): row["name"]
        for row in read_csv("public_bodies.csv")
        if row.get("kind") == "union" and row.get("name")
    }


def _union(host: str) -> Publisher | None:
    """A union's own site spells its whole name in the host
    ("www.tarihikentlerbirligi.org"): the union publishes its minutes."""
    for label in host.split("."):
        name = _unions_by_ascii().get(label.replace("-", ""))
        if name is not None:
            return Publisher(name, "union", "")
    return None


@lru_cache(maxsize=1)
def _organisations_by_acronym() -> dict[str, str]:
    """National organisations (``acronyms.csv``, kind ngo) by their acronym
    folded to the letters a host can spell ("sagliksen", "ttb")."""
    out: dict[str, str] = {}
    for row in read_csv("textengine/acronyms.csv"):
        if row.get("kind") == "ngo" and row.get("acronym") and not row.get("province"):
            key = re.sub(r"[^a-z0-9]", "", ascii_fold(lower(row["acronym"])))
            out.setdefault(key, row["name"])
    return out


#: hosts whose first label is an organisation's acronym, when it also
#: publishes under a second-level domain ("www.ttb.org.tr", "sagliksen.org.tr")
_ORGANISATION_SUFFIXES = (".org.tr", ".org")


def _organisation(host: str) -> Publisher | None:
    """ "sagliksen.org.tr" → Sağlık-Sen: an organisation's own site, named by
    its acronym; its press releases call its officers "Genel Başkanımız"."""
    for suffix in _ORGANISATION_SUFFIXES:
        if host.endswith(suffix):
            labels = [x for x in host[: -len(suffix)].split(".") if x not in _SKIPPED_LABELS]
            if len(labels) == 1 and (name := _organisations_by_acronym().get(labels[0])):
                return Publisher(name, "ngo", "")
    return None


#: state hosts whose first label names a place: (host ending, body after
#: a province, body after a district, kind of the district's body).  The
#: governorships' and district governorships' sites ("bursa.gov.tr",
#: "orhangazi.gov.tr") and the education directorates' ("orhangazi.meb.gov.tr").
PLACE_HOSTS = (
    (
        ".meb.gov.tr",
        "{} İl Milli Eğitim Müdürlüğü",
        "{} İlçe Milli Eğitim Müdürlüğü",
        "public_body",
    ),
    # a ministry's provincial directorate ("adiyaman.tarimorman.gov.tr"),
    # named without the place as gold/real writes a directorate
    (".tarimorman.gov.tr", "İl Tarım ve Orman Müdürlüğü", "", "directorate"),
    (".csb.gov.tr", "Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü", "", "directorate"),
    (".ktb.gov.tr", "İl Kültür ve Turizm Müdürlüğü", "", "directorate"),
    (".gsb.gov.tr", "Gençlik ve Spor İl Müdürlüğü", "", "directorate"),
    (".gov.tr", "{} Valiliği", "{} Kaymakamlığı", "district_governorship"),
)

#: posts that, written without their body on a university's site, are
#: the university's ("Üniversitemiz Rektörü Prof. Dr. …")
UNIVERSITY_POSTS = frozenset(
    ("Rektör", "Rektör Yardımcısı", "Rektör Danışmanı", "Dekan", "Dekan Yardımcısı")
)

#: the endings of a university's own units ("Ziraat Fakültesi", "Sağlık
#: Hizmetleri Meslek Yüksekokulu", "Sosyal Bilimler Enstitüsü")
_FACULTY_ENDINGS = (" Fakültesi", " Yüksekokulu", " Enstitüsü", " Konservatuvarı")


def _place_host(host: str) -> Publisher | None:
    """ "orhangazi.meb.gov.tr" → Orhangazi İlçe Milli Eğitim Müdürlüğü,
    "bursa.gov.tr" → Bursa Valiliği; "sirnak.edu.tr" → Şırnak Üniversitesi
    (a state university named after its place)."""
    for suffix, provincial, district, kind in PLACE_HOSTS:
        if host.endswith(suffix):
            labels = [x for x in host[: -len(suffix)].split(".") if x not in _SKIPPED_LABELS]
            if len(labels) == 1:
                return _named_by_place(labels[0], provincial, district, kind)
            return None
    if host.endswith(".edu.tr"):
        labels = host[: -len(".edu.tr")].split(".")
        pub = _named_by_place(labels[-1], "{} Üniversitesi", "{} Üniversitesi", "university")
        return Publisher(pub.name, "university", pub.province) if pub else None
    return None


def _named_by_place(label: str, provincial: str, district: str, kind: str) -> Publisher | None:
    places = _places_by_ascii().get(label, [])
    provinces = [p for p in places if p.is_province]
    if len(provinces) == 1:
        p = provinces[0]
        return Publisher(
            provincial.format(p.name), "governorship" if "Valiliği" in provincial else kind, p.name
        )
    if len({p.name for p in places}) == 1 and district and not any(p.is_province for p in places):
        # "yenisehir.gov.tr": Yenişehir is a district of three provinces; the
        # district governorship's name is the same in each
        p = places[0]
        province = p.province if len(places) == 1 else ""
        return Publisher(district.format(p.name), kind, province, p.name)
    return None


def publisher_of(source: str) -> Publisher | None:
    """The body that published a text taken from ``source``, if its host
    says so for certain."""
    host = host_of(source)
    if host is None:
        return None
    for known, owner in KNOWN_HOSTS.items():
        if host == known or host.endswith("." + known):
            return Publisher(*KNOWN_OWNERS[owner])
    for rx, template, kind in HOST_PATTERNS:
        m = rx.match(host)
        if m is not None:
            return _provincial(m.group("place"), template, kind)
    for suffix, _kind in HOST_SUFFIXES:
        if host.endswith(suffix):
            labels = [x for x in host[: -len(suffix)].split(".") if x not in _SKIPPED_LABELS]
            if not labels:
                return None
            if labels[-1] in KNOWN_OWNERS:
                return Publisher(*KNOWN_OWNERS[labels[-1]])
            return _municipality(labels[-1])
    return _place_host(host) or _union(host) or _organisation(host)


def complete_posts(doc: Doc) -> None:
    """A mayor's post written without its municipality ("Başkan Ali Veli")
    in a text a municipality published is a post at that municipality."""
    pub = doc.publisher or _own_university(doc)
    if pub is not None and (pub.district or pub.kind == "university"):
        _complete_from_place(doc, pub)
    if pub is not None and pub.kind in ("ngo", "directorate"):
        _complete_own_officers(doc, pub)
    if pub is None or "municipality" not in pub.kind:
        return
    for p in doc.people:
        if p.institution is None and p.title in MAYOR_POSTS:
            p.title = MAYOR_POSTS[p.title]
            p.institution = pub.name
        elif p.institution is None and p.unit and p.title in UNIT_POSTS:
            # "Dış İlişkiler Dairesi Başkanımız" on the municipality's site
            p.institution = pub.name


def _own_university(doc: Doc) -> Publisher | None:
    """A university's site whose host names no place ("comu.edu.tr"): the
    one university its text names in full is the publisher."""
    host = host_of(doc.source)
    if host is None or not host.endswith(".edu.tr"):
        return None
    named = {m.name for m in doc.institutions if m.kind == "university" and m.form == "full"}
    if len(named) != 1:
        return None
    return Publisher(named.pop(), "university", doc.province or "")


def _faculty_of(pub: Publisher, p: Person) -> bool:
    """ "Ziraat Fakültesi Dekanı A" on the university's site: the faculty
    is the dean's unit and the university his body."""
    if p.institution is None or p.unit is not None or not p.institution.endswith(_FACULTY_ENDINGS):
        return False
    if " Üniversitesi" in p.institution:
        return False
    p.unit, p.institution = p.institution, pub.name
    return True


def _complete_from_place(doc: Doc, pub: Publisher) -> None:
    """On a district body's site, "İlçe Kaymakamı" and "İlçe Belediye
    Başkanı" are the district's; on a university's, "Üniversitemiz Rektörü"
    is the university's."""
    for p in doc.people:
        if pub.kind == "university" and _faculty_of(pub, p):
            continue
        if p.institution is not None or not p.spans:
            continue
        if pub.kind == "university" and p.title in UNIVERSITY_POSTS:
            body, kind = pub.name, "university"
        elif pub.district and p.title == "Kaymakam":
            body, kind = f"{pub.district} Kaymakamlığı", "district_governorship"
        elif pub.district and p.title in MAYOR_POSTS:
            body, kind = f"{pub.district} Belediyesi", "district_municipality"
        else:
            continue
        p.institution = body
        start, end = p.spans[0]
        doc.institutions.append(InstitutionMention(start, end, body, kind, "modifier"))
    doc.institutions.sort(key=lambda m: m.start)


#: an organisation's officers written without its name on its own site
#: ("Genel Başkanımız Ali Veli", "Aydın Şube Başkanı Veli Ak")
ORGANISATION_POSTS = frozenset(
    (
        "Genel Başkan",
        "Genel Başkan Yardımcısı",
        "Genel Sekreter",
        "Genel Mali Sekreter",
        "Genel Teşkilatlandırma Sekreteri",
        "Şube Başkanı",
        "Yönetim Kurulu Başkanı",
        "Yönetim Kurulu Üyesi",
    )
)
#: a directorate's head written without the field on its own site
DIRECTOR_POSTS = frozenset(("İl Müdürü", "Müdür"))


def _complete_own_officers(doc: Doc, pub: Publisher) -> None:
    """On an organisation's site, its officers named by the post alone; on a
    ministry's provincial directorate's site, "İl Müdürümüz" is its head."""
    for p in doc.people:
        if p.institution is not None or not p.spans:
            continue
        if pub.kind == "ngo" and p.title in ORGANISATION_POSTS:
            p.institution = pub.name
        elif pub.kind == "directorate" and p.title in DIRECTOR_POSTS:
            p.title = pub.name.removesuffix("lüğü") + "ü"  # "… Müdürlüğü" → "… Müdürü"
            p.institution = pub.name
        else:
            continue
        start, end = p.spans[0]
        doc.institutions.append(InstitutionMention(start, end, pub.name, pub.kind, "modifier"))
    doc.institutions.sort(key=lambda m: m.start)
