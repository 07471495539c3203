"""The registry: places, institutions, people and the posts they hold.

Modelled in the spirit of the Popolo open-government standard: an
Organization is an ``Institution`` (units nest under their parent), a
Membership is a ``Post`` (person — title — institution — start/end), and party
affiliation is kept over time in ``PartyAffiliation``.

Every named row keeps two derived columns: ``sort_key`` (Turkish
alphabetical order under any database collation) and ``search_key`` (Turkish
case-folded, apostrophe suffixes removed), both computed in
``ortakmasa.lib.turkish`` on save.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ortakmasa.kernel.models import Linked, Timestamped, optional_reference, user_reference
from ortakmasa.lib.turkish import search_key, search_terms, sort_key


class NamedQuerySet(models.QuerySet[Any]):
    def search(self, query: str) -> NamedQuerySet:
        """Rows whose name (or ASCII spelling) contains every word of
        ``query``, compared Turkish-aware: "başakşehir’e", "BASAKSEHIR" and
        "Başakşehir" all find Başakşehir."""
        qs = self
        aliases = hasattr(self.model, "aliases")
        for word, forms in zip(search_key(query).split(), search_terms(query), strict=True):
            cond = Q(search_key__contains=word)
            if aliases:
                cond |= Q(aliases__search_key__contains=word)
            # The ASCII forms, each word also by its stem ("kadıköyde").
            for form in forms:
                cond |= Q(search_key_ascii__contains=form)
                if aliases:
                    cond |= Q(aliases__search_key__contains=form)
            qs = qs.filter(cond)
        if hasattr(self.model, "aliases"):
            qs = qs.distinct()
        return qs


class Named(models.Model):
    """Abstract base for rows listed and searched by name."""

    sort_key = models.CharField(max_length=600, editable=False, db_index=True, default="")
    search_key = models.CharField(max_length=300, editable=False, db_index=True, default="")
    search_key_ascii = models.CharField(max_length=300, editable=False, default="")

    objects = NamedQuerySet.as_manager()

    class Meta:
        abstract = True
        # Turkish alphabetical order under any collation.
        ordering = ["sort_key"]

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.refresh_keys()
        super().save(*args, **kwargs)

    def display_name(self) -> str:
        return str(getattr(self, "name", ""))

    def refresh_keys(self) -> None:
        name = self.display_name()
        self.sort_key = sort_key(name)[:600]
        self.search_key = search_key(name)[:300]
        self.search_key_ascii = search_key(name, fold_ascii=True)[:300]


class Alias(models.Model):
    """Another name a row is known by, found by the owner's search (see
    ``NamedQuerySet.search``): concrete aliases add the owner's key."""

    name = models.CharField(_("alias"), max_length=255)
    search_key = models.CharField(max_length=300, editable=False, db_index=True, default="")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_key = search_key(self.name)
        super().save(*args, **kwargs)


class Province(Linked, Named):
    """One of Türkiye's 81 provinces (il)."""

    DETAIL_URL = "registry:province_detail"
    URL_KEY = "plate"

    plate = models.PositiveSmallIntegerField(_("plate code"), unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    is_metropolitan = models.BooleanField(_("metropolitan municipality"), default=False)
    region = models.CharField(_("region"), max_length=50, blank=True)

    class Meta(Named.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self) -> str:
        return self.name


class District(Named):
    """One of Türkiye's 973 districts (ilçe)."""

    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="districts", verbose_name=_("province")
    )
    name = models.CharField(_("name"), max_length=100)
    is_central = models.BooleanField(_("central district"), default=False)

    class Meta(Named.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="unique_district_name")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.province.name})"


