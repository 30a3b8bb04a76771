from django.urls import path

from programme import views

app_name = "programme"

urlpatterns = [
    path("results/", views.results, name="results"),
]
