"""The monitoring dashboard's tables, prepared once per rendering.

The template used to walk 250 indicators with a dozen lookups, two filters,
a URL reversal and a loop over the status labels per row: thousands of
template variable resolutions on every uncached request.  Here each row's
texts, status and link are decided in one pass in Python and joined into the
table body, so the template loops over the goals only.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ortakmasa.lib.charts import format_number, format_percent
from ortakmasa.monitoring.progress import GoalRow, Progress

_MISSING = "—"


@dataclass
class GoalSection:
    number: str
    title: str
    band: str
    percent: str
    coverage: str  # "" when the goal's figure is complete
    rows: SafeString


def goal_sections(result: Progress, labels: Mapping[Any, str], locale: str) -> list[GoalSection]:
    def pct(value: float | None) -> str:
        return _MISSING if value is None else format_percent(float(value), locale)

    def num(value: float | None) -> str:
        return _MISSING if value is None else format_number(float(value), locale)

    # The standard library's escape, which Django's wraps (the same text):
    # the wrapper's lazy-string checks cost more than the escaping on a
    # table of a thousand cells. Numbers and percentages need none.
    esc = html.escape
    # Each band's cell decided once, not per row.
    bands: dict[str, str] = {}

    def band(value: str) -> str:
        found = bands.get(value)
        if found is None:
            found = bands[value] = (
                f'<span class="band band-{esc(str(value))}">'
                f"{esc(str(labels.get(value, '')))}</span>"
            )
        return found

    # One reversal for every indicator's link.
    link = reverse("monitoring:indicator", args=[0]).rsplit("0", 1)
    coverage_text = _("coverage %(coverage)s")

    def section(goal: GoalRow) -> GoalSection:
        out: list[str] = []
        for objective in goal.objectives:
            o = objective.objective
            unit = (o.responsible_unit.name if o.responsible_unit else "") or _MISSING
            note = (
                ""
                if objective.complete
                else f" <small>({esc(coverage_text % {'coverage': pct(objective.coverage)})})"
                "</small>"
            )
            out.append(
                f'<tr><th scope="row">{esc(o.number)}</th><td colspan="4"><strong>'
                f"{esc(o.title)}</strong> · {esc(unit)}</td>"
                f'<td class="num">{pct(objective.percent)}{note}</td>'
                f"<td>{band(objective.band)}</td></tr>"
            )
            for row in objective.indicators:
                ind = row.indicator
                unit_text = f" ({esc(ind.unit)})" if ind.unit else ""
                period = f" <small>({esc(row.reading.period)})</small>" if row.reading else ""
                out.append(
                    f'<tr><th scope="row">{esc(ind.number)}</th><td><a href="'
                    f'{link[0]}{ind.pk}{link[1]}">{esc(ind.name)}</a>{unit_text}</td>'
                    f'<td class="num">{num(row.baseline)}</td>'
                    f'<td class="num">{num(row.target)}</td>'
                    f'<td class="num">{num(row.actual)}{period}</td>'
                    f'<td class="num">{pct(row.percent)}</td><td>{band(row.band)}</td></tr>'
                )
        return GoalSection(
            number=str(goal.goal.number),
            title=goal.goal.title,
            band=str(goal.band),
            percent=pct(goal.percent),
            coverage="" if goal.complete else coverage_text % {"coverage": pct(goal.coverage)},
            rows=mark_safe("".join(out)),
        )

    return [section(goal) for goal in result.goals]
