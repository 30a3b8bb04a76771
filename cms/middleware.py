from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware

# Addresses outside i18n_patterns: a 404 there is final, not a hint to add a language prefix.
UNPREFIXED_PATHS = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects any unprefixed 404 to /ru/...; Wagtail's catch-all
    route makes every such address look valid, so a missing API record would answer with a
    redirect to an HTML page. Keep the redirect for public pages only."""

    def process_response(self, request, response):
        if request.path.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: CONTENT_SECURITY_POLICY for the site, and
    ADMIN_CONTENT_SECURITY_POLICY (wider, for Wagtail's inline scripts) under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
