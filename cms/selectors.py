"""Reads of editorial content, shared by pages, the API and the print edition."""

from dataclasses import dataclass
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as ListPage
from django.core.paginator import Paginator
from django.db.models import CharField, IntegerField, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Cast, Coalesce, Substr
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, ReferenceIndex

from cms.content_version import content_fragment
from cms.filters import EventFilter
from cms.language_choice import pages_in_language
from cms.models import (
    CasePage,
    ConferencePage,
    EventKind,
    EventPage,
    FairPresence,
    GoldenRulePage,
    LecturePage,
    RecommendationsPage,
)
from registry.data_version import registry_data_version
from registry.models import Community, CommunityStatus
from registry.public_selectors import published_communities

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


def site_home_translations(*, root: Page) -> dict[str, Page]:
    """The site's live home pages by language code."""
    homes = root.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def municipality_url(municipality) -> str:
    """The registry's public page of a municipality (reference data, always public)."""
    return reverse("registry:municipality", kwargs={"slug": municipality.slug})


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
    (registry records), results, photos with their renditions, the rules it supports, and
    links to the registry's pages of its community and municipality."""
    details = _case_page_details(case)
    _renditions_prefetch([photo.image for photo in details["photos"]])
    return details


def _case_page_details(case: CasePage) -> dict:
    """The community is linked only while its registry record is published."""
    community = (
        Community.objects.filter(pk=case.community_id, status=CommunityStatus.PUBLISHED)
        .only("slug")
        .first()
        if case.community_id
        else None
    )
    return {
        "community": case.community,
        "municipality": case.municipality,
        "sphere": case.sphere,
        "results": list(case.results.all()),
        "photos": list(case.photos.select_related("image")),
        "golden_rules": list(case.golden_rules.order_by("path")),
        "community_url": community
        and reverse("registry:community", kwargs={"slug": community.slug}),
        "municipality_url": case.municipality and municipality_url(case.municipality),
    }


# A programme holds dozens of events (27 fairs alone): the past ones come a page at a time.
PAST_EVENTS_PAGE_SIZE = 12


@dataclass(frozen=True)
class EventCalendar:
    """A section's events, filtered: upcoming (and current) soonest first, then past ones
    most recent first, a page of them at a time, and the section's other pages (such as
    adopted recommendations)."""

    filter: EventFilter
    filtered: bool
    upcoming: list[EventPage]
    past: ListPage
    others: list[Page]


def events_calendar(*, section: Page, params) -> EventCalendar:
    """The events index of a section, filtered by the GET parameters `kind` and
    `municipality`, past events paged by `page`; an event is upcoming until its last day is
    over. Five queries."""
    events = (
        EventPage.objects.child_of(section)
        .live()
        .public()
        .select_related("municipality")
        .defer("municipality__outline")
        .annotate(last_day=Coalesce("end_date", "start_date"))
    )
    event_filter = EventFilter(params, queryset=events)
    events = event_filter.qs
    today = timezone.localdate()
    others = section.get_children().live().public().not_type(EventPage).specific().order_by("path")
    return EventCalendar(
        filter=event_filter,
        filtered=any(params.get(name) for name in event_filter.filters),
        upcoming=list(events.filter(last_day__gte=today).order_by("start_date", "path")),
        past=Paginator(
            events.filter(last_day__lt=today).order_by("-last_day", "-start_date", "path"),
            PAST_EVENTS_PAGE_SIZE,
        ).get_page(params.get("page")),
        others=list(others),
    )


def event_page_links(*, event: EventPage) -> dict:
    """What an event page links to besides its own fields: its municipality, the published
    communities that presented at a fair, the conference's materials and the round table's
    recommendations (live public pages only). At most two queries."""
    links = {
        "municipality_url": event.municipality and municipality_url(event.municipality),
        "communities": [],
        "conference_pages": [],
        "recommendations": [],
    }
    if event.kind == EventKind.FAIR:
        links["communities"] = list(
            published_communities()
            .filter(pk__in=FairPresence.objects.filter(fair=event).values("community"))
            .order_by("name")
        )
    elif event.kind == EventKind.CONFERENCE:
        links["conference_pages"] = list(
            ConferencePage.objects.live().public().filter(event=event).order_by("path")
        )
    elif event.kind == EventKind.ROUND_TABLE:
        links["recommendations"] = list(
            RecommendationsPage.objects.live().public().filter(event=event).order_by("path")
        )
    return links


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


# The editorial pages the registry's public pages list (registered in cms.wagtail_hooks).


def _cases_in_language(**lookup) -> list[CasePage]:
    return pages_in_language(
        CasePage.objects.live()
        .public()
        .filter(**lookup)
        .select_related("locale")
        .order_by("-first_published_at"),
        language_code=translation.get_language(),
    )


def community_cases(*, community) -> list[CasePage]:
    return _cases_in_language(community=community)


def municipality_cases(*, municipality) -> list[CasePage]:
    return _cases_in_language(municipality=municipality)


def municipality_fairs(*, municipality) -> list[EventPage]:
    return list(
        EventPage.objects.live()
        .public()
        .filter(municipality=municipality, kind=EventKind.FAIR)
        .order_by("-start_date")
    )
