"""Test settings: fast hasher, plain static storage, local memory cache, immediate tasks.

The database still comes from DATABASE_URL, so the same suite runs on SQLite and PostgreSQL.
"""

from .base import *  # noqa: F403

SECRET_KEY = "test-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
# The books link to the public site, not to the test client's host (preflight would warn).
COLLECTION_PUBLIC_BASE_URL = "https://konstruktor.example.org"
# Uploaded test files; TEST_FILES_DIR keeps two test runs side by side (CI runs SQLite and
# PostgreSQL at once) from deleting each other's files.
TEST_FILES_DIR = Path(os.environ.get("TEST_FILES_DIR", BASE_DIR / "var"))  # noqa: F405
MEDIA_ROOT = TEST_FILES_DIR / "test-media"
PRIVATE_MEDIA_ROOT = TEST_FILES_DIR / "test-private"
# Static files are served by the test client's staticfiles finders, not by WhiteNoise.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# client.login() authenticates without a request, which django-axes needs to count by; the
# login-throttling tests turn it on.
AXES_ENABLED = False
# Tests sign staff in with force_login; the two-factor tests set these themselves.
STAFF_2FA_REQUIRED_GROUPS = []
STAFF_2FA_REQUIRED_FOR_SUPERUSERS = False
PAGE_CACHE_SECONDS = 0  # on in tests/cms/test_page_cache.py, which clears the cache first
