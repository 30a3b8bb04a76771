"""Local development: the embedded default (SQLite, local media, console e-mail)."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-insecure-key-not-for-production")
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# runserver serves static files itself in development.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# The demo's users sign in with the printed password alone; any of them may still turn on
# two-factor authentication (account menu). Set these to try the requirement.
STAFF_2FA_REQUIRED_GROUPS = env_list("STAFF_2FA_REQUIRED_GROUPS")  # noqa: F405
STAFF_2FA_REQUIRED_FOR_SUPERUSERS = os.environ.get("STAFF_2FA_REQUIRED_FOR_SUPERUSERS") == "1"
