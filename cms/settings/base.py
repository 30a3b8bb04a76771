"""Settings shared by every environment.

Secure by default: DEBUG is off and everything secret or deployment-specific comes from the
environment. `dev.py` relaxes this for local work, `production.py` insists on it.
"""

import os
from datetime import timedelta
from ipaddress import ip_address
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from core.roles import METHODOLOGICAL_GROUP

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
    "accounts",
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
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
]

MIDDLEWARE = [
    # First, so it counts and times every response, also those of the middleware below.
    "cms.metrics.RequestMetricsMiddleware",
    # Next, so a cached answer runs nothing else and is stored with every header below.
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    "cms.middleware.NullCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees the login view's response and turns it into the lockout page.
    "axes.middleware.AxesMiddleware",
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
            # What the apps above add to a lower app's page (core.component_tags).
            "libraries": {"components": "core.component_tags"},
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
# SQLite (the embedded default) under concurrent public writes: a transaction takes the
# write lock when it begins (IMMEDIATE) instead of failing with "database is locked" when it
# tries to upgrade a read lock; writers queue for up to `timeout` seconds; WAL lets readers
# go on while one writes (synchronous=NORMAL is safe with WAL and much faster).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis where REDIS_URL is set, process memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
    # Renditions are prefetched with the pages and images that show them: Wagtail's rendition
    # cache would only add a write to Redis for every image shown (a dozen a page).
    CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    # Sessions shared by every app server: read from Redis, written through to the database
    # (a Redis restart logs nobody out). Form limits (cms/abuse.py) count in this cache too;
    # login lockouts (django-axes) are in the database, shared anyway.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The anonymous page cache (cms/page_cache.py): seconds a public page, registry page or API
# answer stays in the app's cache and in shared caches (s-maxage) unless purged first; 0 turns
# the app's cache off. Changes purge exactly what they touch (cms/purge.py) through Wagtail's
# frontend cache: the app's own backend here; HTTP caches in front are added below it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
WAGTAILFRONTENDCACHE = {"app": {"BACKEND": "cms.page_cache.PageCacheBackend"}}
# Purge the addresses given, not the same path under every language prefix: cms.purge names
# each translation's own address.
WAGTAILFRONTENDCACHE_LANGUAGES = []

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
    ("vendor/leaflet.markercluster", NODE_MODULES / "leaflet.markercluster" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Private files (documents, collection builds, the open-data archive) live outside MEDIA_ROOT
# and reach people only through views that check permission; see "Private files and how they
# are served" below.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "cms.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several machines: uploads in S3-compatible object storage when S3_BUCKET is set (see
# cms/storage.py). Renditions get a public URL there; image originals and every private file
# (S3_PRIVATE_BUCKET, else S3_BUCKET under private/) are private objects, which the views
# stream after their permission check. Credentials: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read from the environment by boto3.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    S3_ENDPOINT_URL = os.environ.get("S3_ENDPOINT_URL", "")
    S3_CUSTOM_DOMAIN = os.environ.get("S3_CUSTOM_DOMAIN", "")
    s3_options = {
        "endpoint_url": S3_ENDPOINT_URL or None,
        "region_name": os.environ.get("S3_REGION_NAME") or None,
        # Every S3-compatible service answers the path style (endpoint/bucket/key).
        "addressing_style": "path" if S3_ENDPOINT_URL else None,
        # Buckets whose ACLs are turned off (S3_OBJECT_ACLS=0) need a bucket policy instead:
        # public read on images/* of S3_BUCKET, nothing public anywhere else.
        "default_acl": "private" if os.environ.get("S3_OBJECT_ACLS", "1") == "1" else None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "cms.storage.MediaS3Storage",
        "OPTIONS": {
            **s3_options,
            "bucket_name": S3_BUCKET,
            "custom_domain": S3_CUSTOM_DOMAIN or None,
        },
    }
    S3_PRIVATE_BUCKET = os.environ.get("S3_PRIVATE_BUCKET", "")
    STORAGES["private"] = {
        "BACKEND": "cms.storage.PrivateS3Storage",
        "OPTIONS": {
            **s3_options,
            "bucket_name": S3_PRIVATE_BUCKET or S3_BUCKET,
            "location": "" if S3_PRIVATE_BUCKET else "private",
        },
    }
    # Pages show renditions from the bucket's address (CONTENT_SECURITY_POLICY below).
    if S3_CUSTOM_DOMAIN:
        MEDIA_ORIGIN = f"https://{S3_CUSTOM_DOMAIN}"
    elif S3_ENDPOINT_URL:
        MEDIA_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(S3_ENDPOINT_URL))
    else:
        MEDIA_ORIGIN = "https://*.amazonaws.com"
else:
    MEDIA_ORIGIN = ""
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
# The most communities the map is sent one by one for the part in view; more come as clusters.
REGISTRY_MAP_POINT_LIMIT = int(os.environ.get("REGISTRY_MAP_POINT_LIMIT", "2000"))

# The print collection: the printing house's CMYK ICC profile, the print PDF's output intent.
COLLECTION_CMYK_PROFILE = os.environ.get("COLLECTION_CMYK_PROFILE", "")
# The most ink (C+M+Y+K, %) the printing house's paper and press take, for the prepress report;
# unset: the output profile's own limit (300 for the shipped FOGRA39 coated profile).
COLLECTION_INK_LIMIT_PERCENT = (
    int(os.environ["COLLECTION_INK_LIMIT_PERCENT"])
    if os.environ.get("COLLECTION_INK_LIMIT_PERCENT")
    else None
)
# The site's public address, for the links the books print (say https://konstruktor.example.org);
# empty: WAGTAILADMIN_BASE_URL. Where the site runs (the default Site) may be an internal address.
COLLECTION_PUBLIC_BASE_URL = os.environ.get("COLLECTION_PUBLIC_BASE_URL", "")
# The book fonts, each face's subsets merged into one file on first use (collection/fonts.py).
COLLECTION_FONT_DIR = BASE_DIR / "var" / "collection-fonts"
# Renderer classes by build kind (dotted paths), replacing collection.renderers.DEFAULT_RENDERERS.
COLLECTION_RENDERERS = {}

# Private files and how they are served. Wagtail documents use a model whose file is in the
# private storage (STORAGES["private"], PRIVATE_MEDIA_ROOT above) and are always served by
# Wagtail's view, which applies collection privacy. Views stream private files from Django
# unless SENDFILE_BACKEND hands them to the web server: set PRIVATE_MEDIA_NGINX_LOCATION to
# an nginx `internal` location aliased to PRIVATE_MEDIA_ROOT (e.g. /private-media/) to send
# them with X-Accel-Redirect.
WAGTAILDOCS_DOCUMENT_MODEL = "cms.PrivateDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
PRIVATE_MEDIA_NGINX_LOCATION = os.environ.get("PRIVATE_MEDIA_NGINX_LOCATION", "")
if PRIVATE_MEDIA_NGINX_LOCATION:
    SENDFILE_BACKEND = "cms.sendfile_nginx"
# Public forms: rate limits and the client address they count by (cms/abuse.py).
# How many reverse proxies in front of the site append to X-Forwarded-For (0: none, the
# client is REMOTE_ADDR). Site-wide since every public form is limited per address; the old
# name REGISTRY_TRUSTED_PROXY_COUNT is still read so existing deployments keep working.
TRUSTED_PROXY_COUNT = int(
    os.environ.get("TRUSTED_PROXY_COUNT", os.environ.get("REGISTRY_TRUSTED_PROXY_COUNT", "0"))
)
# Accepted submissions per client address per hour, per form. An office behind one address
# may register several colleagues for an event, hence the higher figure there.
REGISTRY_SUBMISSIONS_PER_HOUR = int(os.environ.get("REGISTRY_SUBMISSIONS_PER_HOUR", "5"))
PROGRAMME_APPLICATIONS_PER_HOUR = int(os.environ.get("PROGRAMME_APPLICATIONS_PER_HOUR", "5"))
PROGRAMME_REGISTRATIONS_PER_HOUR = int(os.environ.get("PROGRAMME_REGISTRATIONS_PER_HOUR", "10"))
# Hours an application waits for confirmation from its contact e-mail before it lapses.
PROGRAMME_APPLICATION_CONFIRMATION_HOURS = 48

# Uploads and imports: limits that keep one request from exhausting the server's memory.
# Images: print needs about 300 dpi, 2,500 x 3,500 pixels for a full A4 page, and a 24 MP
# camera or phone photo (6,000 x 4,000) is accepted. Decoding costs 3-4 bytes a pixel, so an
# image of the limit needs about 100 MB to make a rendition; Pillow refuses larger ones too.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(
    os.environ.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS", str(25_000_000))
)
# Our ImageForm words the refusal plainly (cms/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.images.ImageForm"
# Spreadsheet imports (registry, attendance): rows after the header; reading stops there.
REGISTRY_IMPORT_MAX_ROWS = int(os.environ.get("REGISTRY_IMPORT_MAX_ROWS", "5000"))

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

