from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from registry.api import views

app_name = "registry_api"

router = SimpleRouter()
router.register("communities", views.CommunityViewSet, basename="community")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
router.register("spheres", views.SphereViewSet, basename="sphere")

urlpatterns = [
    path("geojson/communities/", views.CommunityGeoJSONView.as_view(), name="community-geojson"),
    path(
        "geojson/municipalities/",
        views.MunicipalityGeoJSONView.as_view(),
        name="municipality-geojson",
    ),
    path("statistics/", views.StatisticsView.as_view(), name="statistics"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    *router.urls,
]
