"""A saved proposal is encoded (and its duplicates suggested) after the
transaction commits: on the worker when Redis is there, in-process otherwise
(Celery's eager mode, see settings)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction


def proposal_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    fields = kwargs.get("update_fields")
    if fields is not None and not ({"title", "text"} & set(fields)):
        return
    if not getattr(settings, "PROPOSALS_SUGGEST", True):
        return
    from ortakmasa.proposals import tasks

    pk = instance.pk
    if getattr(settings, "PROPOSALS_EMBEDDINGS", True):
        transaction.on_commit(lambda: tasks.embed_proposal.delay(pk))
    elif created:
        transaction.on_commit(lambda: tasks.suggest_duplicates.delay(pk))