class InstitutionKind(models.TextChoices):
    METROPOLITAN_MUNICIPALITY = "metropolitan_municipality", _("metropolitan municipality")
    PROVINCIAL_MUNICIPALITY = "provincial_municipality", _("provincial municipality")
    DISTRICT_MUNICIPALITY = "district_municipality", _("district municipality")
    TOWN_MUNICIPALITY = "town_municipality", _("town municipality")
    MINISTRY = "ministry", _("ministry")
    PUBLIC_AGENCY = "public_agency", _("public agency")
    GOVERNORSHIP = "governorship", _("governorship")
    DISTRICT_GOVERNORSHIP = "district_governorship", _("district governorship")
    NGO = "ngo", _("NGO")
    UNIVERSITY = "university", _("university")
    PROFESSIONAL_CHAMBER = "professional_chamber", _("professional chamber")
    COMPANY = "company", _("company")
    INTERNATIONAL_ORGANISATION = "international_organisation", _("international organisation")
    POLITICAL_PARTY = "political_party", _("political party")
    MUNICIPAL_UNION = "municipal_union", _("union of municipalities")
    DEPARTMENT = "department", _("department")
    DIRECTORATE = "directorate", _("directorate")
    UNIT = "unit", _("unit")
    OTHER = "other", _("other")


#: Kinds that are parts of another institution and need a parent.
SUBUNIT_KINDS = frozenset(
    {InstitutionKind.DEPARTMENT, InstitutionKind.DIRECTORATE, InstitutionKind.UNIT}
)
MUNICIPALITY_KINDS = frozenset(
    {
        InstitutionKind.METROPOLITAN_MUNICIPALITY,
        InstitutionKind.PROVINCIAL_MUNICIPALITY,
        InstitutionKind.DISTRICT_MUNICIPALITY,
        InstitutionKind.TOWN_MUNICIPALITY,
    }
)


