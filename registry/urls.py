from django.urls import path

from registry import views

app_name = "registry"

urlpatterns = [
    path("", views.community_list, name="list"),
    path("map/", views.community_map, name="map"),
    path("add/", views.community_add, name="add"),
    path("add/thanks/", views.community_add_thanks, name="thanks"),
    path("municipality/<slug:slug>/", views.municipality_detail, name="municipality"),
    path("<slug:slug>/", views.community_detail, name="community"),
]
