"""Data generations are bumped after the writer's transaction commits, bulk
write paths bump explicitly, and a per-process cache is refused when several
workers serve pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.checks import Error
from django.db import transaction
from django.test import RequestFactory, override_settings

from ortakmasa.kernel.cache import Gen, cached_for_request, generation
from ortakmasa.kernel.checks import cache_shared_by_workers
from ortakmasa.registry.models import Institution

pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]


def _render(value: str) -> str:
    request = RequestFactory().get("/registry/institutions/")
    request.user = AnonymousUser()
    return cached_for_request(request, "probe", (Gen.REGISTRY,), lambda: value)


def test_render_before_commit_does_not_cache_stale_data_under_the_new_generation(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    """The race of issue 11: a writer saves inside its transaction; another
    request renders before the commit, so it reads the rows as they were.
    Bumped in ``post_save``, the generation was already new, and the old
    rows were cached under it and served after the commit for ten minutes.
    Bumped on commit, the early render lands under the old generation and
    the first render after the commit computes afresh."""
    assert _render("before") == "before"
    institution = Institution.objects.filter(parent__isnull=True).first()
    assert institution is not None

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            institution.name = institution.name + " (yeni)"
            institution.save()
            # A concurrent request still sees the committed rows: what it
            # renders is the old data, whatever generation it is keyed by.
            assert _render("stale: rendered before the commit") == "before"
    assert callbacks, "the bump waits for the commit"

    assert _render("after the commit") == "after the commit"


def test_nothing_is_bumped_when_the_writer_rolls_back(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    before = generation(Gen.REGISTRY)
    institution = Institution.objects.filter(parent__isnull=True).first()
    assert institution is not None
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                institution.name = "x"
                institution.save()
                raise RuntimeError("the writer fails")
        except RuntimeError:
            pass
    assert generation(Gen.REGISTRY) == before


def test_a_bulk_write_path_bumps(django_capture_on_commit_callbacks: Capture) -> None:
    """``QuerySet.update`` sends no signal: renumbering the outline bumps
    the plan generation itself."""
    from ortakmasa.plans.models import Goal
    from ortakmasa.plans.sample import make_plan
    from ortakmasa.plans.services import renumber

    ibb = Institution.objects.get(reference_key="municipality:province:34")
    plan = make_plan(ibb, goals=2, objectives=1, indicators=1)
    Goal.objects.filter(plan=plan).update(position=7)
    before = generation(Gen.PLANS)
    with django_capture_on_commit_callbacks(execute=True):
        renumber(plan.goals.all())
    assert generation(Gen.PLANS) != before


def test_a_many_to_many_change_of_a_cached_model_bumps_on_commit(
    django_capture_on_commit_callbacks: Capture,
) -> None:
    """``DomainConfig`` watches the many-to-many relations of the models an
    app caches: ticking a ranking question's themes saves no question row,
    yet the answer page, which caches the questions, must see it."""
    from ortakmasa.themes.models import Theme
    from tests.surveys.conftest import build_survey

    ranking = build_survey().ranking
    before = generation(Gen.SURVEYS)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            ranking.themes.add(Theme.objects.exclude(pk__in=ranking.themes.all()).first())
            assert generation(Gen.SURVEYS) == before
    assert generation(Gen.SURVEYS) != before


def test_every_domain_app_watches_the_relations_of_what_it_caches() -> None:
    from django.apps import apps
    from django.db.models.signals import m2m_changed

    from ortakmasa.kernel.app_config import DomainConfig

    watching = [c for c in apps.get_app_configs() if isinstance(c, DomainConfig) and c.cached]
    assert {c.label for c in watching} >= {"registry", "meetings", "cooperation", "surveys"}
    for config in watching:
        for name in config.cached:
            for field in config.get_model(name)._meta.many_to_many:
                through = field.remote_field.through
                assert m2m_changed.has_listeners(through), f"{config.label}.{name}.{field.name}"


def test_an_unknown_generation_is_refused() -> None:
    with pytest.raises(ValueError):
        generation("meeting")


LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "x"}}


@pytest.mark.parametrize(
    ("workers", "caches", "refused"),
    [(1, LOCMEM, False), (3, LOCMEM, True), (3, REDIS, False)],
)
def test_several_workers_need_a_shared_cache(
    workers: int, caches: dict[str, Any], refused: bool
) -> None:
    with override_settings(ORTAKMASA_WORKERS=workers, CACHES=caches):
        errors = cache_shared_by_workers()
    assert [e.id for e in errors if isinstance(e, Error)] == (["ortakmasa.E001"] if refused else [])
