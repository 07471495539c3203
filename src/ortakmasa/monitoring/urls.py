from django.urls import path

from ortakmasa.monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("", views.index, name="index"),
    path("plans/<int:pk>/", views.dashboard, name="dashboard"),
    path("plans/<int:pk>/review/", views.review, name="review"),
    path("plans/<int:pk>/settings/", views.settings_view, name="settings"),
    path("plans/<int:pk>/report.<str:fmt>", views.report, name="report"),
    path("indicators/<int:pk>/", views.indicator, name="indicator"),
    path("values/<int:pk>/", views.value_detail, name="value"),
    path("values/<int:pk>/decide/", views.decide, name="decide"),
    path("evidence/<int:pk>/", views.evidence, name="evidence"),
]
