from django.urls import path

from ortakmasa.kernel.urls import crud
from ortakmasa.surveys import views

app_name = "surveys"

urlpatterns = [
    # The strategy office
    *crud("", "", (views.survey_list, views.survey_create, views.survey_detail, views.survey_edit)),
    path("<int:pk>/sections/", views.section_add, name="section_add"),
    path("<int:pk>/questions/new/", views.question_add, name="question_add"),
    path("<int:pk>/questions/<int:question_pk>/", views.question_edit, name="question_edit"),
    path(
        "<int:pk>/questions/<int:question_pk>/delete/",
        views.question_delete,
        name="question_delete",
    ),
    path("<int:pk>/preview/", views.preview, name="preview"),
    path("<int:pk>/links/", views.links, name="links"),
    path("<int:pk>/results/", views.results_view, name="results"),
    path("<int:pk>/export.<str:fmt>", views.export, name="export"),
    path("<int:pk>/scores/", views.scores, name="scores"),
    path("<int:pk>/scores/apply/", views.scores_apply, name="scores_apply"),
    path("personal-data/", views.personal_data, name="personal_data"),
    # Answering
    path("open/", views.public_list, name="public_list"),
    path("<int:pk>/answer/", views.answer, name="answer"),
    path("<int:pk>/thanks/", views.thanks, name="thanks"),
    path("invited/<str:token>/", views.answer_invited, name="answer_invited"),
    path("staff/<str:token>/", views.answer_staff, name="answer_staff"),
    path("resume/<str:token>/", views.resume, name="resume"),
    # Citizens' proposals
    path("proposals/", views.citizen_list, name="citizen_list"),
    path("proposals/new/", views.citizen_new, name="citizen_new"),
    path("proposals/confirm/<str:signed>/", views.citizen_confirm, name="citizen_confirm"),
    path("proposals/status/<str:token>/", views.citizen_status, name="citizen_status"),
    path("proposals/<int:pk>/", views.citizen_detail, name="citizen_detail"),
    path("proposals/<int:pk>/photo/", views.citizen_photo, name="citizen_photo"),
    path("proposals/<int:pk>/support/", views.citizen_support, name="citizen_support"),
    path("proposals/support/<str:signed>/", views.support_confirm, name="support_confirm"),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/<int:pk>/", views.moderate, name="moderate"),
]
