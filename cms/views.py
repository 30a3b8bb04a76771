from django.core.paginator import Paginator
from django.http import HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.views.decorators.csrf import requires_csrf_token
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page

from cms.routing import route_for_request
from cms.search_backend import search_text_clean, text_beginning
from registry.public_selectors import communities_matching_text, published_communities

SEARCH_PAGE_SIZE = 10
# Registry communities shown above the page results; the rest are a link to the registry list.
SEARCH_COMMUNITY_COUNT = 5
# Longer queries are searched by their beginning (as the registry's own `q` filter caps them):
# a query of thousands of characters is abuse, and each match against it costs time per row.
SEARCH_QUERY_MAX_LENGTH = 200


def search(request):
    """Site search over live, public pages of the reader's language, and (on the first page of
    results) the best matches among published registry communities."""
    query = request.GET.get("q", "").strip()
    shortened = len(query) > SEARCH_QUERY_MAX_LENGTH
    query = text_beginning(query, SEARCH_QUERY_MAX_LENGTH)
    results = Page.objects.none()
    communities = []
    if query:
        locale = Locale.get_active()
        results = Page.objects.live().public().filter(locale=locale).specific().search(query)
    page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    if query and page.number == 1:
        text = search_text_clean(query)  # a NUL cannot be sent to PostgreSQL
        communities = communities_matching_text(published_communities(), text=text)
        communities = list(communities[:SEARCH_COMMUNITY_COUNT])
    context = {
        "query": query,
        "shortened": shortened,
        "query_max_length": SEARCH_QUERY_MAX_LENGTH,
        "results": page,
        "communities": communities,
    }
    return TemplateResponse(request, "cms/search.html", context)


def serve(request, path):
    """Wagtail's page view, routed by cms.routing: one query for a page already routed."""
    route_for_request(request, path)
    return wagtail_views.serve(request, path)


@requires_csrf_token
def server_error(request):
    """Django's 500 view, plus the CSP nonce for the page's one inline style (the error page
    must not depend on static files or the database, so no context processors run)."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(
        template.render({"csp_nonce": getattr(request, "csp_nonce", "")})
    )
