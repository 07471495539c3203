from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path, reverse_lazy
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from ortakmasa.accounts.throttle import ThrottledAuthenticationForm
from ortakmasa.cooperation.api import CooperationViewSet, NetworkViewSet, ProjectViewSet
from ortakmasa.cycle.api import (
    ActivityReportViewSet,
    BoardMeetingViewSet,
    IssuedReportViewSet,
    PlanUpdateViewSet,
    ProgrammeViewSet,
)
from ortakmasa.meetings.api import CampaignViewSet, MeetingViewSet
from ortakmasa.monitoring.api import IndicatorValuesViewSet, PlanProgressViewSet
from ortakmasa.plans.api import PlanViewSet
from ortakmasa.proposals.api import ClusterViewSet, ProposalViewSet, SuggestionViewSet
from ortakmasa.registry.api import InstitutionViewSet, PersonViewSet
from ortakmasa.search import views as search_views
from ortakmasa.site import views
from ortakmasa.surveys.api import CitizenProposalViewSet, SurveyViewSet

router = DefaultRouter()
router.register("institutions", InstitutionViewSet, basename="institution")
router.register("people", PersonViewSet, basename="person")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("campaigns", CampaignViewSet, basename="campaign")
router.register("proposals", ProposalViewSet, basename="proposal")
router.register("clusters", ClusterViewSet, basename="cluster")
router.register("duplicate-suggestions", SuggestionViewSet, basename="duplicate-suggestion")
router.register("plans", PlanViewSet, basename="plan")
router.register("cooperations", CooperationViewSet, basename="cooperation")
router.register("projects", ProjectViewSet, basename="project")
router.register("network", NetworkViewSet, basename="network")
router.register("indicators", IndicatorValuesViewSet, basename="indicator")
router.register("programmes", ProgrammeViewSet, basename="programme")
router.register("activity-reports", ActivityReportViewSet, basename="activity-report")
router.register("issued-reports", IssuedReportViewSet, basename="issued-report")
router.register("board-meetings", BoardMeetingViewSet, basename="board-meeting")
router.register("plan-updates", PlanUpdateViewSet, basename="plan-update")
router.register("surveys", SurveyViewSet, basename="survey")
router.register("citizen-proposals", CitizenProposalViewSet, basename="citizen-proposal")

urlpatterns = [
    path(
        "",
        include(
            (
                [
                    path("", views.home, name="home"),
                    path("health/", views.health, name="health"),
                    path("favicon.ico", views.favicon, name="favicon"),
                ],
                "site",
            )
        ),
    ),
    path("registry/", include("ortakmasa.registry.urls")),
    path("meetings/", include("ortakmasa.meetings.urls")),
    path("proposals/", include("ortakmasa.proposals.urls")),
    path("plans/", include("ortakmasa.plans.urls")),
    path("cooperation/", include("ortakmasa.cooperation.urls")),
    path("monitoring/", include("ortakmasa.monitoring.urls")),
    path("cycle/", include("ortakmasa.cycle.urls")),
    path("portal/", include("ortakmasa.portal.urls")),
    path("search/", search_views.search, name="search"),
    path("surveys/", include("ortakmasa.surveys.urls")),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(authentication_form=ThrottledAuthenticationForm),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/users/", include("ortakmasa.accounts.urls")),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("login"), post_reset_login=False
        ),
        name="password_reset_confirm",
    ),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    # A plan's progress is monitoring's, under the plan's address: the site
    # composes the two so that plans need not import monitoring.
    re_path(
        r"^api/v1/plans/(?P<pk>[^/.]+)/progress/$",
        PlanProgressViewSet.as_view({"get": "progress"}),
        name="plan-progress",
    ),
    path("api/v1/", include(router.urls)),
    path("api/v1/token/", views.api_token, name="api_token"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
]

handler400 = "ortakmasa.site.views.bad_request"
handler403 = "ortakmasa.site.views.permission_denied"
handler404 = "ortakmasa.site.views.not_found"
handler500 = "ortakmasa.site.views.server_error"
