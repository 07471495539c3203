from django.contrib import admin

from ortakmasa.registry.models import (
    District,
    Institution,
    InstitutionAlias,
    PartyAffiliation,
    Person,
    PersonAlias,
    Post,
    Province,
)


class DistrictInline(admin.TabularInline[District, Province]):
    model = District
    extra = 0


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin[Province]):
    list_display = ["plate", "name", "is_metropolitan", "region"]
    search_fields = ["name", "search_key"]
    inlines = [DistrictInline]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin[District]):
    list_display = ["name", "province", "is_central"]
    list_filter = ["province"]
    search_fields = ["search_key", "search_key_ascii"]


class InstitutionAliasInline(admin.TabularInline[InstitutionAlias, Institution]):
    model = InstitutionAlias
    extra = 0


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin[Institution]):
    list_display = ["name", "kind", "province", "district", "parent", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["search_key", "search_key_ascii", "short_name"]
    raw_id_fields = ["parent", "district"]
    inlines = [InstitutionAliasInline]


class PostInline(admin.TabularInline[Post, Person]):
    model = Post
    extra = 0
    raw_id_fields = ["institution"]


class PersonAliasInline(admin.TabularInline[PersonAlias, Person]):
    model = PersonAlias
    extra = 0


class PartyAffiliationInline(admin.TabularInline[PartyAffiliation, Person]):
    model = PartyAffiliation
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin[Person]):
    list_display = ["__str__", "email"]
    search_fields = ["search_key", "search_key_ascii"]
    inlines = [PostInline, PersonAliasInline, PartyAffiliationInline]
