"""Production: every secret and host from the environment; refuses to start without them."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in the environment.")
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment.")

DEBUG = False
# Several processes (gunicorn's workers, app servers, db_worker) share versions and sessions
# through the cache: a process-local cache is an error (cms.checks.shared_cache_check) unless
# the deployment says one process alone serves and changes the site.
SHARED_CACHE_REQUIRED = os.environ.get("SINGLE_PROCESS", "") != "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Persistent database connections: a connection per request costs a sync worker several
# milliseconds; health checks drop one the database closed.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Wagtail's live preview shows the page in a same-origin frame, so SAMEORIGIN is deliberate.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
