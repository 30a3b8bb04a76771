"""Wagtail API v2: pages, images and documents; only live, public content.

Images and documents are listed (and served in detail) only when a live public page uses
them, and documents never from a private collection (`cms.selectors`). An image's
`download_url` is a full-size rendition: originals are not served (see the README's "Private
files and how they are served").

/api/v2/pages/ takes Wagtail's filters, among them `type` (e.g. `?type=cms.CasePage`),
`locale` (`?locale=ba`) and `translation_of`; a listing with no `locale`, `translation_of`,
`child_of` or `descendant_of` holds the source-language (Russian) pages only. Listing a
single type with `fields=*` loads each type's related records in a fixed number of queries,
however many pages are listed.
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import get_language
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


class CachedItem:
    """A listing's item, cached as the dict it is turned into under the site's content version
    and the registry's data version (which every change to a page, image, document, snippet or
    registry record replaces) and what else shapes it: the fields asked for, the page type,
    the address and the language. DRF's serializers took half of a listing with all fields."""

    cache_prefix = ""

    def to_representation(self, instance):
        key = f"{self.cache_prefix}:{instance.pk}"
        data = cache.get(key)
        if data is None:
            data = super().to_representation(instance)
            cache.set(key, data, timeout=FRAGMENT_TIMEOUT)
        return data


# Listing parameters that choose the languages themselves; without one of them a listing holds
# the pages of the source language only, never a mix of a page and its translations.
LANGUAGE_CHOOSING_PARAMETERS = {"locale", "translation_of", "child_of", "descendant_of"}


class ContentPagesAPIViewSet(CompactJSONMixin, HostileInputMixin, PagesAPIViewSet):
    # Cross-page links worked out per page: in the detail view only, so listings stay cheap.
    detail_only_fields = PagesAPIViewSet.detail_only_fields + ["golden_rules"]

    def filter_queryset(self, queryset):
        """Listings (not details) keep to one language: `?locale=`, else the source one."""
        listing = self.action == "listing_view"  # DRF's get_object filters details too
        if listing and not LANGUAGE_CHOOSING_PARAMETERS & self.request.GET.keys():
            # By the locale itself: the search backend filters on `locale`, not on a join.
            queryset = queryset.filter(locale=Locale.get_default())
        return super().filter_queryset(queryset)

    def get_serializer_class(self):
        serializer_class = super().get_serializer_class()
        if self.action != "listing_view":
            return serializer_class
        request = self.request
        shape = [
            content_version(),
            registry_data_version(),
            request.scheme,
            request.get_host(),
            get_language(),
            request.GET.get("type", ""),
            request.GET.get("fields", ""),
        ]
        digest = hashlib.sha256("|".join(shape).encode()).hexdigest()[:32]
        attributes = {"cache_prefix": f"cms:fragment:api-item:{digest}"}
        return type(serializer_class.__name__, (CachedItem, serializer_class), attributes)

    def get_base_queryset(self):
        """Wagtail's public pages, worked out once a request instead of three times (each
        reads the view restrictions and the site's translations)."""
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        joined, prefetched = related_lookups(queryset.model)
        return queryset.select_related("locale", *joined).prefetch_related(*prefetched)


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
