"""The demo and local development: SQLite, local media, console e-mail.

DEBUG stays off so a mistyped address shows the site's own 404 page, not Django's technical
page with the URL list; WhiteNoise serves static files straight from the apps and
node_modules (no collectstatic) and the demo's media are served by Django (cms/urls.py).
Set DJANGO_DEBUG=1 for Django's debug pages while developing.
"""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
DEMO = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-insecure-key-not-for-production")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver", *env_list("ALLOWED_HOSTS")]  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Static files found where they live, re-read on every request while the code changes.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The demo's users sign in with the printed password alone; any of them may still turn on
# two-factor authentication (account menu). Set these to try the requirement.
STAFF_2FA_REQUIRED_GROUPS = env_list("STAFF_2FA_REQUIRED_GROUPS")  # noqa: F405
STAFF_2FA_REQUIRED_FOR_SUPERUSERS = os.environ.get("STAFF_2FA_REQUIRED_FOR_SUPERUSERS") == "1"
