from django.core.paginator import Paginator
from django.http import HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Locale, Page

SEARCH_PAGE_SIZE = 10


def search(request):
    """Site search over live, public pages of the reader's language."""
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        results = Page.objects.live().public().filter(locale=locale).specific().search(query)
    page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(request, "cms/search.html", {"query": query, "results": page})


@requires_csrf_token
def server_error(request):
    """Django's 500 view, plus the CSP nonce for the page's one inline style (the error page
    must not depend on static files or the database, so no context processors run)."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(
        template.render({"csp_nonce": getattr(request, "csp_nonce", "")})
    )
