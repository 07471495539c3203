from django.urls import path

from ortakmasa.kernel.urls import crud
from ortakmasa.proposals import views

app_name = "proposals"

urlpatterns = [
    *crud(
        "",
        "",
        (views.proposal_list, views.proposal_create, views.proposal_detail, views.proposal_edit),
    ),
    path("public/", views.public_list, name="public"),
    path("upload/", views.upload_view, name="upload"),
    path("upload/template.xlsx", views.upload_template, name="upload_template"),
    path("export.<str:fmt>", views.export, name="export"),
    path("from-meeting/<int:meeting_pk>/", views.from_meeting, name="from_meeting"),
    path("heatmap/", views.heatmap, name="heatmap"),
    path("priorities/", views.priorities, name="priorities"),
    path("clusters/", views.cluster_list, name="clusters"),
    path("duplicates/", views.duplicate_queue, name="duplicates"),
    path("duplicates/<int:pk>/", views.duplicate_decide, name="duplicate_decide"),
    path("clusters/run/", views.cluster_start, name="cluster_start"),
    path("clusters/runs/<int:pk>/", views.run_progress, name="run_progress"),
    path("clusters/<int:pk>/", views.cluster_detail, name="cluster_detail"),
    path("clusters/<int:pk>/merge/", views.cluster_merge, name="cluster_merge"),
    path("clusters/<int:pk>/split/", views.cluster_split, name="cluster_split"),
    path("<int:pk>/decision/", views.proposal_decide, name="decide"),
    path("<int:pk>/attachments/new/", views.attachment_add, name="attachment_add"),
    path(
        "<int:pk>/attachments/<int:attachment_pk>/",
        views.attachment_download,
        name="attachment",
    ),
]
