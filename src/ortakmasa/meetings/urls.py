from django.urls import path

from ortakmasa.kernel.urls import crud
from ortakmasa.meetings import views

app_name = "meetings"

urlpatterns = [
    *crud(
        "",
        "meeting_",
        (views.meeting_list, views.meeting_create, views.meeting_detail, views.meeting_edit),
    ),
    path("timeline/", views.timeline, name="timeline"),
    path("export.<str:fmt>", views.export_meetings, name="export"),
    path("follow-ups/", views.follow_up_list, name="follow_ups"),
    path("<int:pk>/discard/", views.meeting_discard, name="meeting_discard"),
    path("<int:pk>/attachments/new/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/attachments/<int:attachment_pk>/", views.attachment_download, name="attachment"),
    path("institutions/<int:pk>/", views.institution_meetings, name="institution_meetings"),
    path("people/<int:pk>/", views.person_meetings, name="person_meetings"),
    *crud(
        "campaigns/",
        "campaign_",
        (views.campaign_list, views.campaign_edit, views.campaign_detail, views.campaign_edit),
    ),
    path("campaigns/<int:pk>/exclude/", views.campaign_exclude, name="campaign_exclude"),
    path("imports/", views.import_upload, name="import_upload"),
    path("imports/<int:pk>/", views.import_batch_detail, name="import_batch"),
    path("documents/<int:pk>/", views.document_review, name="document_review"),
    path(
        "suggestions/<int:pk>/<str:decision>/",
        views.suggestion_decide,
        name="suggestion_decide",
    ),
]
