from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from ortakmasa.accounts.throttle import ThrottledAuthenticationForm
from ortakmasa.cooperation.api import CooperationViewSet, NetworkViewSet, ProjectViewSet
from ortakmasa.core import views as core_views
from ortakmasa.meetings.api import CampaignViewSet, MeetingViewSet
from ortakmasa.monitoring.api import IndicatorValuesViewSet
from ortakmasa.plans.api import PlanViewSet
from ortakmasa.proposals.api import ProposalViewSet
from ortakmasa.registry.api import InstitutionViewSet, PersonViewSet

router = DefaultRouter()
router.register("institutions", InstitutionViewSet, basename="institution")
router.register("people", PersonViewSet, basename="person")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("campaigns", CampaignViewSet, basename="campaign")
router.register("proposals", ProposalViewSet, basename="proposal")
router.register("plans", PlanViewSet, basename="plan")
router.register("cooperations", CooperationViewSet, basename="cooperation")
router.register("projects", ProjectViewSet, basename="project")
router.register("network", NetworkViewSet, basename="network")
router.register("indicators", IndicatorValuesViewSet, basename="indicator")

urlpatterns = [
    path("", include("ortakmasa.core.urls")),
    path("registry/", include("ortakmasa.registry.urls")),
    path("meetings/", include("ortakmasa.meetings.urls")),
    path("proposals/", include("ortakmasa.proposals.urls")),
    path("plans/", include("ortakmasa.plans.urls")),
    path("cooperation/", include("ortakmasa.cooperation.urls")),
    path("monitoring/", include("ortakmasa.monitoring.urls")),
    path("portal/", include("ortakmasa.portal.urls")),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(authentication_form=ThrottledAuthenticationForm),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("api/v1/", include(router.urls)),
    path("api/v1/token/", core_views.api_token, name="api_token"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
]

handler403 = "ortakmasa.core.views.permission_denied"
handler404 = "ortakmasa.core.views.not_found"
handler400 = "ortakmasa.core.views.bad_request"
handler500 = "ortakmasa.core.views.server_error"
