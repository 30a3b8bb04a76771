"""Reads of editorial content, shared by pages, the API and the print edition."""

from collections.abc import Iterable
from itertools import groupby

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, QuerySet
from django.db.models.functions import Cast, Substr
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, ReferenceIndex

from cms.models import CasePage, ConferencePage, EventPage, GoldenRulePage, LecturePage

HOME_LATEST_CASES = 6
HOME_LATEST_RULES = 6


def golden_rules_by_theme(*, locale: Locale) -> list[tuple]:
    """Live golden rules of a locale as [(theme or None, [rules...]), ...] in theme order."""
    rules = (
        GoldenRulePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("theme")
        .order_by("theme__sort_order", "theme__name", "path")
    )
    return [(theme, list(group)) for theme, group in groupby(rules, key=lambda r: r.theme)]


def home_page_highlights(*, locale: Locale) -> dict:
    cases = (
        CasePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("municipality", "sphere", "listing_image")
        .prefetch_related("listing_image__renditions")
        .order_by("-first_published_at")[:HOME_LATEST_CASES]
    )
    rules = (
        GoldenRulePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("theme")
        .order_by("-first_published_at")[:HOME_LATEST_RULES]
    )
    return {"latest_cases": cases, "latest_rules": rules}


def navigation_pages(*, root: Page, language_code: str) -> list[Page]:
    """The live public sections under the site's home page, as the menu of one language.

    Each section in that language where it has a translation, else in the source language
    (the site root's) with `in_other_language` set, so the menu keeps every section and the
    template marks the fallback; sections that exist only in that language come last.
    One query: the home page's translations are matched by path prefix in a subquery.
    """
    steplen = Page.steplen
    home_paths = Page.objects.filter(translation_key=root.translation_key).values("path")
    pages = list(
        Page.objects.live()
        .public()
        .filter(depth=root.depth + 1)
        .filter(Q(locale__language_code=language_code) | Q(locale_id=root.locale_id))
        .annotate(parent_path=Substr("path", 1, root.depth * steplen))
        .filter(parent_path__in=home_paths)
        .select_related("locale")
        .order_by("path")
    )
    translated = {p.translation_key: p for p in pages if p.locale.language_code == language_code}
    items = []
    for page in pages:
        if page.locale_id == root.locale_id:
            item = translated.pop(page.translation_key, page)
            item.in_other_language = item.locale.language_code != language_code
            items.append(item)
    for item in translated.values():
        item.in_other_language = False
        items.append(item)
    return items


def pages_in_language(pages: Iterable[Page], *, language_code: str) -> list[Page]:
    """One page per translation key, in order of first appearance: the one in
    `language_code` where there is one, else the one in the source language (the template
    marks it by its `locale`). For lists that cross from one page or registry record to
    pages whose translations all point at it; the pages must come with their locale."""
    rank = {language_code: 0, settings.LANGUAGE_CODE: 1}
    chosen: dict = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        new_rank = rank.get(page.locale.language_code, 2)
        if current is None or new_rank < rank.get(current.locale.language_code, 2):
            chosen[page.translation_key] = page
    return list(chosen.values())


def site_home_translations(*, root: Page) -> dict[str, Page]:
    """The site's live home pages by language code."""
    homes = root.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def case_page_details(*, case: CasePage) -> dict:
    """What a case page shows besides its own fields, in a fixed number of queries."""
    photos = case.photos.select_related("image").prefetch_related("image__renditions")
    return {
        "results": list(case.results.all()),
        "photos": list(photos),
        "golden_rules": list(case.golden_rules.order_by("path")),
    }


def golden_rule_cases(*, rule: GoldenRulePage) -> list[CasePage]:
    """The live public cases that support a rule, in the editor's order and in the rule's
    language where the case has a live translation (links point at the source case)."""
    links = rule.supporting_cases.select_related("case").order_by("sort_order")
    keys = [link.case.translation_key for link in links]
    live_cases = (
        CasePage.objects.live()
        .public()
        .filter(
            translation_key__in=keys,
            locale_id__in={rule.locale_id, *(link.case.locale_id for link in links)},
        )
        .select_related("municipality", "locale")
    )
    by_key = {}
    for case in live_cases:
        if case.locale_id == rule.locale_id or case.translation_key not in by_key:
            by_key[case.translation_key] = case
    return [by_key[key] for key in keys if key in by_key]


def event_lectures(*, event: EventPage) -> list[LecturePage]:
    """Live lectures, master classes and seminars held at an event, each once, in the
    reader's language where translated. A translated lecture keeps pointing at the source
    event (wagtail-localize copies page links as they are), so lectures are matched by the
    event's translation key."""
    lectures = (
        LecturePage.objects.live()
        .public()
        .filter(event__translation_key=event.translation_key)
        .select_related("locale")
        .prefetch_related("lecturers")
        .order_by("date", "path")
    )
    return pages_in_language(lectures, language_code=translation.get_language())


def conference_materials(*, conference: ConferencePage):
    """A conference's talks, slides and videos with their speakers and documents."""
    return conference.materials.select_related("speaker", "slides").order_by("sort_order")


# Which uploaded images and documents are public: those that live public pages use.
# An upload is in the library the moment someone adds it, long before (or without) being used
# on a page; the API lists only what the public site already shows. Wagtail's reference index
# says which pages use an upload (page fields, inline children such as case photos, StreamField
# blocks and rich-text links); a page's row holds its published content, drafts live in
# revisions, so the index of a live page is the index of what the public sees.
def _used_on_public_pages(model) -> QuerySet:
    public_pages = Page.objects.live().public().annotate(key=Cast("pk", CharField())).values("key")
    used = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_pages,
            to_content_type=ContentType.objects.get_for_model(model),
        )
        .annotate(target=Cast("to_object_id", IntegerField()))
        .values("target")
    )
    return model.objects.filter(pk__in=used)


def images_public() -> QuerySet:
    """Images that a live page open to everyone uses."""
    return _used_on_public_pages(get_image_model())


def documents_public() -> QuerySet:
    """Documents that a live page open to everyone uses, outside private collections."""
    restricted_paths = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection")
    ).values_list("path", flat=True)
    in_private_collection = Q()
    for path in restricted_paths:  # a restriction covers the collection and those below it
        in_private_collection |= Q(collection__path__startswith=path)
    documents = _used_on_public_pages(get_document_model())
    return documents.exclude(in_private_collection) if in_private_collection else documents
