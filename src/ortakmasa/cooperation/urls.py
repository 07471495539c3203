from django.urls import path

from ortakmasa.cooperation import views

app_name = "cooperation"

urlpatterns = [
    path("", views.cooperation_list, name="list"),
    path("new/", views.cooperation_create, name="create"),
    path("export.<str:fmt>", views.export, name="export"),
    path("from-meeting/<int:meeting_pk>/", views.from_meeting, name="from_meeting"),
    path("<int:pk>/", views.cooperation_detail, name="detail"),
    path("<int:pk>/edit/", views.cooperation_edit, name="edit"),
    path("<int:pk>/documents/", views.document_add, name="document_add"),
    path("documents/<int:pk>/", views.document_download, name="document_download"),
    path("projects/", views.project_list, name="project_list"),
    path("projects/new/", views.project_create, name="project_create"),
    path("projects/export.<str:fmt>", views.project_export, name="project_export"),
    path("projects/<int:pk>/", views.project_detail, name="project_detail"),
    path("projects/<int:pk>/edit/", views.project_edit, name="project_edit"),
    path("institutions/<int:pk>/", views.institution_page, name="institution"),
    path("institutions/<int:pk>/matches/", views.matches, name="matches"),
    path("network/", views.network, name="network"),
    path("network.<str:fmt>", views.network_export, name="network_export"),
    path("commitments/overdue/", views.overdue, name="overdue"),
]
