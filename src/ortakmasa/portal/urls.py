from django.urls import path

from ortakmasa.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<int:pk>/", views.plan, name="plan"),
    path("plans/<int:pk>/goals/<int:goal_pk>/", views.goal, name="goal"),
    path("plans/<int:pk>/consultation/", views.consultation, name="consultation"),
]
