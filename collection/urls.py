from django.urls import path

from . import public_views

app_name = "collection"

urlpatterns = [
    path("", public_views.edition_list, name="list"),
    path("<id:pk>/", public_views.edition_detail, name="edition"),
    path("<id:pk>/download/<id:build_pk>/", public_views.build_file, name="download"),
]
