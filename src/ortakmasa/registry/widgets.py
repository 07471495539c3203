"""Choosing institutions and people from the registry.

``RecordPicker`` is a text box with a hidden companion ``<name>_id``.  With
JavaScript (``static/ortakmasa/picker.js``) typing offers the matching
records from ``/registry/suggest/<kind>/`` as an ARIA listbox and choosing one
fills the id, so a record is chosen, never matched by its spelling.  Without
JavaScript the typed name is resolved on the server; a name that fits more
than one record comes back as a list of those records to choose from, never
as a dead end.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django import forms
from django.db.models import Model, Q, QuerySet
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ortakmasa.lib.params import is_id
from ortakmasa.lib.turkish import search_key
from ortakmasa.registry.models import Institution, Person

Picked = tuple[str, str]


def _pair(value: Any) -> Picked:
    if value is None or value == "":
        return ("", "")
    if isinstance(value, Institution | Person):
        return (value.name, str(value.pk))
    if isinstance(value, Model):
        return (str(value), str(value.pk))
    if isinstance(value, tuple | list) and len(value) == 2 and isinstance(value[0], str):
        return (value[0], str(value[1] or ""))
    if isinstance(value, int):
        obj = Institution.objects.filter(pk=value).first()
        return (obj.name, str(obj.pk)) if obj else ("", "")
    return (str(value), "")


class RecordPicker(forms.Widget):
    template_name = "widgets/record_picker.html"

    def __init__(
        self,
        kind: str = "institution",
        *,
        multiple: bool = False,
        extra: int = 2,
        url_name: str = "registry:suggest",
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.kind = kind
        self.multiple = multiple
        self.extra = extra
        # Records other than the registry's are offered by their own app's
        # endpoint (same JSON: {"results": [{"id", "name", "detail"}]}).
        self.url_name = url_name
        # Set by the field when a typed name fits several records.
        self.candidates: list[list[Any]] = []

    def __deepcopy__(self, memo: dict[int, Any]) -> RecordPicker:
        # Widget.__deepcopy__ is shallow: each form needs its own candidates,
        # or one request's ambiguous names would show on the next page.
        obj = super().__deepcopy__(memo)
        assert isinstance(obj, RecordPicker)
        obj.candidates = []
        return obj

    def _render(self, template_name: str, context: Any, renderer: Any = None) -> Any:
        # The project's templates, not the form renderer's own folder.
        return mark_safe(get_template(template_name).render(context))

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        if self.multiple:
            texts = data.getlist(name) if hasattr(data, "getlist") else [data.get(name, "")]
            ids = data.getlist(f"{name}_id") if hasattr(data, "getlist") else []
            rows: list[Picked] = []
            for i, text in enumerate(texts):
                picked = ids[i] if i < len(ids) else ""
                lines = [t for t in (text or "").splitlines() if t.strip()] or [""]
                # An older client (or a test) sends the names one per line.
                for j, line in enumerate(lines):
                    rows.append((line, picked if j == 0 and len(lines) == 1 else ""))
            return [r for r in rows if r[0].strip()]
        text = data.get(name)
        if text is None:
            return None
        return (text, data.get(f"{name}_id", ""))

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return name not in data

    def get_context(self, name: str, value: Any, attrs: Any) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        if self.multiple:
            if isinstance(value, str):
                rows = [(line, "") for line in value.splitlines() if line.strip()]
            else:
                rows = [_pair(v) for v in (value or [])]
            rows += [("", "")] * self.extra
        else:
            rows = [_pair(value)]
        widget_attrs = context["widget"]["attrs"]
        base_id = widget_attrs.get("id", f"id_{name}")
        items = []
        for i, (text, pk) in enumerate(rows):
            items.append(
                {
                    "id": base_id if i == 0 else f"{base_id}_{i}",
                    "text": text,
                    "pk": pk,
                    "candidates": self.candidates[i] if i < len(self.candidates) else [],
                }
            )
        context["widget"].update(
            {
                "kind": self.kind,
                "multiple": self.multiple,
                "rows": items,
                "suggest_url": reverse(self.url_name, args=[self.kind])
                if self.url_name == "registry:suggest"
                else reverse(self.url_name),
                "choose_label": _("Choose the right one"),
                "add_label": _("Add another"),
            }
        )
        return context


def _matching_institutions(text: str) -> list[Institution]:
    key = search_key(text)
    if not key:
        return []
    # Top-level institutions by name or alias, as the importer's index
    # matches them; units are chosen through their institution.
    qs = Institution.objects.filter(parent__isnull=True).filter(
        Q(search_key=key) | Q(aliases__search_key=key)
    )
    return list(qs.distinct().select_related("district", "province").order_by("pk"))


class InstitutionField(forms.Field):
    """An institution chosen from the registry (see ``RecordPicker``);
    ``multiple=True`` gives a list."""

    default_error_messages = {
        "unknown": _("No institution called “%(name)s” is in the registry."),
        "ambiguous": _(
            "More than one institution is called “%(name)s”; choose the right one from the list."
        ),
        "not_allowed": _("“%(name)s” cannot be chosen here."),
    }

    def __init__(
        self,
        *,
        multiple: bool = False,
        queryset: QuerySet[Institution] | None = None,
        **kwargs: Any,
    ) -> None:
        self.multiple = multiple
        #: When set, only these institutions may be chosen (the picker
        #: offers the registry; the server refuses the rest).
        self.queryset = queryset
        kwargs.setdefault("widget", RecordPicker("institution", multiple=multiple))
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if self.multiple and hasattr(value, "all"):
            return list(value.all())
        return value

    def _allowed(self, inst: Institution) -> Institution:
        if self.queryset is not None and not self.queryset.filter(pk=inst.pk).exists():
            raise forms.ValidationError(
                self.error_messages["not_allowed"], code="not_allowed", params={"name": inst.name}
            )
        return inst

    def _one(self, text: str, picked: str, position: int) -> Institution:
        return self._allowed(self._find(text, picked, position))

    def _find(self, text: str, picked: str, position: int) -> Institution:
        text = text.strip()
        if is_id(picked):
            inst = Institution.objects.filter(pk=int(picked)).first()
            if inst is not None and (
                search_key(text) in (inst.search_key, "")
                or inst.aliases.filter(search_key=search_key(text)).exists()
            ):
                return inst
        return _only_match(self, text, _matching_institutions(text), position)

    def clean(self, value: Any) -> Any:
        if self.multiple:
            rows = value or []
            found: list[Institution] = []
            errors: list[forms.ValidationError] = []
            for i, (text, picked) in enumerate(rows):
                try:
                    found.append(self._one(text, picked, i))
                except forms.ValidationError as exc:
                    errors.append(exc)
            if errors:
                raise forms.ValidationError(errors)
            if self.required and not found:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return found
        if isinstance(value, Institution):
            # A disabled field cleans its initial value.
            return self._allowed(value)
        if isinstance(value, int):
            value = _pair(value)
        text, picked = value if isinstance(value, tuple) else (value or "", "")
        if not (text or "").strip():
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return None
        return self._one(text, picked, 0)

    def has_changed(self, initial: Any, data: Any) -> bool:
        init = [_pair(v)[0] for v in (initial if isinstance(initial, list) else [initial])]
        new = (
            [t for t, _p in data]
            if isinstance(data, list)
            else [data[0] if isinstance(data, tuple) else (data or "")]
        )
        return [t for t in init if t] != [t for t in new if t]


class PersonNameField(forms.CharField):
    """A name as written, with a person optionally chosen from the registry
    (the picker's hidden ``<name>_id``); ``picked_id(form)`` reads it."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", RecordPicker("person"))
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        if isinstance(value, tuple):
            value = value[0]
        return str(super().to_python(value))

    def has_changed(self, initial: Any, data: Any) -> bool:
        text = data[0] if isinstance(data, tuple) else (data or "")
        return (initial or "") != text

    @staticmethod
    def picked_id(form: forms.BaseForm, name: str) -> int | None:
        raw = form.data.get(form.add_prefix(f"{name}_id"), "") if form.is_bound else ""
        return int(raw) if is_id(str(raw)) else None


class PersonField(forms.Field):
    """A person chosen from the registry with the picker; a typed name is
    accepted only when it is one person's exact name, otherwise refused
    (or, when it fits several, offered as a list to choose from)."""

    default_error_messages = {
        "unknown": _("No person called “%(name)s” is in the registry."),
        "ambiguous": _(
            "More than one person is called “%(name)s”; choose the right one from the list."
        ),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", RecordPicker("person"))
        super().__init__(**kwargs)

    def clean(self, value: Any) -> Person | None:
        if isinstance(value, Person):
            return value
        text, picked = value if isinstance(value, tuple) else (value or "", "")
        text = text.strip()
        if not text:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return None
        key = search_key(text)
        if is_id(picked):
            person = Person.objects.filter(pk=int(picked)).first()
            if person is not None and person.search_key == key:
                return person
        return _only_match(
            self, text, list(Person.objects.filter(search_key=key).order_by("pk")[:20]), 0
        )

    def has_changed(self, initial: Any, data: Any) -> bool:
        new = data[0] if isinstance(data, tuple) else (data or "")
        return _pair(initial)[0] != new


_Record = TypeVar("_Record", Institution, Person)


def _only_match(field: forms.Field, text: str, found: list[_Record], position: int) -> _Record:
    """The one record ``found`` for the typed ``text``.  None is refused; several
    are refused too and offered in the picker, at the field's ``position``th
    row, to choose from."""
    if len(found) == 1:
        return found[0]
    if not found:
        raise forms.ValidationError(
            field.error_messages["unknown"], code="unknown", params={"name": text}
        )
    widget = field.widget
    assert isinstance(widget, RecordPicker)
    candidates = list(widget.candidates)
    while len(candidates) <= position:
        candidates.append([])
    candidates[position] = found
    widget.candidates = candidates
    raise forms.ValidationError(
        field.error_messages["ambiguous"], code="ambiguous", params={"name": text}
    )
