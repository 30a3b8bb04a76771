"""The framework's ceiling for bench/site_bench.py: a minimal Django project whose one view
returns a fixed 30 KB page, served by the same gunicorn configuration as the app servers.

    .venv/bin/gunicorn bench.ceiling:application --config deploy/gunicorn.conf.py
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE = ("<!DOCTYPE html><html><body>" + "<p>Community builder</p>" * 1300)[:30_000]

settings.configure(
    DEBUG=False,
    SECRET_KEY="ceiling-benchmark-only",  # noqa: S106 (no sessions, no signing)
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)


def page(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", page)]
application = get_wsgi_application()
