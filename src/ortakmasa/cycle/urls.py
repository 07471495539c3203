from django.urls import include, path

from ortakmasa.cycle import views

app_name = "cycle"

urlpatterns = [
    # One plan's yearly cycle: what is issued and what is started from it.
    path(
        "plans/<int:pk>/",
        include(
            [
                path("", views.plan, name="plan"),
                path("meetings/", views.meeting, name="meeting"),
                path("issue/", views.issue, name="issue"),
                path("<str:kind>/<int:year>.<str:fmt>", views.document, name="document"),
                path("programmes/new/", views.programme_new, name="programme_new"),
                path("activity-reports/new/", views.report_new, name="report_new"),
                path("updates/new/", views.update_new, name="update_new"),
            ]
        ),
    ),
    path("issued/<int:pk>.<str:fmt>", views.issued_file, name="issued_file"),
    path("programmes/<int:pk>/edit/", views.programme_edit, name="programme_edit"),
    path("activity-reports/<int:pk>/edit/", views.report_edit, name="report_edit"),
    path("updates/<int:pk>/", views.update, name="update"),
    path("objectives/<int:pk>/evaluation/<int:year>/", views.evaluation, name="evaluation"),
]
