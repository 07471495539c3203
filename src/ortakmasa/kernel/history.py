"""Change history: one abstract record, one way to take a diff, one way to
show it.

A value's, a plan's and a proposal's history are rows of models built on
``ChangeRecord`` (who, when, what, why).  ``changes`` maps a field name to
``[old, new]`` in JSON-friendly form (``plain``): foreign keys as ids, choices
as their stored codes, dates as ISO strings.  That keeps the record exact,
but it is not what a reader should see, so every page shows it through
``describe``: the field's label, the related object's name, the choice's
label, dates as ``gg.aa.yyyy``, yes/no — never ``institution: — → 1029`` or
``status: new → under_review``.
"""

from __future__ import annotations

import datetime
import decimal
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ortakmasa.kernel.models import user_reference
from ortakmasa.lib import turkish

EMPTY = "—"


class ChangeRecord(models.Model):
    """Who changed what, when and why.  Concrete records add the object
    they belong to and their ``action`` (with its choices), and name the
    models whose fields ``changes`` speaks of in ``HISTORY_MODELS``."""

    user = user_reference()
    at = models.DateTimeField(auto_now_add=True)
    changes = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)

    #: The models whose fields the keys of ``changes`` name, first match wins.
    HISTORY_MODELS: ClassVar[tuple[str, ...]] = ()
    #: The foreign key naming the record whose history this is (``proposal``).
    OWNER: ClassVar[str] = ""

    class Meta:
        abstract = True
        # A record's history reads from its first change on.
        ordering = ["at", "id"]

    def __str__(self) -> str:
        owner = getattr(self, f"{self.OWNER}_id", "") if self.OWNER else ""
        when = f"{self.at:%Y-%m-%d %H:%M}" if self.at else ""
        return f"{owner} {getattr(self, 'action', '')} {when}".strip()


def actor(user: Any) -> Any:
    """The user to record: None for visitors."""
    return user if getattr(user, "is_authenticated", False) else None


def plain(value: Any) -> Any:
    """A JSON-friendly form of a field value for ``changes``."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    return str(value)


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for the fields whose value changed."""
    changes: dict[str, list[Any]] = {}
    for key, new in after.items():
        old = before.get(key)
        if old != new:
            changes[key] = [plain(old), plain(new)]
    return changes


R = TypeVar("R", bound=ChangeRecord)


def entry(
    model: type[R],
    *,
    user: Any,
    action: str,
    changes: Mapping[str, Sequence[Any]] | None = None,
    note: str = "",
    **owner: Any,
) -> R:
    """An unsaved history row (for ``bulk_create``): the one place a row is
    made, so every ``changes`` holds plain JSON values and every visitor is
    recorded as nobody."""
    return model(
        user=actor(user),
        action=action,
        changes={k: [plain(old), plain(new)] for k, (old, new) in (changes or {}).items()},
        note=note,
        **owner,
    )


def record(model: type[R], **fields: Any) -> R:
    """Writes one history row (the fields of :func:`entry`): who
    (``user``), what (``action`` and ``changes``: field → [old, new]), why
    (``note``), and the record it belongs to (``proposal=…``, ``plan=…``,
    ``value=…``)."""
    row = entry(model, **fields)
    row.save()
    return row


@dataclass(frozen=True)
class ChangeLine:
    label: str
    old: str
    new: str


def _capfirst(text: str) -> str:
    return turkish.upper(text[:1]) + text[1:]


def _field(models_: Sequence[type[models.Model]], name: str) -> models.Field[Any, Any] | None:
    for model in models_:
        try:
            field = model._meta.get_field(name)
        except Exception:
            continue
        if isinstance(field, models.Field):
            return field
    return None


#: Labels of keys that are not model fields.
EXTRA_LABELS = {
    "number": gettext_lazy("number"),
    "rows": gettext_lazy("rows"),
    "proposals": gettext_lazy("proposals"),
    "evidence": gettext_lazy("evidence"),
}


def _format_date(value: str) -> str:
    try:
        if "T" in value:
            return datetime.datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
        return datetime.date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        return value


