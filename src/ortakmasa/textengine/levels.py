"""State offices written without their level, in a text about one level.

Local news names a district's officials as "Emniyet Müdürü Ali Ak" and
"Jandarma Komutanı Veli Su" next to the district governor, and a province's
as "Milli Eğitim Müdürü …" at the governor's board.  ``gold/real`` writes a
ministry's directorate and a gendarmerie command with the level and without
the place ("İlçe Emniyet Müdürlüğü", "İl Milli Eğitim Müdürlüğü", "İlçe
Jandarma Komutanlığı").  The level is read from who else the text names: a
district governor makes it a district's text, a governor alone a province's;
a text naming both, or neither, is left as written.
"""

from __future__ import annotations

from .document import Doc, InstitutionMention

#: ministries' directorates the press writes without their level; also
#: never a unit of a municipality (``names``) and written after a place
#: without "İl"/"İlçe" ("Aydın Emniyet Müdürlüğü", ``institutions``)
STATE_FIELDS = ("Emniyet", "Milli Eğitim", "Sağlık")
STATE_DIRECTORATES = frozenset(f"{field} Müdürlüğü" for field in STATE_FIELDS)

#: offices written without their level: (the unit or body as written, the
#: post as written) → the post, both to be given the level
OFFICES = {
    **{(f"{field} Müdürlüğü", "Müdür"): f"{field} Müdürü" for field in STATE_FIELDS},
    ("Jandarma Komutanlığı", "Jandarma Komutanı"): "Jandarma Komutanı",
}


def text_level(doc: Doc) -> str | None:
    """ "İlçe" for a text that names a district governor and no governor,
    "İl" for one that names a governor and no district governor."""
    titles = {p.title for p in doc.people}
    district, province = "Kaymakam" in titles, "Vali" in titles
    if district and not province:
        return "İlçe"
    if province and not district:
        return "İl"
    return None


def complete_levels(doc: Doc) -> None:
    """Give the offices of ``OFFICES`` the level of the text they are in."""
    level = None
    renamed: dict[str, str] = {}
    for p in doc.people:
        if p.institution is not None and p.unit is None:
            key = (p.institution, p.title or "")
        elif p.institution is None and p.unit is not None:
            key = (p.unit, p.title or "")
        else:
            continue
        if key not in OFFICES:
            continue
        level = level or text_level(doc)
        if level is None:
            return
        body = f"{level} {key[0]}"
        renamed[key[0]] = body
        p.title, p.unit, p.institution = f"{level} {OFFICES[key]}", None, body
    if renamed:
        doc.institutions = [
            InstitutionMention(m.start, m.end, renamed[m.name], "public_body", m.form)
            if m.name in renamed
            else m
            for m in doc.institutions
        ]
    _branch_directors(doc)


def _branch_directors(doc: Doc) -> None:
    """A branch director ("Hayvan Sağlığı Şube Müdürü A") with no body, in a
    text naming one provincial directorate of a ministry, works in it: a
    ministry's branches belong to its provincial directorate (dev11, dev17)."""
    provincial = {
        p.institution
        for p in doc.people
        if p.institution and p.institution.startswith("İl ") and p.institution.endswith("Müdürlüğü")
    }
    if len(provincial) != 1:
        return
    (body,) = provincial
    for p in doc.people:
        if p.institution is None and (p.title or "").endswith("Şube Müdürü"):
            p.institution = body
