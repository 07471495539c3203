from django.urls import include, path

from ortakmasa.monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("", views.index, name="index"),
    # One plan's monitoring.
    path(
        "plans/<int:pk>/",
        include(
            [
                path("", views.dashboard, name="dashboard"),
                path("review/", views.review, name="review"),
                path("settings/", views.settings_view, name="settings"),
                path("report.<str:fmt>", views.report, name="report"),
            ]
        ),
    ),
    path("indicators/<int:pk>/", views.indicator, name="indicator"),
    path("values/<int:pk>/", views.value_detail, name="value"),
    path("values/<int:pk>/decide/", views.decide, name="decide"),
    path("evidence/<int:pk>/", views.evidence, name="evidence"),
]
