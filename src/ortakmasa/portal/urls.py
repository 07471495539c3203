from django.urls import include, path

from ortakmasa.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "plans/<int:pk>/",
        include(
            [
                path("", views.plan, name="plan"),
                path("goals/<int:goal_pk>/", views.goal, name="goal"),
                path("consultation/", views.consultation, name="consultation"),
            ]
        ),
    ),
]