# The admin loads nothing from other sites: no Gravatar avatars (the address would reveal
# staff e-mail hashes), no release check against wagtail.org, no "what's new" banner linking
# there. The help menu's links to wagtail.org are removed in cms/wagtail_hooks.py.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# The demo (cms.settings.dev): Django serves the uploaded media itself (a web server does in
# production) and `create_demo_users` may hand out its printed passwords. Never on elsewhere.
DEMO = False
# Staff accounts: login throttling, two-factor authentication, Content-Security-Policy.
# django-axes counts failed logins (Wagtail's admin login and any other authenticate() call).
# It locks a user name after AXES_FAILURE_LIMIT failures from anywhere (guessing one account
# from many addresses), and an address after as many failures for any names (trying many
# accounts). A lock lifts by itself after the cool-off; staff unlock earlier in the admin
# (Settings → Login lockouts) or with `manage.py axes_reset_username NAME`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_RESET_ON_SUCCESS = True
# The client's address comes from the one function that knows the trusted proxies.
AXES_CLIENT_IP_CALLABLE = "core.network.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# Successful logins are not kept (addresses are personal data); failures are, until the
# cool-off ends or staff unlock.
AXES_DISABLE_ACCESS_LOG = True
# No start-up banner: it would land in the output of every management command.
AXES_VERBOSE = False
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"

