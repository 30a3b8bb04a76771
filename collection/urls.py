from django.urls import path

from . import views

app_name = "collection"

urlpatterns = [
    path("", views.edition_list, name="list"),
    path("<id:pk>/", views.edition_detail, name="edition"),
    path("<id:pk>/download/<id:build_pk>/", views.build_file, name="download"),
]
