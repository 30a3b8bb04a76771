"""Wagtail API v2: pages, images and documents; only live, public content.

Images and documents are listed (and served in detail) only when a live public page uses
them, and documents never from a private collection (`cms.selectors`). An image's
`download_url` is a full-size rendition: originals are not served (see the README's "Private
files and how they are served").

/api/v2/pages/ takes Wagtail's filters, among them `type` (e.g. `?type=cms.CasePage`),
`locale` (`?locale=ba`) and `translation_of`; a listing with no `locale`, `translation_of`,
`child_of` or `descendant_of` holds the source-language (Russian) pages only. A listing reads
the ids of its pages and takes each item from the cache as JSON text; the items not cached
load their related records in a fixed number of queries, however many pages are listed.
"""

import hashlib
import json

from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from django.utils.translation import get_language
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from cms.content_version import FRAGMENT_TIMEOUT, content_version
from cms.selectors import documents_public, images_public
from core.converters import MAX_DATABASE_ID
from registry.data_version import registry_data_version

# No listing has this many items; a bigger offset overflowed the database's integer (500).
MAX_OFFSET = 2**31 - 1


def related_lookups(model, prefix: str = "") -> tuple[list[str], list[str]]:
    """The select_related and prefetch_related lookups covering a model's API fields.

    Forward foreign keys are joined, many-to-many fields and inline children are prefetched
    (with the keys of the children), and images come with their renditions.
    """
    joined, prefetched = [], []
    for api_field in getattr(model, "api_fields", []):
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:
            continue  # a property, computed by its serializer
        lookup = f"{prefix}{api_field.name}"
        if field.many_to_one or field.one_to_one:
            joined.append(lookup)
            if hasattr(field.related_model, "renditions"):
                prefetched.append(f"{lookup}__renditions")
        elif field.many_to_many:
            prefetched.append(lookup)
        elif field.one_to_many:
            prefetched.append(lookup)
            child_joined, child_prefetched = related_lookups(field.related_model, f"{lookup}__")
            prefetched += child_joined + child_prefetched
    return joined, prefetched


def with_related(queryset):
    """Pages with the related records and renditions their API fields show."""
    joined, prefetched = related_lookups(queryset.model)
    return queryset.select_related("locale", *joined).prefetch_related(*prefetched)


class BoundedPagination(WagtailPagination):
    """Wagtail's offset and limit, with an offset the database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdecimal() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class HostileInputMixin:
    """Wagtail's API views with bad `offset` and `find/?id=` answered 400, not 500."""

    pagination_class = BoundedPagination

    def find_object(self, queryset, request):
        if "id" in request.GET:
            raw = request.GET["id"]
            if not raw.isdecimal() or int(raw) > MAX_DATABASE_ID:
                raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


class CompactJSONMixin:
    """JSON without Wagtail's indentation: indented output takes Python's pure-Python encoder,
    a third of the time of a listing with all fields; compact JSON takes the C one."""

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context


class EncodedItems(list):
    """A listing's items as the JSON text each was cached as (bytes, compact, as the JSON
    renderer writes them): joined into the body, not decoded and encoded again."""

    def decoded(self) -> list:
        return [json.loads(item) for item in self]