class Institution(Linked, Timestamped, Named):
    """A municipality, public body, NGO, university, party … or one of their
    departments, directorates and units (which have a ``parent``)."""

    DETAIL_URL = "registry:institution_detail"

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    kind = models.CharField(_("kind"), max_length=40, choices=InstitutionKind.choices)
    parent = optional_reference(
        "self",
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("parent institution"),
    )
    # The top-level institution this one belongs to (itself when it has no
    # parent).  Kept on save so that "everything of a municipality" is one
    # indexed filter instead of a recursive walk.
    root = optional_reference("self", on_delete=models.PROTECT, editable=False, related_name="+")
    province = optional_reference(
        Province, on_delete=models.PROTECT, related_name="institutions", verbose_name=_("province")
    )
    district = optional_reference(
        District, on_delete=models.PROTECT, related_name="institutions", verbose_name=_("district")
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    # Rows loaded from the reference files carry a stable key so that loading
    # them again updates instead of duplicating.
    reference_key = models.CharField(
        max_length=80, unique=True, null=True, blank=True, editable=False
    )

    #: What a user edits, on the page and in the API alike.
    EDITABLE = (
        "name",
        "short_name",
        "kind",
        "parent",
        "province",
        "district",
        "website",
        "email",
        "phone",
        "address",
        "description",
        "is_active",
    )

    class Meta:
        ordering = ["sort_key", "id"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        indexes = [models.Index(fields=["kind", "sort_key"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.parent_id:
            parent = self.parent
            assert parent is not None
            self.root_id = parent.root_id or parent.pk
            if self.province_id is None:
                self.province_id = parent.province_id
            if self.district_id is None:
                self.district_id = parent.district_id
        if self.district_id and self.province_id is None:
            self.province_id = District.objects.values_list("province_id", flat=True).get(
                pk=self.district_id
            )
        if not self.parent_id and self.pk is not None:
            # Before the save, so that what listens to it (the cooperation
            # network's upkeep) sees the institution's root as stored.
            self.root_id = self.pk
        super().save(*args, **kwargs)
        if not self.parent_id and self.root_id != self.pk:
            self.root_id = self.pk
            type(self).objects.filter(pk=self.pk).update(root_id=self.pk)

    def near_duplicates(self) -> models.QuerySet[Institution]:
        """Other institutions with the same name, written any way ("ESENLER
        BELEDİYESİ", "Esenler Belediyesi"), in the same place: under the same
        parent and in the same district (or province, when no district is
        given)."""
        key = search_key(self.name, fold_ascii=True)
        if not key:
            return Institution.objects.none()
        qs = Institution.objects.filter(search_key_ascii=key, parent_id=self.parent_id)
        district_id = self.district_id
        province_id = self.province_id
        if province_id is None and district_id is not None:
            province_id = District.objects.values_list("province_id", flat=True).get(pk=district_id)
        if district_id is not None:
            qs = qs.filter(Q(district_id=district_id) | Q(district__isnull=True))
        if province_id is not None:
            qs = qs.filter(Q(province_id=province_id) | Q(province__isnull=True))
        if district_id is None and province_id is None:
            qs = qs.filter(province__isnull=True, district__isnull=True)
        if self.pk:
            qs = qs.exclude(pk=self.pk)
        return qs.order_by("pk")

    def clean(self) -> None:
        super().clean()
        existing = self.near_duplicates().first()
        if existing is not None:
            raise ValidationError(
                {
                    "name": ValidationError(
                        _("“%(name)s” is already in the registry in the same place."),
                        code="near_duplicate",
                        params={"name": existing.name},
                    )
                }
            )

    @property
    def is_municipality(self) -> bool:
        return self.kind in MUNICIPALITY_KINDS

    def ancestors(self) -> list[Institution]:
        chain: list[Institution] = []
        node = self.parent
        while node is not None and len(chain) < 20:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def top_level(self) -> Institution:
        chain = self.ancestors()
        return chain[0] if chain else self


class InstitutionAlias(Alias):
    """Another name an institution is known by ("İBB")."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name = _("institution alias")
        verbose_name_plural = _("institution aliases")
        constraints = [
            models.UniqueConstraint(fields=["institution", "name"], name="unique_inst_alias")
        ]


class Person(Linked, Timestamped, Named):
    """A person who holds or held posts.  Only what the work needs is kept
    (KVKK): contact details are optional and shown to signed-in staff only."""

    DETAIL_URL = "registry:person_detail"

    given_name = models.CharField(_("given name"), max_length=150)
    family_name = models.CharField(_("family name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["sort_key", "id"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def display_name(self) -> str:
        return self.name

    def refresh_keys(self) -> None:
        super().refresh_keys()
        # Lists of people are ordered by family name, as Turkish directories are.
        self.sort_key = sort_key(f"{self.family_name} {self.given_name}")[:600]

    def current_posts(self, on: datetime.date | None = None) -> list[Post]:
        """Posts held on ``on`` (today when not given)."""
        day = on or datetime.date.today()
        return [p for p in self.posts.all() if p.is_current(day)]


class PersonAlias(Alias):
    """Another written form of a person's name (maiden name, short form)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name = _("person alias")
        verbose_name_plural = _("person aliases")
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="unique_person_alias")
        ]


class Post(models.Model):
    """A person holding a title in an institution or unit for a time
    (Popolo's Membership)."""

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="posts", verbose_name=_("person")
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="posts",
        verbose_name=_("institution or unit"),
    )
    # A person's rank ("unvan"), not the title of a thing ("başlık").
    title = models.CharField(pgettext_lazy("person's post", "title"), max_length=150)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)
    created_by = user_reference(blank=True, editable=False)

    class Meta:
        ordering = ["-start_date", "id"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="post_end_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.title}, {self.institution}"

    def is_current(self, on: datetime.date | None = None) -> bool:
        on = on or datetime.date.today()
        started = self.start_date is None or self.start_date <= on
        not_ended = self.end_date is None or self.end_date >= on
        return started and not_ended


class PartyAffiliation(models.Model):
    """A person's membership of a political party over time."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="party_affiliations")
    party = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="members",
        limit_choices_to={"kind": InstitutionKind.POLITICAL_PARTY},
        verbose_name=_("party"),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    class Meta:
        ordering = ["-start_date", "id"]
        verbose_name = _("party affiliation")
        verbose_name_plural = _("party affiliations")

    def __str__(self) -> str:
        return f"{self.person} — {self.party}"


def party_on(person: Person, on: datetime.date) -> Institution | None:
    """The party ``person`` belonged to on the given day, if known."""
    for aff in person.party_affiliations.all():
        if (aff.start_date is None or aff.start_date <= on) and (
            aff.end_date is None or aff.end_date >= on
        ):
            return aff.party
    return None
