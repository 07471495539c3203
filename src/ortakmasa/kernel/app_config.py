"""The start-up work every domain app does alike.

Apps subclass ``app_config.DomainConfig`` through the module, not by name:
Django takes the only ``AppConfig`` subclass found in an ``apps`` module as
the app's configuration, and an imported base class would be a second one.
"""

from __future__ import annotations

from importlib import import_module
from typing import ClassVar

from django.apps import AppConfig

from ortakmasa.kernel.cache import Gen, watch


class DomainConfig(AppConfig):
    """A domain app: at start-up its ``permissions`` module registers the
    app's rules with the policy, and saving or deleting one of the models
    named in ``cached`` (or changing one of their many-to-many relations,
    which saves no row of theirs) bumps the cache generation ``generation``
    after the commit.  What else an app wires goes in ``connect``."""

    generation: ClassVar[Gen | None] = None
    #: Names of this app's models whose changes make pages cached under
    #: ``generation`` stale.
    cached: ClassVar[tuple[str, ...]] = ()

    def ready(self) -> None:
        import_module(f"{self.name}.permissions").register_all()
        if self.generation is not None:
            models = [self.get_model(name) for name in self.cached]
            watch(
                self.generation,
                *models,
                m2m=tuple(
                    field.remote_field.through
                    for model in models
                    for field in model._meta.many_to_many
                ),
            )
        self.connect()

    def connect(self) -> None:
        """The app's own start-up wiring, after the common work."""