class ListingJSONRenderer(JSONRenderer):
    """DRF's JSON, with a listing's encoded items written in as they are. Indented output (the
    browsable API, `Accept: application/json; indent=4`) decodes them first."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        items = data.get("items") if isinstance(data, dict) else None
        if not isinstance(items, EncodedItems):
            return super().render(data, accepted_media_type, renderer_context)
        if self.get_indent(accepted_media_type, renderer_context or {}) is not None:
            data = {**data, "items": items.decoded()}
            return super().render(data, accepted_media_type, renderer_context)
        # The paginator puts the items last: {"meta":{...},"items":[]} opens to take them.
        head = super().render({**data, "items": []}, accepted_media_type, renderer_context)
        return head.removesuffix(b"[]}") + b"[" + b",".join(items) + b"]}"


# Listing parameters that choose the languages themselves; without one of them a listing holds
# the pages of the source language only, never a mix of a page and its translations.
LANGUAGE_CHOOSING_PARAMETERS = {"locale", "translation_of", "child_of", "descendant_of"}


class ContentPagesAPIViewSet(CompactJSONMixin, HostileInputMixin, PagesAPIViewSet):
    renderer_classes = [ListingJSONRenderer, BrowsableAPIRenderer]
    # Cross-page links worked out per page: in the detail view only, so listings stay cheap.
    detail_only_fields = PagesAPIViewSet.detail_only_fields + ["golden_rules"]

    def filter_queryset(self, queryset):
        """Listings (not details) keep to one language: `?locale=`, else the source one."""
        listing = self.action == "listing_view"  # DRF's get_object filters details too
        if listing and not LANGUAGE_CHOOSING_PARAMETERS & self.request.GET.keys():
            # By the locale itself: the search backend filters on `locale`, not on a join.
            queryset = queryset.filter(locale=Locale.get_default())
        return super().filter_queryset(queryset)

    def listing_view(self, request):
        """Wagtail's listing, reading only the ids of the listed pages: each item is cached as
        its JSON, and only the items not in the cache load their pages, related records and
        renditions and go through DRF's serializers."""
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        listed = self.paginate_queryset(self.filter_queryset(queryset))
        if isinstance(listed, QuerySet):
            ids = list(listed.values_list("pk", flat=True))
        else:  # search results
            ids = [page.pk for page in listed]
        return self.get_paginated_response(self.encoded_items(queryset.model, ids))

    def encoded_items(self, model, ids: list[int]) -> EncodedItems:
        prefix = self.item_cache_prefix()
        keys = {pk: f"{prefix}:{pk}" for pk in ids}
        encoded = cache.get_many(keys.values())
        missing = [pk for pk in ids if keys[pk] not in encoded]
        if missing:
            pages = with_related(model._default_manager.filter(pk__in=missing)).in_bulk()
            found = [pages[pk] for pk in missing if pk in pages]  # not deleted meanwhile
            items = zip(found, self.get_serializer(found, many=True).data, strict=True)
            renderer = ListingJSONRenderer()
            built = {keys[page.pk]: renderer.render(item) for page, item in items}
            cache.set_many(built, timeout=FRAGMENT_TIMEOUT)
            encoded.update(built)
        return EncodedItems(encoded[keys[pk]] for pk in ids if keys[pk] in encoded)

    def item_cache_prefix(self) -> str:
        """A listing's items are cached under the site's content version and the registry's
        data version (which every change to a page, image, document, snippet or registry record
        replaces) and what else shapes them: the fields, page type and rich text format asked
        for, the address and the language."""
        request = self.request
        shape = [
            content_version(),
            registry_data_version(),
            request.scheme,
            request.get_host(),
            get_language(),
            request.GET.get("type", ""),
            request.GET.get("fields", ""),
            request.GET.get("rich_text_format", ""),
        ]
        digest = hashlib.sha256("|".join(shape).encode()).hexdigest()[:32]
        return f"cms:fragment:api-item:{digest}"

    def get_base_queryset(self):
        """Wagtail's public pages, worked out once a request instead of three times (each
        reads the view restrictions and the site's translations)."""
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "listing_view":
            return queryset  # the listing loads related records for its uncached items only
        return with_related(queryset)


# The web server serves renditions (/media/images/), not the originals
# (/media/original_images/), so an image's download is a full-size rendition.
IMAGE_DOWNLOAD_FILTER = "max-2400x2400"


class RenditionDownloadUrlField(ImageDownloadUrlField):
    def to_representation(self, image):
        return image.get_rendition(IMAGE_DOWNLOAD_FILTER).url


class PublicImageSerializer(ImageSerializer):
    download_url = RenditionDownloadUrlField(read_only=True)


class PublicImagesAPIViewSet(CompactJSONMixin, HostileInputMixin, ImagesAPIViewSet):
    base_serializer_class = PublicImageSerializer

    def get_queryset(self):
        return images_public().prefetch_renditions(IMAGE_DOWNLOAD_FILTER).order_by("id")


class PublicDocumentsAPIViewSet(CompactJSONMixin, HostileInputMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return documents_public().order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ContentPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
