from django.urls import path

from ortakmasa.kernel.urls import crud
from ortakmasa.plans import views

app_name = "plans"

urlpatterns = [
    *crud(
        "",
        "",
        (views.plan_list, views.plan_create, views.plan_detail, views.plan_edit),
        record=[
            path("outline/", views.outline, name="outline"),
            path("tables/<str:kind>/", views.table, name="table"),
            path("trace/", views.trace_view, name="trace"),
            path("status/", views.status, name="status"),
            path("versions/", views.versions, name="versions"),
            path("versions/diff/", views.version_diff, name="version_diff"),
            path("history/", views.history, name="history"),
            path("comments/", views.comment, name="comment"),
            path("export.<str:fmt>", views.export, name="export"),
        ],
    ),
    path("goals/<int:pk>/", views.goal_edit, name="goal_edit"),
    path("objectives/<int:pk>/", views.objective_edit, name="objective_edit"),
    path("objectives/suggest/", views.objective_suggest, name="objective_suggest"),
    path("indicators/<int:pk>/", views.indicator_edit, name="indicator_edit"),
]
