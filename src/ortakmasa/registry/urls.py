from django.urls import path

from ortakmasa.registry import views

app_name = "registry"

urlpatterns = [
    path("institutions/", views.institution_list, name="institution_list"),
    path("institutions/new/", views.institution_create, name="institution_create"),
    path("institutions/<int:pk>/", views.institution_detail, name="institution_detail"),
    path("institutions/<int:pk>/edit/", views.institution_edit, name="institution_edit"),
    path("people/", views.person_list, name="person_list"),
    path("people/new/", views.person_create, name="person_create"),
    path("people/<int:pk>/", views.person_detail, name="person_detail"),
    path("people/<int:pk>/edit/", views.person_edit, name="person_edit"),
    path("people/<int:person_pk>/posts/new/", views.post_create, name="post_create"),
    path("suggest/<str:kind>/", views.suggest, name="suggest"),
    path("provinces/", views.province_list, name="province_list"),
    path("provinces/<int:plate>/", views.province_detail, name="province_detail"),
]