# Two-factor authentication (TOTP, django-otp). Any staff user may enrol in the admin
# (account menu → Two-factor authentication); members of these groups, and superusers when
# STAFF_2FA_REQUIRED_FOR_SUPERUSERS is on, must enrol before they can use the admin.
STAFF_2FA_REQUIRED_GROUPS = env_list("STAFF_2FA_REQUIRED_GROUPS", METHODOLOGICAL_GROUP)
STAFF_2FA_REQUIRED_FOR_SUPERUSERS = os.environ.get("STAFF_2FA_REQUIRED_FOR_SUPERUSERS", "1") == "1"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Content-Security-Policy (django-csp). The public site runs only its own scripts and styles;
# the nonce is for the one inline style of the 500 page. frame-ancestors 'self' lets Wagtail's
# preview show pages in its frame. The community map adds its tile server to img-src itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *filter(None, [MEDIA_ORIGIN])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin still writes inline scripts (date pickers, inline panels) and inline styles,
# and shows images from blob: URLs while uploading, so /admin/ gets a wider policy.
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *filter(None, [MEDIA_ORIGIN])],
    "frame-src": [SELF],
}
# No page of the site uses these browser features; the map needs none (no "locate me").
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    ]
}

# Nothing is lost: dead builds, retries, backups.
# A running build renews its heartbeat this often (seconds), also during one long WeasyPrint
# call; one silent for COLLECTION_BUILD_DEAD_AFTER seconds lost its worker and is failed, so
# it no longer blocks a new build. A queued or running build older than
# COLLECTION_BUILD_TIMEOUT is abandoned whatever its heartbeat (no worker took it).
COLLECTION_BUILD_HEARTBEAT_INTERVAL = int(
    os.environ.get("COLLECTION_BUILD_HEARTBEAT_INTERVAL", "15")
)
COLLECTION_BUILD_DEAD_AFTER = int(os.environ.get("COLLECTION_BUILD_DEAD_AFTER", "120"))
COLLECTION_BUILD_TIMEOUT = int(os.environ.get("COLLECTION_BUILD_TIMEOUT", "3600"))
# A failed open-data build is tried this many times in all, pausing 1, 2, 4 … times
# PROGRAMME_OPEN_DATA_RETRY_DELAY seconds between attempts (a full disk, a restarting database).
PROGRAMME_OPEN_DATA_BUILD_ATTEMPTS = int(os.environ.get("PROGRAMME_OPEN_DATA_BUILD_ATTEMPTS", "3"))
PROGRAMME_OPEN_DATA_RETRY_DELAY = int(os.environ.get("PROGRAMME_OPEN_DATA_RETRY_DELAY", "60"))
# `manage.py backup` writes its archives here. They hold personal data and password hashes:
# keep the folder private to the site's user and copy the archives off the machine.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "var" / "backups"))

# HTTP caches in front (Varnish, deploy/varnish/konstruktor.vcl): Wagtail's frontend cache
# sends each purge to every URL in FRONTEND_CACHE_PURGE_URLS (one per Varnish), e.g.
# http://127.0.0.1:6081, beside the app's own backend above. Purges run as background tasks
# (the db_worker processes); a change shown on every page sends each Varnish one BAN instead.
WAGTAILFRONTENDCACHE.update(
    {
        f"http-{number}": {
            "BACKEND": "cms.page_cache.VarnishBackend",
            "LOCATION": location,
        }
        for number, location in enumerate(env_list("FRONTEND_CACHE_PURGE_URLS"), start=1)
    }
)

# Health and metrics: /health/ for load balancers and uptime monitors, /metrics for Prometheus.
# A due task waiting longer than this many seconds means no worker runs: /health/ answers 503.
HEALTH_TASK_MAX_WAIT = int(os.environ.get("HEALTH_TASK_MAX_WAIT", "300"))
# /metrics answers only these client addresses (as core.network.client_address sees them,
# so behind a proxy set TRUSTED_PROXY_COUNT); everyone else gets 404. Comma-separated.
METRICS_ALLOWED_ADDRESSES = {
    str(ip_address(address.strip()))
    for address in os.environ.get("METRICS_ALLOWED_ADDRESSES", "127.0.0.1,::1").split(",")
    if address.strip()
}
# A monitor on the machine itself probes over plain HTTP: no redirect to HTTPS for these.
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^metrics$"]