def _format_decimal(value: Any) -> str:
    """An amount as its reader writes it (250.000 in Turkish, 250,000 in
    English), not as stored ("250000.00")."""
    from django.utils.translation import get_language

    from ortakmasa.lib.charts import format_number

    try:
        number = float(decimal.Decimal(str(value)))
    except (decimal.InvalidOperation, ValueError):
        return str(value)
    return format_number(number, get_language() or "tr")


class _Names:
    """Names of the related objects every record on a page mentions, looked
    up in one query per related model."""

    def __init__(self) -> None:
        self.wanted: dict[tuple[type[models.Model], str], set[Any]] = defaultdict(set)
        self.found: dict[tuple[type[models.Model], str], dict[str, str]] = {}

    @staticmethod
    def _lookup(field: models.Field[Any, Any]) -> tuple[type[models.Model], str] | None:
        related = field.related_model
        if not isinstance(related, type):
            return None
        if field.many_to_many:
            # Many-to-many values are kept as codes where the model has one.
            names = {f.name for f in related._meta.get_fields()}
            return related, "code" if "code" in names else "pk"
        return related, "pk"

    def want(self, field: models.Field[Any, Any], value: Any) -> None:
        lookup = self._lookup(field)
        if lookup is None or value in (None, "", []):
            return
        values = value if isinstance(value, list) else [value]
        self.wanted[lookup].update(v for v in values if isinstance(v, int | str))

    def load(self) -> None:
        for (model, key), values in self.wanted.items():
            rows = model._default_manager.filter(**{f"{key}__in": list(values)})
            self.found[(model, key)] = {str(getattr(row, key)): str(row) for row in rows}

    def name(self, field: models.Field[Any, Any], value: Any) -> str:
        lookup = self._lookup(field)
        assert lookup is not None
        found = self.found.get(lookup, {})
        values = value if isinstance(value, list) else [value]
        return ", ".join(found.get(str(v), _("%(id)s (deleted)") % {"id": v}) for v in values)


def _show(field: models.Field[Any, Any] | None, value: Any, names: _Names) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    if field is not None:
        if field.is_relation:
            return names.name(field, value)
        if field.choices:
            labels = {str(k): str(v) for k, v in field.flatchoices}
            return labels.get(str(value), str(value))
        if isinstance(field, models.BooleanField):
            return _("yes") if value else _("no")
        if isinstance(field, models.DateField | models.DateTimeField) and isinstance(value, str):
            return _format_date(value)
        if isinstance(field, models.DecimalField):
            return _format_decimal(value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _models_of(record: ChangeRecord) -> list[type[models.Model]]:
    from django.apps import apps

    return [apps.get_model(label) for label in record.HISTORY_MODELS]


def describe_all(records: Iterable[ChangeRecord]) -> list[ChangeRecord]:
    """The records, each with ``lines``: its changes in plain words (see
    the module's docstring), related names looked up once for them all."""
    records = list(records)
    names = _Names()
    fields: dict[int, list[tuple[str, models.Field[Any, Any] | None, list[Any]]]] = {}
    for index, record in enumerate(records):
        known = _models_of(record)
        rows = []
        for key, pair in (record.changes or {}).items():
            old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
            field = _field(known, key)
            if field is not None and field.is_relation:
                names.want(field, old)
                names.want(field, new)
            rows.append((key, field, [old, new]))
        fields[index] = rows
    names.load()
    for index, record in enumerate(records):
        lines = []
        for key, field, (old, new) in fields[index]:
            if field is not None:
                label = str(field.verbose_name)
            else:
                label = str(EXTRA_LABELS.get(key, key.replace("_", " ")))
            shown_old, shown_new = _show(field, old, names), _show(field, new, names)
            if shown_old == shown_new:
                # None → "" and the like: a change of storage, not of meaning.
                continue
            lines.append(ChangeLine(_capfirst(label), shown_old, shown_new))
        record.lines = lines  # type: ignore[attr-defined]
    return records


def describe(record: ChangeRecord) -> list[ChangeLine]:
    lines: list[ChangeLine] = describe_all([record])[0].lines  # type: ignore[attr-defined]
    return lines
