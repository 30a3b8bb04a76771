from django.urls import path

from . import public_views

app_name = "collection"

urlpatterns = [
    path("", public_views.edition_list, name="list"),
    path("<int:pk>/", public_views.edition_detail, name="edition"),
    path("<int:pk>/download/<int:build_pk>/", public_views.build_file, name="download"),
]
