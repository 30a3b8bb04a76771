"""Site chrome shared by every public page: main navigation, breadcrumbs, language links."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from cms.content_version import content_fragment
from cms.routing import site_for_request
from cms.selectors import navigation_pages, site_home_translations

register = template.Library()


def _site_root(request):
    site = site_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    site = site_for_request(request) if request else None
    items = []
    if site:
        language_code = translation.get_language()
        items = content_fragment(
            "navigation",
            site.root_page_id,
            language_code,
            compute=lambda: navigation_pages(root=site.root_page, language_code=language_code),
        )
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
    ancestors = content_fragment(
        "breadcrumbs",
        page.path[: -page.steplen],  # the parent's path: also right for a new page's preview
        compute=lambda: list(page.get_ancestors().filter(depth__gte=2).live()),
    )
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


def _page_urls(request, page) -> dict[str, tuple[str, bool]]:
    """{code: (url, exists)}: the page's live translations, else that language's home page."""
    translations = {}
    if isinstance(page, Page):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    homes = {}
    root = _site_root(request)
    if root and len(translations) < len(settings.LANGUAGES):
        homes = site_home_translations(root=root)
    urls = {}
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request=request)
        else:
            with translation.override(code):
                url = reverse("wagtail_serve", args=[""])
        urls[code] = (url, code in translations)
    return urls


def _view_urls(request) -> dict[str, tuple[str, bool]]:
    """{code: (url, True)} for a Django view under i18n_patterns: same view and query string."""
    full_path = request.get_full_path()
    return {code: (translate_url(full_path, code), True) for code, _name in settings.LANGUAGES}


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to what the reader sees in every site language, for the switcher and hreflang.

    Wagtail pages link to their live translations; other views (search, the registry) to the
    same view in that language; an unknown address to each language's home page. Worked out
    once per request: the page's head and its header both show them.
    """
    request = context.get("request")
    if request is None:
        return _language_links(None, context.get("page"))
    links = request.__dict__.setdefault("_language_links", {})
    language = translation.get_language()
    if language not in links:
        links[language] = _language_links(request, context.get("page"))
    return links[language]


def _language_links(request, page) -> list[dict]:
    resolver_match = getattr(request, "resolver_match", None)
    is_view = resolver_match is not None and resolver_match.url_name != "wagtail_serve"
    urls = _view_urls(request) if is_view and not isinstance(page, Page) else None
    if urls is None:
        site = site_for_request(request) if request else None
        urls = content_fragment(
            "language-urls",
            getattr(site, "pk", None),
            page.pk if isinstance(page, Page) else None,
            compute=lambda: _page_urls(request, page),
        )
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": url,
            "absolute_url": request.build_absolute_uri(url) if request else url,
            "exists": exists,
            "current": code == current,
        }
        for code, (url, exists) in urls.items()
    ]


@register.simple_tag
def x_default_link(links):
    """The address for hreflang="x-default": the page in the source language when it exists."""
    existing = [link for link in links if link["exists"]]
    default = next((link for link in existing if link["code"] == settings.LANGUAGE_CODE), None)
    chosen = default or (existing[0] if existing else None)
    return chosen["absolute_url"] if chosen else ""
