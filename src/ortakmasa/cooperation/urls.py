from django.urls import path

from ortakmasa.cooperation import views
from ortakmasa.kernel.urls import crud

app_name = "cooperation"

urlpatterns = [
    *crud(
        "",
        "",
        (
            views.cooperation_list,
            views.cooperation_create,
            views.cooperation_detail,
            views.cooperation_edit,
        ),
    ),
    path("export.<str:fmt>", views.export, name="export"),
    path("from-meeting/<int:meeting_pk>/", views.from_meeting, name="from_meeting"),
    path("<int:pk>/documents/", views.document_add, name="document_add"),
    path("documents/<int:pk>/", views.document_download, name="document_download"),
    *crud(
        "projects/",
        "project_",
        (views.project_list, views.project_create, views.project_detail, views.project_edit),
    ),
    path("projects/export.<str:fmt>", views.project_export, name="project_export"),
    path("institutions/<int:pk>/", views.institution_page, name="institution"),
    path("institutions/<int:pk>/matches/", views.matches, name="matches"),
    path("network/", views.network, name="network"),
    path("network.<str:fmt>", views.network_export, name="network_export"),
    path("commitments/overdue/", views.overdue, name="overdue"),
]
