"""Answering a survey: which questions show, what a valid answer is, and
saving a half-finished or final answer so that nothing is lost or counted
twice.

Answers are kept in one canonical JSON form, whichever way they arrive (a
page's form or the API):

* single choice: the option text; multiple choice: a list of option texts;
* Likert: 1–5; matrix: ``{row text: 1–5}``;
* ranking: theme codes, most important first;
* number: a number; open text: a string.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.kernel.addresses import request_address
from ortakmasa.kernel.cache import Gen, cached_value
from ortakmasa.registry.models import District
from ortakmasa.surveys.models import (
    Audience,
    Invitation,
    Kind,
    Question,
    Response,
    ResponseStatus,
    StaffLink,
    Survey,
)
from ortakmasa.themes.models import Theme

MAX_TEXT = 5000


class AnswerRefused(Exception):
    """The answer cannot be taken; ``message`` is for the respondent."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def load_questions(survey: Survey) -> list[Question]:
    return list(
        survey.questions.select_related("section", "show_if")
        .prefetch_related("themes")
        .order_by("section__position", "section_id", "position", "id")
    )


@dataclass
class AnswerForm:
    """What the answer page needs of a survey, read once and cached until
    the survey, its questions or the registry change (the page a crowd
    opens at once should not read them for every visitor)."""

    survey: Survey
    questions: list[Question]
    themes: list[Theme]
    #: The districts of the owner's province: (id, name).
    districts: list[tuple[int, str]]
    #: Changes whenever anything the blank form shows changes.
    version: str
    #: Whole answer pages for first-time visitors, by (language, host,
    #: address), with a placeholder for the CSRF token.  Kept on the form so
    #: they are dropped with it when the survey, its questions or the
    #: registry change.
    pages: dict[tuple[str, str, str], str] = field(default_factory=dict)


#: AnswerForms this process has read, by (survey id, token); a few at most.
_FORMS: dict[tuple[int, str], AnswerForm] = {}


def answer_form(survey_pk: int) -> AnswerForm | None:
    """The survey's AnswerForm, read from the database once per process and
    version: the shared cache holds only a token that changes with the
    generations, since unpickling the questions on every request cost more
    than the rest of the page."""
    token = cached_value(
        "survey_answer_form_token", survey_pk, (Gen.SURVEYS, Gen.REGISTRY), lambda: uuid.uuid4().hex
    )
    found = _FORMS.get((survey_pk, token))
    if found is not None:
        return found
    survey = Survey.objects.select_related("owner").filter(pk=survey_pk).first()
    if survey is None:
        return None
    questions = load_questions(survey)
    themes = list(Theme.objects.order_by("position"))
    province = survey.owner.province_id
    districts = (
        list(
            District.objects.filter(province_id=province)
            .order_by("sort_key")
            .values_list("pk", "name")
        )
        if province
        else []
    )
    form = AnswerForm(survey, questions, themes, districts, _version(questions))
    if len(_FORMS) >= 32:
        _FORMS.clear()
    _FORMS[(survey_pk, token)] = form
    return form


def _version(questions: list[Question]) -> str:
    return hashlib.sha256(
        json.dumps(
            [
                [
                    q.pk,
                    q.section_id,
                    q.section.title,
                    q.section.description,
                    q.kind,
                    q.text,
                    q.help_text,
                    q.required,
                    q.choices,
                    q.scale,
                    q.min_value,
                    q.max_value,
                    q.show_if_id,
                    q.show_if_value,
                    [t.pk for t in q.themes.all()],
                ]
                for q in questions
            ],
            ensure_ascii=False,
            default=str,
        ).encode()
    ).hexdigest()[:20]


def theme_options(question: Question, all_themes: list[Theme] | None = None) -> list[Theme]:
    chosen = list(question.themes.all())
    if chosen:
        return sorted(chosen, key=lambda t: t.position)
    return all_themes if all_themes is not None else list(Theme.objects.order_by("position"))


