from django.urls import path

from ortakmasa.kernel.urls import crud
from ortakmasa.registry import views

app_name = "registry"

urlpatterns = [
    *crud(
        "institutions/",
        "institution_",
        (
            views.institution_list,
            views.institution_create,
            views.institution_detail,
            views.institution_edit,
        ),
    ),
    *crud(
        "people/",
        "person_",
        (views.person_list, views.person_create, views.person_detail, views.person_edit),
    ),
    path("people/<int:person_pk>/posts/new/", views.post_create, name="post_create"),
    path("suggest/<str:kind>/", views.suggest, name="suggest"),
    path("provinces/", views.province_list, name="province_list"),
    path("provinces/<int:plate>/", views.province_detail, name="province_detail"),
]
