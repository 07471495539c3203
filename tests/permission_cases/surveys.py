"""Permission cases of surveys and citizens' proposals: the builder,
results and moderation are the strategy office's; answering and the
citizens' pages are open to anyone with the address."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from ortakmasa.registry.models import District
from ortakmasa.surveys import citizens
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    CitizenStatus,
    Invitation,
    Kind,
    Question,
    Response,
    StaffLink,
    Support,
    Survey,
    SurveyStatus,
)
from tests.permission_cases import OFFICE_ONLY, Case, api_case, everyone, ibb

PLANNERS = OFFICE_ONLY
PLANNERS_POST = {**PLANNERS, "admin": 302, "office": 302}
# A draft is found only by those who build it.
DRAFT = {**everyone(404), "admin": 200, "office": 200}


def survey(audience: str = Audience.PUBLIC, status: str = SurveyStatus.PUBLISHED) -> Survey:
    title = f"Yetki denemesi anketi {audience} {status}"
    found = Survey.objects.filter(title=title).first()
    if found:
        return found
    s = Survey.objects.create(title=title, owner=ibb(), audience=audience, status=status)
    section = s.sections.create(title="Genel", position=1)
    Question.objects.create(
        survey=s,
        section=section,
        kind=Kind.SINGLE,
        text="Memnun musunuz?",
        choices=["Evet", "Hayır"],
        required=True,
    )
    return s


def question() -> Question:
    return survey().questions.get()


def question_count() -> int:
    return Question.objects.filter(survey=survey()).count()


def invitation() -> Invitation:
    s = survey(Audience.STAKEHOLDER)
    found = s.invitations.first()
    return found or Invitation.objects.create(survey=s, institution=ibb())


def staff_link() -> StaffLink:
    s = survey(Audience.STAFF)
    found = s.staff_links.first()
    return found or StaffLink.objects.create(survey=s, unit=ibb())


def draft_response() -> Response:
    s = survey()
    found = s.responses.filter(status="draft").first()
    return found or Response.objects.create(survey=s, audience=Audience.PUBLIC)


def kadikoy() -> District:
    return District.objects.get(name="Kadıköy", province__plate=34)


def citizen(status: str = CitizenStatus.PUBLISHED) -> CitizenProposal:
    title = f"Yetki denemesi: park ({status})"
    found = CitizenProposal.objects.filter(title=title).first()
    if found:
        return found
    item = CitizenProposal(
        title=title,
        description="Parka bank konsun.",
        district=kadikoy(),
        email="vatandas@example.org",
        status=status,
    )
    # One fixed file, reused by every run.
    name = "citizen-proposals/tests/yetki.png"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(b"\x89PNG\r\n\x1a\n"))
    item.photo.name = name
    item.save()
    return item


def support() -> Support:
    item = citizen()
    found = item.supports.first()
    return found or Support.objects.create(
        citizen_proposal=item,
        email="destek@example.org",
        email_key=citizens.email_key("destek@example.org"),
    )


def answer_form() -> dict[str, object]:
    return {question().key: "Evet", "action": "submit"}


CASES = [
    Case("surveys:list", PLANNERS),
    Case("surveys:create", PLANNERS),
    Case("surveys:detail", PLANNERS, args=lambda: [survey().pk]),
    Case("surveys:edit", PLANNERS, args=lambda: [survey().pk]),
    Case(
        "surveys:section_add",
        PLANNERS_POST,
        method="post",
        args=lambda: [survey().pk],
        data=lambda: {"title": "Yeni bölüm", "position": 2},
    ),
    Case("surveys:question_add", PLANNERS, args=lambda: [survey().pk]),
    Case("surveys:question_edit", PLANNERS, args=lambda: [survey().pk, question().pk]),
    Case(
        "surveys:question_delete",
        PLANNERS_POST,
        method="post",
        args=lambda: [survey().pk, question().pk],
        unchanged=question_count,
    ),
    Case("surveys:preview", PLANNERS, args=lambda: [survey().pk]),
    Case("surveys:links", PLANNERS, args=lambda: [survey(Audience.STAKEHOLDER).pk]),
    Case("surveys:results", PLANNERS, args=lambda: [survey().pk]),
    Case("surveys:export", PLANNERS, args=lambda: [survey().pk, "csv"]),
    Case("surveys:export", PLANNERS, args=lambda: [survey().pk, "xlsx"], label=" xlsx"),
    Case("surveys:scores", PLANNERS, args=lambda: [survey(Audience.STAKEHOLDER).pk]),
    Case(
        "surveys:scores_apply",
        PLANNERS_POST,
        method="post",
        args=lambda: [survey(Audience.STAKEHOLDER).pk],
        data=lambda: {"plan": "", "institutions": []},
    ),
    Case("surveys:personal_data", PLANNERS),
    Case("surveys:public_list", everyone(200)),
    Case("surveys:answer", everyone(200), args=lambda: [survey().pk]),
    Case(
        "surveys:answer",
        everyone(302),
        method="post",
        args=lambda: [survey().pk],
        data=answer_form,
        label=" post",
    ),
    Case(
        "surveys:answer",
        DRAFT,
        args=lambda: [survey(status=SurveyStatus.DRAFT).pk],
        label=" draft",
    ),
    Case("surveys:thanks", everyone(200), args=lambda: [survey().pk]),
    Case("surveys:answer_invited", everyone(200), args=lambda: [invitation().token]),
    Case("surveys:answer_staff", everyone(200), args=lambda: [staff_link().token]),
    Case("surveys:resume", everyone(302), args=lambda: [draft_response().resume_token]),
    Case("surveys:citizen_list", everyone(200)),
    Case("surveys:citizen_new", everyone(200)),
    Case(
        "surveys:citizen_confirm",
        everyone(302),
        args=lambda: [citizens.confirm_link(citizen(CitizenStatus.UNCONFIRMED))],
    ),
    Case(
        "surveys:citizen_status",
        everyone(200),
        args=lambda: [citizen(CitizenStatus.HIDDEN).token],
    ),
    Case("surveys:citizen_detail", everyone(200), args=lambda: [citizen().pk]),
    Case(
        "surveys:citizen_detail",
        {**everyone(404), "admin": 200, "office": 200},
        args=lambda: [citizen(CitizenStatus.PENDING).pk],
        label=" waiting for moderation",
    ),
    Case("surveys:citizen_photo", everyone(200), args=lambda: [citizen().pk]),
    Case(
        "surveys:citizen_support",
        everyone(302),
        method="post",
        args=lambda: [citizen().pk],
        data=lambda: {"email": "yeni@example.org"},
    ),
    Case(
        "surveys:support_confirm",
        everyone(302),
        args=lambda: [citizens.support_link(support())],
    ),
    Case("surveys:moderation", PLANNERS),
    Case("surveys:moderate", PLANNERS, args=lambda: [citizen(CitizenStatus.PENDING).pk]),
    Case("survey-list", everyone(200)),
    Case("survey-detail", everyone(200), args=lambda: [survey().pk]),
    Case(
        "survey-detail",
        DRAFT,
        args=lambda: [survey(status=SurveyStatus.DRAFT).pk],
        label=" draft",
    ),
    api_case(
        "survey-answers",
        everyone(201),
        args=lambda: [survey().pk],
        data=lambda: {"answers": {question().key: "Hayır"}},
    ),
    Case("citizen-proposal-list", everyone(200)),
    Case("citizen-proposal-detail", everyone(200), args=lambda: [citizen().pk]),
    Case(
        "citizen-proposal-detail",
        {**everyone(404), "admin": 200, "office": 200},
        args=lambda: [citizen(CitizenStatus.PENDING).pk],
        label=" waiting for moderation",
    ),
    api_case(
        "citizen-proposal-list",
        everyone(201),
        label=" send",
        data=lambda: {
            "title": "API ile öneri",
            "description": "Sokak lambası yanmıyor.",
            "district": kadikoy().pk,
            "email": "api@example.org",
        },
    ),
]
