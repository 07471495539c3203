from django.urls import path

from ortakmasa.meetings import views

app_name = "meetings"

urlpatterns = [
    path("", views.meeting_list, name="meeting_list"),
    path("new/", views.meeting_create, name="meeting_create"),
    path("timeline/", views.timeline, name="timeline"),
    path("export.<str:fmt>", views.export_meetings, name="export"),
    path("follow-ups/", views.follow_up_list, name="follow_ups"),
    path("<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("<int:pk>/discard/", views.meeting_discard, name="meeting_discard"),
    path("<int:pk>/attachments/new/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/attachments/<int:attachment_pk>/", views.attachment_download, name="attachment"),
    path("institutions/<int:pk>/", views.institution_meetings, name="institution_meetings"),
    path("people/<int:pk>/", views.person_meetings, name="person_meetings"),
    path("campaigns/", views.campaign_list, name="campaign_list"),
    path("campaigns/new/", views.campaign_edit, name="campaign_create"),
    path("campaigns/<int:pk>/", views.campaign_detail, name="campaign_detail"),
    path("campaigns/<int:pk>/edit/", views.campaign_edit, name="campaign_edit"),
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
