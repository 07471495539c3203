"""Registry pages: browse, search, create and edit institutions and people."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, F, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from ortakmasa.kernel.listing import page_of
from ortakmasa.kernel.policy import Action, allowed, can, require, visible
from ortakmasa.lib.params import is_id
from ortakmasa.lib.turkish import search_key
from ortakmasa.registry.forms import InstitutionForm, PersonForm, PostForm
from ortakmasa.registry.models import (
    District,
    Institution,
    InstitutionAlias,
    InstitutionKind,
    Person,
    Post,
    Province,
)

PAGE_SIZE = 50


def _page(request: HttpRequest, qs: object) -> object:
    return page_of(request, qs, PAGE_SIZE)


def _list_template(request: HttpRequest, full: str, partial: str) -> str:
    # htmx live search swaps only the results block.
    return partial if getattr(request, "htmx", False) else full


def institution_list(request: HttpRequest) -> HttpResponse:
    qs = visible(request.user, Institution.objects.all())
    q = request.GET.get("q", "").strip()
    kind = request.GET.get("kind", "")
    province = request.GET.get("province", "")
    district = request.GET.get("district", "")
    toplevel = request.GET.get("toplevel", "")
    if q:
        qs = qs.search(q)  # type: ignore[attr-defined]
    if kind in InstitutionKind.values:
        qs = qs.filter(kind=kind)
    if is_id(province):
        qs = qs.filter(province__plate=int(province))
    if is_id(district):
        qs = qs.filter(district_id=int(district))
    if toplevel:
        qs = qs.filter(parent__isnull=True)
    qs = qs.select_related("province", "district", "parent").order_by("sort_key", "id")
    context = {
        "page": _page(request, qs),
        "q": q,
        "kind": kind,
        "province": province,
        "kinds": InstitutionKind.choices,
        "provinces": Province.objects.only("plate", "name"),
        "can_add": can(request.user, Action.ADD, Institution),
    }
    template = _list_template(
        request, "registry/institution_list.html", "registry/_institution_rows.html"
    )
    return render(request, template, context)


def institution_detail(request: HttpRequest, pk: int) -> HttpResponse:
    inst = get_object_or_404(
        Institution.objects.select_related("province", "district", "parent"), pk=pk
    )
    require(request.user, Action.VIEW, inst)
    children = inst.children.order_by("sort_key")
    posts = (
        Post.objects.filter(Q(institution=inst) | Q(institution__parent=inst))
        .select_related("person", "institution")
        .order_by(F("end_date").desc(nulls_first=True), "-start_date", "id")
    )
    return render(
        request,
        "registry/institution_detail.html",
        {
            "inst": inst,
            "ancestors": inst.ancestors(),
            "children": children,
            "posts": posts,
            "aliases": inst.aliases.all(),
            "can_change": can(request.user, Action.CHANGE, inst),
            "show_contact": allowed(request.user, "view_contact"),
        },
    )


@login_required
def institution_create(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Institution)
    initial = {}
    if is_id(request.GET.get("parent", "")):
        initial["parent"] = int(request.GET["parent"])
    form = InstitutionForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        inst = form.save(commit=False)
        # The rule is checked on the institution as it would be saved, so a
        # liaison cannot create a unit under another district.
        require(request.user, Action.ADD, inst)
        with transaction.atomic():
            inst.save()
            for name in form.alias_names():
                InstitutionAlias.objects.create(institution=inst, name=name)
        messages.success(request, _("The institution was saved."))
        return redirect(inst)
    return render(request, "registry/institution_form.html", {"form": form})


@login_required
def institution_edit(request: HttpRequest, pk: int) -> HttpResponse:
    inst = get_object_or_404(Institution, pk=pk)
    require(request.user, Action.CHANGE, inst)
    form = InstitutionForm(request.POST or None, instance=inst, user=request.user)
    if request.method == "POST" and form.is_valid():
        updated = form.save(commit=False)
        require(request.user, Action.CHANGE, updated)
        with transaction.atomic():
            updated.save()
            names = form.alias_names()
            updated.aliases.exclude(name__in=names).delete()
            for name in names:
                InstitutionAlias.objects.get_or_create(institution=updated, name=name)
        messages.success(request, _("The institution was saved."))
        return redirect(updated)
    return render(request, "registry/institution_form.html", {"form": form, "inst": inst})


def person_list(request: HttpRequest) -> HttpResponse:
    qs = visible(request.user, Person.objects.all())
    q = request.GET.get("q", "").strip()
    institution = request.GET.get("institution", "")
    if q:
        qs = qs.search(q)  # type: ignore[attr-defined]
    if is_id(institution):
        qs = qs.filter(posts__institution_id=int(institution)).distinct()
    qs = qs.prefetch_related(
        Prefetch("posts", queryset=Post.objects.select_related("institution"))
    ).order_by("sort_key", "id")
    context = {
        "page": _page(request, qs),
        "q": q,
        "can_add": can(request.user, Action.ADD, Person),
    }
    template = _list_template(request, "registry/person_list.html", "registry/_person_rows.html")
    return render(request, template, context)


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    require(request.user, Action.VIEW, person)
    posts = person.posts.select_related("institution", "institution__parent")
    return render(
        request,
        "registry/person_detail.html",
        {
            "person": person,
            "posts": posts,
            "parties": person.party_affiliations.select_related("party"),
            "aliases": person.aliases.all(),
            "can_change": can(request.user, Action.CHANGE, person),
            "show_contact": allowed(request.user, "view_contact"),
            "post_form": PostForm(user=request.user)
            if can(request.user, Action.CHANGE, person)
            else None,
        },
    )


def _add_post(request: HttpRequest, person: Person, form: PostForm) -> None:
    """The person's new post from ``form``, checked against the policy as
    it will be saved."""
    post = form.save(commit=False)
    post.person = person
    post.created_by = request.user
    require(request.user, Action.ADD, post)
    post.save()


@login_required
def person_create(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Person)
    form = PersonForm(request.POST or None, prefix="person")
    post_form = PostForm(request.POST or None, user=request.user, prefix="post")
    # A liaison may only create people who hold a post in its institution,
    # so the first post is required from it.
    post_required = not allowed(request.user, "add_person_without_post")
    if not post_required:
        for field in post_form.fields.values():
            field.required = False
    if request.method == "POST" and form.is_valid() and post_form.is_valid():
        has_post = bool(post_form.cleaned_data.get("institution"))
        if has_post and not post_form.cleaned_data.get("title"):
            post_form.add_error("title", _("Give the title held in this institution."))
        else:
            with transaction.atomic():
                person = form.save()
                if has_post:
                    _add_post(request, person, post_form)
                require(request.user, Action.CHANGE, person)
            messages.success(request, _("The person was saved."))
            return redirect(person)
    return render(request, "registry/person_form.html", {"form": form, "post_form": post_form})


@login_required
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    require(request.user, Action.CHANGE, person)
    form = PersonForm(request.POST or None, instance=person, prefix="person")
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The person was saved."))
        return redirect(person)
    return render(request, "registry/person_form.html", {"form": form, "person": person})


@login_required
def post_create(request: HttpRequest, person_pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=person_pk)
    require(request.user, Action.CHANGE, person)
    form = PostForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        _add_post(request, person, form)
        messages.success(request, _("The post was added."))
        return redirect(person)
    return render(request, "registry/post_form.html", {"form": form, "person": person})


def province_list(request: HttpRequest) -> HttpResponse:
    provinces = Province.objects.annotate(district_count=Count("districts")).order_by("sort_key")
    return render(request, "registry/province_list.html", {"provinces": provinces})


def province_detail(request: HttpRequest, plate: int) -> HttpResponse:
    province = get_object_or_404(Province, plate=plate)
    districts = District.objects.filter(province=province).order_by("sort_key")
    municipalities = {
        inst.district_id: inst
        for inst in Institution.objects.filter(
            province=province, kind=InstitutionKind.DISTRICT_MUNICIPALITY
        )
    }
    rows = [(d, municipalities.get(d.pk)) for d in districts]
    top = Institution.objects.filter(
        province=province,
        kind__in=[
            InstitutionKind.METROPOLITAN_MUNICIPALITY,
            InstitutionKind.PROVINCIAL_MUNICIPALITY,
            InstitutionKind.GOVERNORSHIP,
        ],
    ).order_by("sort_key")
    return render(
        request,
        "registry/province_detail.html",
        {"province": province, "rows": rows, "top": top},
    )


SUGGEST_LIMIT = 10


def _best_first(rows: list[Any], q: str) -> list[Any]:
    """Names that start with what was typed, then names with a word that
    does, then the rest ("istanb" offers İstanbul before Elbistan);
    top-level institutions before units."""
    key, ascii_key = search_key(q), search_key(q, fold_ascii=True)

    def rank(row: Any) -> tuple[int, int]:
        names = (row.search_key, row.search_key_ascii)
        if any(n.startswith((key, ascii_key)) for n in names):
            level = 0
        elif any(f" {key}" in n or f" {ascii_key}" in n for n in names):
            level = 1
        else:
            level = 2
        return (level, 1 if getattr(row, "parent_id", None) else 0)

    return sorted(rows, key=rank)


def suggest(request: HttpRequest, kind: str) -> JsonResponse:
    """Records matching what is typed, for the pickers (``widgets.py``):
    ``[{"id", "name", "detail"}]``, Turkish-aware like the registry search."""
    q = request.GET.get("q", "").strip()
    results: list[dict[str, object]] = []
    if kind not in ("institution", "person"):
        raise Http404
    if len(q) >= 2:
        if kind == "institution":
            base = visible(request.user, Institution.objects.all()).select_related(
                "district", "province", "parent"
            )
            key, ascii_key = search_key(q), search_key(q, fold_ascii=True)
            starting = list(
                base.filter(
                    Q(search_key__startswith=key) | Q(search_key_ascii__startswith=ascii_key)
                ).order_by(F("parent_id").asc(nulls_first=True), "sort_key", "id")[:SUGGEST_LIMIT]
            )
            rest = list(
                base.search(q)  # type: ignore[attr-defined]
                .exclude(pk__in=[i.pk for i in starting])
                .order_by("sort_key", "id")[: SUGGEST_LIMIT * 3]
            )
            for inst in [*starting, *_best_first(rest, q)][:SUGGEST_LIMIT]:
                where = inst.parent.name if inst.parent else (inst.district or inst.province or "")
                results.append({"id": inst.pk, "name": inst.name, "detail": str(where)})
        else:
            people = (
                visible(request.user, Person.objects.all())
                .search(q)  # type: ignore[attr-defined]
                .prefetch_related(
                    Prefetch("posts", queryset=Post.objects.select_related("institution"))
                )
                .order_by("sort_key", "id")[: SUGGEST_LIMIT * 5]
            )
            for person in _best_first(list(people), q)[:SUGGEST_LIMIT]:
                posts = person.current_posts()[:1]
                detail = f"{posts[0].title}, {posts[0].institution.name}" if posts else ""
                results.append({"id": person.pk, "name": person.name, "detail": detail})
    return JsonResponse({"results": results})
