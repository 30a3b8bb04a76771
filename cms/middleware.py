from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils.translation import gettext as _

# Addresses outside i18n_patterns: a 404 there is final, not a hint to add a language prefix.
API_PATHS = ("/api/",)
UNPREFIXED_PATHS = (
    "/api/", "/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml", "/health/",
    "/metrics",
)  # fmt: skip


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects any unprefixed 404 to /ru/...; Wagtail's catch-all
    route makes every such address look valid, so a missing API record would answer with a
    redirect to an HTML page. Keep the redirect for public pages only."""

    def process_response(self, request, response):
        if request.path.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


class NullCharacterMiddleware:
    """Answer 400 to a request with a NUL character in its address, parameters or form.

    No address, search or form of the site has a use for one, and PostgreSQL cannot store or
    compare text containing it: passed on, it failed deep inside a query as a server error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _carries_null(request):
            return null_character_response(request)
        return self.get_response(request)


def _carries_null(request) -> bool:
    if "\x00" in request.path:
        return True
    parameters = [request.GET]
    if request.method == "POST":
        parameters.append(request.POST)
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for query in parameters
        for key, values in query.lists()
    )


def null_character_response(request):
    message = _("The request contains a null character, which no address or form accepts.")
    if request.path.startswith(API_PATHS):
        return JsonResponse({"detail": message}, status=400)
    return render(request, "400.html", {"message": message}, status=400)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: CONTENT_SECURITY_POLICY for the site, and
    ADMIN_CONTENT_SECURITY_POLICY (wider, for Wagtail's inline scripts) under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
