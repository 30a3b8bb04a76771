from django.urls import path

from programme import views

app_name = "programme"

urlpatterns = [
    path("results/", views.results, name="results"),
    path("open-data/", views.open_data, name="open_data"),
    path("open-data/download/", views.open_data_download, name="open_data_download"),
    path("selection/apply/", views.selection_apply, name="selection_apply"),
    path("selection/applied/", views.selection_applied, name="selection_applied"),
    path("selection/confirm/<str:token>/", views.selection_confirm, name="selection_confirm"),
    path("events/<id:event_id>/register/", views.event_register, name="event_register"),
    path("events/<id:event_id>/registered/", views.event_registered, name="event_registered"),
    path(
        "registrations/<uuid:token>/cancel/",
        views.registration_cancel,
        name="registration_cancel",
    ),
]
