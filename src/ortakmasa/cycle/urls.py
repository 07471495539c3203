from django.urls import path

from ortakmasa.cycle import views

app_name = "cycle"

urlpatterns = [
    path("plans/<int:pk>/", views.plan, name="plan"),
    path("plans/<int:pk>/meetings/", views.meeting, name="meeting"),
    path("plans/<int:pk>/issue/", views.issue, name="issue"),
    path("plans/<int:pk>/<str:kind>/<int:year>.<str:fmt>", views.document, name="document"),
    path("issued/<int:pk>.<str:fmt>", views.issued_file, name="issued_file"),
    path("plans/<int:pk>/programmes/new/", views.programme_new, name="programme_new"),
    path("programmes/<int:pk>/edit/", views.programme_edit, name="programme_edit"),
    path("plans/<int:pk>/activity-reports/new/", views.report_new, name="report_new"),
    path("activity-reports/<int:pk>/edit/", views.report_edit, name="report_edit"),
    path("plans/<int:pk>/updates/new/", views.update_new, name="update_new"),
    path("updates/<int:pk>/", views.update, name="update"),
    path("objectives/<int:pk>/evaluation/<int:year>/", views.evaluation, name="evaluation"),
]
