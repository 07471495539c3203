"""Permission rules for surveys and citizens' proposals (see
``kernel.policy``).

* the strategy office builds, reads and exports the surveys of its
  municipality, and moderates the citizens' proposals about its province;
* everyone reads a published public survey (answering is open to anyone
  holding its address, or a personal or unit link, and is checked by the
  answering service, not by roles);
* everyone reads published citizens' proposals; anyone may send one.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import (
    Action,
    in_scope,
    office_manages,
    office_rows,
    scope_q,
)
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    CitizenStatus,
    Invitation,
    Question,
    Response,
    Section,
    StaffLink,
    Survey,
    SurveyStatus,
)

PUBLISHED_CITIZEN = (CitizenStatus.PUBLISHED, CitizenStatus.MERGED)


def manages_survey(user: Any, survey: Survey | None) -> bool:
    return office_manages(user, lambda: survey is None or in_scope(user, survey.owner))


def public_survey_q(prefix: str = "") -> Q:
    return Q(**{f"{prefix}audience": Audience.PUBLIC}) & ~Q(
        **{f"{prefix}status": SurveyStatus.DRAFT}
    )


class SurveyRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if action == Action.VIEW and isinstance(obj, Survey) and obj.is_public:
            return True
        if action == Action.VIEW and obj is None:
            return True
        assert obj is None or isinstance(obj, Survey)
        return manages_survey(user, obj)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return office_rows(
            user, qs, lambda: scope_q(user, "owner__") | public_survey_q(), public_survey_q()
        )


class SurveyPartRule:
    """Sections, questions, links and responses follow their survey; only
    its office reads and changes them (the public reads questions through
    the survey)."""

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        survey = getattr(obj, "survey", None) if obj is not None else None
        return manages_survey(user, survey)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return office_rows(user, qs, lambda: scope_q(user, "survey__owner__"))


def moderates(user: Any, item: CitizenProposal | None) -> bool:
    def in_home_province() -> bool:
        if item is None:
            return True
        province_id = policy.home_province_id(user)
        return province_id is not None and item.district.province_id == province_id

    return office_manages(user, in_home_province)


class CitizenProposalRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if action == Action.ADD:
            return True  # the portal form needs no account
        if action == Action.VIEW:
            if obj is None:
                return True
            assert isinstance(obj, CitizenProposal)
            return obj.status in PUBLISHED_CITIZEN or moderates(user, obj)
        assert obj is None or isinstance(obj, CitizenProposal)
        return moderates(user, obj)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        published = Q(status__in=PUBLISHED_CITIZEN)
        return office_rows(
            user,
            qs,
            lambda: published | Q(district__province_id=policy.home_province_id(user)),
            published,
        )


def register_all() -> None:
    policy.register(Survey, SurveyRule())
    for model in (Section, Question, Invitation, StaffLink, Response):
        policy.register(model, SurveyPartRule())
    policy.register(CitizenProposal, CitizenProposalRule())
    # The main navigation's "Surveys" link, and the office's survey pages.
    policy.register_capability("manage_surveys", manages_survey)
