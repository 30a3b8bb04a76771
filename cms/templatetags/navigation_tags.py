"""Site chrome shared by every public page: main navigation, breadcrumbs, language links."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Page, Site

from cms.selectors import navigation_pages, site_home_translations

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    root = _site_root(request)
    items = []
    if root:
        items = list(navigation_pages(root=root, language_code=translation.get_language()))
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    for item in items:
        item.is_current = item.path == current_path
        item.is_ancestor = current_path.startswith(item.path) and not item.is_current
    return {"items": items, "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).live()
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


def _language_links(request, page):
    """One entry per site language: the page's live translation, else that language's home."""
    translations = {}
    if isinstance(page, Page):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    homes = {}
    root = _site_root(request)
    if root and len(translations) < len(settings.LANGUAGES):
        homes = site_home_translations(root=root)
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request=request)
        else:
            with translation.override(code):
                url = reverse("wagtail_serve", args=[""])
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "exists": code in translations,
            }
        )
    return links


def _search_language_links(request):
    query = request.GET.get("q", "")
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search")
        if query:
            url = f"{url}?{urlencode({'q': query})}"
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "exists": True,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every site language; the search page links to its own search."""
    request = context.get("request")
    page = context.get("page")
    resolver_match = getattr(request, "resolver_match", None)
    if request is not None and resolver_match and resolver_match.url_name == "search":
        links = _search_language_links(request)
    else:
        links = _language_links(request, page)
    current = translation.get_language()
    for link in links:
        link["current"] = link["code"] == current
        link["absolute_url"] = request.build_absolute_uri(link["url"]) if request else link["url"]
    return links


@register.simple_tag
def x_default_link(links):
    """The address for hreflang="x-default": the page in the source language when it exists."""
    existing = [link for link in links if link["exists"]]
    default = next((link for link in existing if link["code"] == settings.LANGUAGE_CODE), None)
    chosen = default or (existing[0] if existing else None)
    return chosen["absolute_url"] if chosen else ""
