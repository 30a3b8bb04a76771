"""Reads of editorial content, shared by pages, the API and the print edition."""

from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Cast, Substr
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, ReferenceIndex

from cms.content_version import content_fragment
from cms.models import CasePage, ConferencePage, EventPage, GoldenRulePage
from registry.data_version import registry_data_version

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


def home_page_highlights(*, locale_id: int) -> dict:
    """The latest cases (with their listing images' renditions) and rules of a locale."""
    highlights = content_fragment(
        "home-highlights", locale_id, compute=lambda: _home_page_highlights(locale_id)
    )
    _renditions_prefetch([case.listing_image for case in highlights["latest_cases"]])
    return highlights


def _renditions_prefetch(images: list) -> None:
    """Load the images' renditions in one query. Renditions are not cached with the pages: a
    rendition made while a page renders is then found by the next render."""
    prefetch_related_objects([image for image in images if image is not None], "renditions")


def _home_page_highlights(locale_id: int) -> dict:
    cases = (
        CasePage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .select_related("listing_image")
        .order_by("-first_published_at")[:HOME_LATEST_CASES]
    )
    rules = (
        GoldenRulePage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .select_related("theme")
        .order_by("-first_published_at")[:HOME_LATEST_RULES]
    )
    return {"latest_cases": list(cases), "latest_rules": list(rules)}


def navigation_pages(*, root: Page, language_code: str):
    """Live public children of the site's home page in one language, in tree order.

    One query: the home page's translations are matched by path prefix in a subquery, so the
    menu never loads the localized home page first.
    """
    steplen = Page.steplen
    home_paths = Page.objects.filter(translation_key=root.translation_key).values("path")
    return (
        Page.objects.live()
        .public()
        .filter(depth=root.depth + 1, locale__language_code=language_code)
        .annotate(parent_path=Substr("path", 1, root.depth * steplen))
        .filter(parent_path__in=home_paths)
        .order_by("path")
    )


def site_home_translations(*, root: Page) -> dict[str, Page]:
    """The site's live home pages by language code."""
    homes = root.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def case_page_details_cached(*, case: CasePage) -> dict:
    """case_page_details of a live page, cached until its content or the registry changes."""
    details = content_fragment(
        "case-details",
        case.pk,
        versions=(registry_data_version(),),
        compute=lambda: _case_page_details(case),
    )
    _renditions_prefetch([photo.image for photo in details["photos"]])
    return details


def case_page_details(*, case: CasePage) -> dict:
    """What a case page shows besides its own text: its community, municipality and sphere
    (registry records), results, photos with their renditions and the rules it supports."""
    details = _case_page_details(case)
    _renditions_prefetch([photo.image for photo in details["photos"]])
    return details


def _case_page_details(case: CasePage) -> dict:
    return {
        "community": case.community,
        "municipality": case.municipality,
        "sphere": case.sphere,
        "results": list(case.results.all()),
        "photos": list(case.photos.select_related("image")),
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
        .select_related("municipality")
    )
    by_key = {}
    for case in live_cases:
        if case.locale_id == rule.locale_id or case.translation_key not in by_key:
            by_key[case.translation_key] = case
    return [by_key[key] for key in keys if key in by_key]


def event_lectures(*, event: EventPage):
    """Live lectures, master classes and seminars held at an event."""
    return event.materials.live().public().prefetch_related("lecturers").order_by("date", "path")


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
