"""The site's URLs plus one that fails, to see the 500 page as a visitor would."""

from django.urls import path

from cms.urls import handler500  # noqa: F401
from cms.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("a failing view for the 500 page test")


urlpatterns = [path("fail/", fail), *site_urlpatterns]
