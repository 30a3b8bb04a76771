from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import hooks
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.api import api_router
from cms.health import HealthView
from cms.metrics import metrics

handler500 = "cms.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/registry/", include("registry.api.urls")),
    # The other apps' API routes (hook `register_api_urls`, a list of paths under /api/).
    path("api/", include([url for urls in hooks.get_hooks("register_api_urls") for url in urls()])),
    path("sitemap.xml", sitemap),
    path("health/", HealthView.as_view(), name="health"),
    path("metrics", metrics, name="metrics"),
]

if settings.DEBUG or settings.DEMO:
    # Static files come from WhiteNoise (or runserver with DEBUG); uploads from here.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Public pages carry the language in the address (/ru/, /ba/, /en/) so every translation
# has its own URL for hreflang alternates and the language switcher.
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("registry/", include("registry.urls")),
    path("programme/", include("programme.urls")),
    path("collection/", include("collection.urls")),
    # Wagtail's page URLs, its page view wrapped by ours (cached routing).
    *[url for url in wagtail_urls.urlpatterns if url.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
