"""Settings shared by every environment.

Secure by default: DEBUG is off and everything secret or deployment-specific comes from the
environment. `dev.py` relaxes this for local work, `production.py` insists on it.
"""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "registry",
    "collection",
    "programme",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    "cms.middleware.NullCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL names another (PostgreSQL in
# production and in the second CI pass).
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis where REDIS_URL is set, process memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Russian is the source; Bashkir and English are translations. Django knows no
# Bashkir, so it is added to LANG_INFO here (the only place that needs it).
LANG_INFO["ba"] = {
    "bidi": False,
    "code": "ba",
    "name": "Bashkir",
    "name_local": "Башҡортса",
}
LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ru", _("Russian")),
    ("ba", _("Bashkir")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]
TIME_ZONE = "Asia/Yekaterinburg"  # Ufa, UTC+5
USE_I18N = True
USE_TZ = True

# Static files: our own, plus fonts and the map library installed by npm at set-up time.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    ("vendor/pt-sans", NODE_MODULES / "@fontsource" / "pt-sans" / "files"),
    ("vendor/pt-serif", NODE_MODULES / "@fontsource" / "pt-serif" / "files"),
    ("vendor/leaflet", NODE_MODULES / "leaflet" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console in development; SMTP configured through the environment in production.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

# Background tasks: django-tasks with the database backend; `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "Конструктор сообществ"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "odp", "txt", "xlsx", "zip", "epub"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # On PostgreSQL this is full-text search with the `russian` configuration (stemming:
        # "сообщества" finds "сообщество"); on SQLite it falls back to FTS5 exact word forms.
        # Wagtail's database backend, with quotes and control characters taken out of queries
        # (cms/search_backend.py): as they were, they made the database fail.
        "BACKEND": "cms.search_backend",
        "SEARCH_CONFIG": "russian",
    }
}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Конструктор сообществ API",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The registry and collection APIs; Wagtail's own API views are not DRF-schema ready.
    "PREPROCESSING_HOOKS": ["registry.api.schema.drf_endpoints_only"],
    # Documents the 400 and 404 answers and the filters' empty value (registry/api/schema.py).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "registry.api.schema.document_errors",
    ],
}

# The community map: no background tiles unless configured; Yandex Maps only with a key.
REGISTRY_MAP_TILE_URL = os.environ.get("REGISTRY_MAP_TILE_URL", "")
REGISTRY_MAP_TILE_ATTRIBUTION = os.environ.get("REGISTRY_MAP_TILE_ATTRIBUTION", "")
REGISTRY_YANDEX_MAPS_API_KEY = os.environ.get("REGISTRY_YANDEX_MAPS_API_KEY", "")
# How many reverse proxies in front of the site append to X-Forwarded-For (0: none, the
# client is REMOTE_ADDR). The registry's rate limit counts submissions per client address.
REGISTRY_TRUSTED_PROXY_COUNT = int(os.environ.get("REGISTRY_TRUSTED_PROXY_COUNT", "0"))

# The print collection: the printing house's CMYK ICC profile, the print PDF's output intent.
COLLECTION_CMYK_PROFILE = os.environ.get("COLLECTION_CMYK_PROFILE", "")

# Security defaults that hold everywhere; production adds HTTPS-only settings.
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Hostile input: no request may end in a server error. The admin's rich text editor refuses
# a posted value it cannot read with a form error (cms/admin_forms.py) instead of failing.
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "cms.admin_forms.DraftailRichTextArea"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request logs would carry query strings; they stay at WARNING.
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # WeasyPrint reports every rendering step at INFO.
        "weasyprint": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "weasyprint.progress": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
