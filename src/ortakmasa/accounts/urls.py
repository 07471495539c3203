from django.urls import path

from ortakmasa.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.user_list, name="user_list"),
    path("new/", views.user_invite, name="user_invite"),
    path("<int:pk>/", views.user_edit, name="user_edit"),
    path("<int:pk>/reset-password/", views.user_reset_password, name="user_reset_password"),
]
