"""The meeting list's rows written in Python carry the markup the template
loop wrote: drafts and unreviewed meetings with their badge, no host, no
visitors, long titles, markup in names, both languages."""

from __future__ import annotations

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from ortakmasa.meetings.list_rows import (
    INSTITUTION_ROW_FIELDS,
    for_rows,
    institution_rows,
    meeting_rows,
)
from ortakmasa.meetings.models import (
    DatePrecision,
    Meeting,
    MeetingKind,
    MeetingTopic,
    ReviewStatus,
)
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme

pytestmark = pytest.mark.django_db

#: The loop ``_meeting_rows.html`` held before the rows were prepared in Python.
FORMER = Template(
    """{% for m in page %}<tr>
  <td>{{ m.date_display }}</td>
  <td><a href="{{ m.get_absolute_url }}">{{ m.title|truncatechars:90 }}</a><br><small>{{ m.get_kind_display }}{% if m.review_status != "confirmed" %} · <span class="badge">{{ m.get_review_status_display }}</span>{% endif %}</small></td>
  <td>{{ m.host.name|default:"—" }}</td>
  <td>{% for g in m.guests.all %}{{ g.name }}{% if not forloop.last %}, {% endif %}{% empty %}—{% endfor %}</td>
  <td>{% for t in m.topics.all %}{{ t.rank }}. {{ t.theme.name }}{% if not forloop.last %}<br>{% endif %}{% endfor %}</td>
</tr>{% endfor %}"""  # noqa: E501
)


def test_rows_equal_the_former_template() -> None:
    kadikoy = Institution.objects.get(name="Kadıköy Belediyesi")
    odd = Institution.objects.create(name='Derneğin <"Ada"> & Şubesi', kind="ngo")
    themes = list(Theme.objects.order_by("pk")[:3])
    cases = [
        dict(title="Kısa", host=kadikoy, review_status=ReviewStatus.CONFIRMED),
        dict(title="Uzun " * 40, host=None, review_status=ReviewStatus.DRAFT, date=None),
        dict(
            title="<b>İşaret</b> & ‘tırnak’",
            host=odd,
            review_status=ReviewStatus.UNREVIEWED,
            date_precision=DatePrecision.MONTH,
        ),
        dict(title="Yıl", host=kadikoy, date_precision=DatePrecision.YEAR, kind=MeetingKind.OTHER),
    ]
    for i, fields in enumerate(cases):
        fields.setdefault("date", datetime.date(2024, 5, 1 + i))
        fields.setdefault("kind", MeetingKind.WORKSHOP)
        meeting = Meeting.objects.create(**fields)
        if i % 2 == 0:
            meeting.guests.set([odd, kadikoy][: i // 2 + 1])
        for rank, theme in enumerate(themes[: i + 1], 1):
            MeetingTopic.objects.create(meeting=meeting, theme=theme, rank=rank)
    for language in ("tr", "en"):
        with translation.override(language):
            qs = Meeting.objects.order_by("-date", "-id")
            meetings = list(qs)
            assert len(meetings) == len(cases)
            expected = FORMER.render(Context({"page": meetings}))
            assert str(meeting_rows(for_rows(qs))) == expected


#: The loop ``_institution_meetings_body.html`` held before its rows were
#: prepared in Python.
FORMER_INSTITUTION = Template(
    """{% for m in page %}<tr><td>{{ m.date_display }}</td><td><a href="{{ m.get_absolute_url }}">{{ m.title|truncatechars:90 }}</a><br><small>{{ m.get_kind_display }}</small></td><td>{% if m.host and m.host.pk != inst.pk %}{{ m.host.name }}{% endif %}{% for g in m.guests.all %}{% if g.pk != inst.pk %}{% if not forloop.first or m.host and m.host.pk != inst.pk %}, {% endif %}{{ g.name }}{% endif %}{% endfor %}</td></tr>
{% endfor %}"""  # noqa: E501
)


def test_institution_rows_equal_the_former_template() -> None:
    """The other side of each meeting, with the former loop's commas: the
    institution as host, as the first or a later guest, no host, markup
    in names, long titles."""
    kadikoy = Institution.objects.get(name="Kadıköy Belediyesi")
    ibb = Institution.objects.get(name="İstanbul Büyükşehir Belediyesi")
    odd = Institution.objects.create(name='Derneğin <"Ada"> & Şubesi', kind="ngo")
    cases: list[tuple[Institution | None, list[Institution]]] = [
        (kadikoy, [ibb]),
        (ibb, [kadikoy]),
        (ibb, [kadikoy, odd]),
        (odd, [ibb, kadikoy]),
        (None, [kadikoy, odd]),
        (None, []),
        (kadikoy, []),
    ]
    for i, (host, guests) in enumerate(cases):
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT if i % 2 else MeetingKind.WORKSHOP,
            title=f"<i>Görüşme</i> {i} " + "uzun " * (i * 5),
            host=host,
            date=datetime.date(2024, 5, 1 + i),
            date_precision=DatePrecision.YEAR if i == 3 else DatePrecision.DAY,
        )
        meeting.guests.set(guests)
    qs = Meeting.objects.order_by("-date", "-id")
    for language in ("tr", "en"):
        with translation.override(language):
            expected = FORMER_INSTITUTION.render(Context({"page": list(qs), "inst": kadikoy}))
            rows = institution_rows(qs.values(*INSTITUTION_ROW_FIELDS), kadikoy.pk)
            assert str(rows) == expected
            assert ", " in expected and "&lt;" in expected