def _matches(value: Any, expected: str) -> bool:
    if value is None or value == "" or value == []:
        return False
    if isinstance(value, list):
        return expected in [str(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) == expected


def is_shown(question: Question, answers: dict[str, Any]) -> bool:
    """A question with a condition shows only when the question it depends
    on was answered with the given value."""
    if question.show_if_id is None:
        return True
    return _matches(answers.get(f"q{question.show_if_id}"), question.show_if_value)


def from_post(
    questions: list[Question], data: QueryDict, themes: list[Theme] | None = None
) -> dict[str, Any]:
    """The canonical (not yet checked) answers from a submitted form."""
    raw: dict[str, Any] = {}
    for q in questions:
        key = q.key
        if q.kind == Kind.MULTIPLE:
            values = data.getlist(key)
            if values:
                raw[key] = values
        elif q.kind == Kind.MATRIX:
            rows = {row: data.get(f"{key}_{i}", "") for i, row in enumerate(q.choices)}
            if any(rows.values()):
                raw[key] = {row: value for row, value in rows.items() if value}
        elif q.kind == Kind.RANKING:
            # One "rank" select per theme: order the themes by the rank given.
            ranks: list[tuple[int, str]] = []
            for theme in theme_options(q, themes):
                given = data.get(f"{key}_{theme.code}", "")
                if given.isdigit():
                    ranks.append((int(given), theme.code))
            if ranks:
                raw[key] = [code for _, code in sorted(ranks)]
                raw[f"_{key}_ranks"] = ranks
        else:
            value = data.get(key, "").strip()
            if value:
                raw[key] = value
    return raw


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _scale(value: Any) -> int | None:
    number = _number(value)
    if number is None or not number.is_integer() or not 1 <= number <= 5:
        return None
    return int(number)


def clean_one(q: Question, value: Any, themes: list[Theme] | None = None) -> tuple[Any, str]:
    """The value in canonical form, or an error message."""
    if q.kind == Kind.SINGLE:
        if str(value) not in q.choices:
            return None, _("Choose one of the options.")
        return str(value), ""
    if q.kind == Kind.MULTIPLE:
        values = value if isinstance(value, list) else [value]
        values = [str(v) for v in values]
        if any(v not in q.choices for v in values):
            return None, _("Choose among the options.")
        return [c for c in q.choices if c in values], ""
    if q.kind == Kind.LIKERT:
        point = _scale(value)
        if point is None:
            return None, _("Choose a point of the scale.")
        return point, ""
    if q.kind == Kind.MATRIX:
        if not isinstance(value, dict):
            return None, _("Choose a point of the scale on each row.")
        out: dict[str, int] = {}
        for row, given in value.items():
            point = _scale(given)
            if row not in q.choices or point is None:
                return None, _("Choose a point of the scale on each row.")
            out[str(row)] = point
        if q.required and len(out) < len(q.choices):
            return None, _("Answer every row.")
        return out, ""
    if q.kind == Kind.RANKING:
        codes = [t.code for t in theme_options(q, themes)]
        values = value if isinstance(value, list) else [value]
        values = [str(v) for v in values]
        if any(v not in codes for v in values) or len(set(values)) != len(values):
            return None, _("Give each theme a different rank.")
        return values, ""
    if q.kind == Kind.NUMBER:
        number = _number(value)
        if number is None:
            return None, _("Enter a number.")
        if q.min_value is not None and number < q.min_value:
            return None, _("Enter a number of at least %(min)s.") % {"min": f"{q.min_value:g}"}
        if q.max_value is not None and number > q.max_value:
            return None, _("Enter a number of at most %(max)s.") % {"max": f"{q.max_value:g}"}
        return (int(number) if number.is_integer() else number), ""
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        return None, _("Write at most %(n)s characters.") % {"n": MAX_TEXT}
    return text, ""


def clean(
    questions: list[Question],
    raw: dict[str, Any],
    *,
    final: bool,
    themes: list[Theme] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Checked answers and the errors per question key.  Answers to
    questions hidden by their condition are dropped; a draft (``final``
    false) may leave required questions empty."""
    answers: dict[str, Any] = {}
    errors: dict[str, str] = {}
    all_themes = themes if themes is not None else list(Theme.objects.order_by("position"))
    for q in questions:
        key = q.key
        ranks = raw.get(f"_{key}_ranks")
        if ranks and len({rank for rank, _ in ranks}) != len(ranks):
            errors[key] = _("Give each theme a different rank.")
            continue
        if not is_shown(q, answers):
            continue
        value = raw.get(key)
        if value is None or value == "" or value == [] or value == {}:
            if final and q.required:
                errors[key] = _("This question must be answered.")
            continue
        cleaned, error = clean_one(q, value, all_themes)
        if error:
            errors[key] = error
        else:
            answers[key] = cleaned
    return answers, errors


def canonical(answers: dict[str, Any]) -> str:
    return json.dumps(answers, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def client_ip(request: HttpRequest) -> str:
    # One rule for the whole site: X-Forwarded-For counts only when the
    # request came through a proxy listed in TRUSTED_PROXIES, read from the
    # right, so a client cannot pick its own address to dodge the flood guard.
    return request_address(request)


def fingerprint(request: HttpRequest) -> str:
    """A hash of what identifies a client without a cookie: its address,
    browser and languages.  Kept only as a hash."""
    parts = [
        client_ip(request),
        request.META.get("HTTP_USER_AGENT", ""),
        request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def answer_hash(survey: Survey, answers: dict[str, Any], client: str) -> str:
    payload = f"{survey.pk}\x1f{client}\x1f{canonical(answers)}"
    return hashlib.sha256(payload.encode()).hexdigest()


def rate_limited(request: HttpRequest, survey: Survey) -> bool:
    """Whether this client has submitted too many answers to ``survey``
    lately (``SURVEYS_RATE_LIMIT`` = (count, seconds)); counted in the
    cache, so it needs no outside service."""
    count, seconds = getattr(settings, "SURVEYS_RATE_LIMIT", (20, 3600))
    key = f"surveys:rate:{survey.pk}:{hashlib.sha256(client_ip(request).encode()).hexdigest()}"
    # One round trip to the cache when the counter exists (the usual case).
    try:
        used = cache.incr(key)
    except ValueError:  # not there yet, or expired
        used = 1 if cache.add(key, 1, seconds) else cache.incr(key)
    return bool(used > count)


@dataclass
class Respondent:
    """Who answers, and through which door."""

    audience: str
    invitation: Invitation | None = None
    staff_link: StaffLink | None = None
    district: District | None = None
    name: str = ""
    email: str = ""
    session_key: str = ""
    fingerprint: str = ""


def _draft_for(survey: Survey, who: Respondent, draft: Response | None) -> Response | None:
    if who.invitation is not None:
        return Response.objects.select_for_update().filter(invitation=who.invitation).first()
    if draft is not None:
        return (
            Response.objects.select_for_update()
            .filter(pk=draft.pk, survey=survey, status=ResponseStatus.DRAFT)
            .first()
        )
    return None


def _fill(response: Response, survey: Survey, who: Respondent, answers: dict[str, Any]) -> None:
    response.survey = survey
    response.audience = who.audience
    response.answers = answers
    response.invitation = who.invitation
    response.staff_link = who.staff_link
    response.district = who.district
    if who.invitation is not None:
        inst = who.invitation.institution
        response.institution = inst
        response.group = inst.kind if inst is not None else "person"
        if inst is not None and who.district is None:
            response.district_id = inst.district_id
    if who.staff_link is not None:
        response.institution = who.staff_link.unit
        response.group = "staff"
    if not survey.anonymous:
        response.name, response.email = who.name[:200], who.email
    if who.session_key:
        response.session_key = who.session_key


def save(
    survey: Survey,
    who: Respondent,
    answers: dict[str, Any],
    *,
    final: bool,
    draft: Response | None = None,
    questions: list[Question] | None = None,
) -> Response:
    """Saves a half-finished (``final`` false) or final answer in one
    transaction.  A personal link holds one response: a second final answer
    is refused, even when both arrive at once (the row is locked, and the
    unique constraint settles a race to create it).  A public answer equal
    to one the same client already sent is refused as a duplicate."""
    if not survey.is_open():
        raise AnswerRefused(_("This survey is not open for answers."), "closed")
    if who.audience != survey.audience:
        raise AnswerRefused(_("This link does not belong to this survey."), "audience")
    try:
        with transaction.atomic():
            response = _draft_for(survey, who, draft)
            if response is not None and response.status == ResponseStatus.SUBMITTED:
                raise AnswerRefused(_("This link has already been used to answer."), "answered")
            response = response or Response()
            _fill(response, survey, who, answers)
            if final:
                response.status = ResponseStatus.SUBMITTED
                response.submitted_at = timezone.now()
                if who.audience == Audience.PUBLIC:
                    response.fingerprint = who.fingerprint
                    response.answer_hash = answer_hash(survey, answers, who.fingerprint)
            response.save()
            if final:
                # The results' running totals move in the same transaction.
                from ortakmasa.surveys import totals

                totals.submitted(
                    survey, response, questions if questions is not None else load_questions(survey)
                )
    except IntegrityError as exc:
        if who.invitation is not None:
            raise AnswerRefused(
                _("This link has already been used to answer."), "answered"
            ) from exc
        raise AnswerRefused(
            _("The same answers have already been received from you."), "duplicate"
        ) from exc
    return response
