"""Which addresses each change purges from the caches, and when.

A page change purges the page and every page that lists or links it: its parent (a section
index or the rulebook), its descendants (their breadcrumbs and addresses), its translations
(their language links), its language's home page (the latest cases and rules), the pages that
link it or that it links (Wagtail's reference index: rules citing a case and the cases a rule
cites, lectures and their event, rich-text and block links), the pages of other apps it names
(each app's `purge_linked_object_urls` hook), the sitemap and the API. A page of the main
menu (a child of a home page) or a home page itself appears on every page: changing one
purges everything.

Purges go through Wagtail's frontend cache (`WAGTAILFRONTENDCACHE`): the app's own cache
(cms.page_cache.PageCacheBackend) at once and again when the transaction commits (a request
answered in between may have cached the old content), every backend when it commits, by a
background task that workers take before any other (PURGE_TASK_PRIORITY).

The other apps know their own addresses: they send core.purging.purge_requested when their
data changes, and give their addresses to a purge of everything through the Wagtail hook
`purge_site_urls` (a function returning absolute URLs).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail import hooks
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from cms import page_cache
from core.purging import absolute_urls, purge_requested

APP_BACKEND = "app"  # its name in WAGTAILFRONTENDCACHE
MENU_DEPTH = 3  # children of a home page (the root is 1, home pages 2)
# A reader is waiting for the purge of a publish; the other tasks the publish queues (the
# search and reference indexes) wait for nobody. Workers take higher priorities first.
PURGE_TASK_PRIORITY = 50
PAGE_API_LISTING = "/api/v2/pages/"
IMAGES_API = "/api/v2/images/"
DOCUMENTS_API = "/api/v2/documents/"


class _Batch:
    """What one transaction purged: on commit the app's cache is purged again (a request
    answered before the commit may have cached the old content) and the other caches once."""

    def __init__(self):
        self.urls = set()
        self.later = set()  # callables giving more URLs for the caches in front
        self.everything = False
        self.done = False

    def __call__(self):
        self.done = True
        if self.everything:
            page_cache.site_purge()
        page_cache.PageCacheBackend({}).purge_batch(self.urls)
        backends = _other_backends()
        if self.everything:
            # Varnish drops everything with one BAN; other caches get every address.
            backends = page_cache.ban_everything(backends)
        if not backends:
            return
        urls = set(self.urls)
        for provider in self.later:
            urls |= provider()
        if self.everything:
            urls |= site_urls()
        purge_urls_from_cache_task.using(priority=PURGE_TASK_PRIORITY).enqueue(
            sorted(urls), None, backends
        )


def _on_commit(**changes) -> None:
    """Add to this transaction's batch (one per transaction, dropped with it on rollback)."""
    connection = transaction.get_connection()
    batch = None
    if connection.in_atomic_block:
        pending = (f for _ids, f, _r in connection.run_on_commit if isinstance(f, _Batch))
        batch = next((f for f in pending if not f.done), None)
    new = batch is None
    batch = batch or _Batch()
    batch.urls |= changes.get("urls", set())
    batch.later |= changes.get("later", set())
    batch.everything |= changes.get("everything", False)
    if new:
        transaction.on_commit(batch)  # outside a transaction: at once


def purge_urls(urls) -> None:
    """Purge these absolute URLs (every variant of each path) from every cache."""
    urls = set(urls)
    if urls:
        page_cache.PageCacheBackend({}).purge_batch(urls)
        _on_commit(urls=urls)


def _purge_requested(sender, urls=(), later=None, **kwargs) -> None:
    """Another app's data changed (core.purging): its addresses now, what lists it on
    commit (the app's cache follows that app's data version by itself)."""
    purge_urls(urls)
    if later is not None:
        _on_commit(later={later})


def purge_everything() -> None:
    """A change that shows on every page: the app's cache is dropped whole; the other caches
    get every public address."""
    page_cache.site_purge()
    _on_commit(everything=True)


def _other_backends() -> list[str]:
    return [name for name in settings.WAGTAILFRONTENDCACHE if name != APP_BACKEND]


def _links_of(page: Page) -> set[tuple[int, str]]:
    """(content type, id) of what the page links, read from the page itself: the reference
    index is brought up to date by a background task, maybe after the purge."""
    references = ReferenceIndex._extract_references_from_object(page.specific)
    return {(content_type_id, object_id) for content_type_id, object_id, *_path in references}


def page_purge_urls(page: Page) -> set[str]:
    """What to purge when this page changes, as it is now (called before and after)."""
    translations = Page.objects.filter(translation_key=page.translation_key)
    page_type = ContentType.objects.get_for_model(Page)
    linking = ReferenceIndex.objects.filter(
        base_content_type=page_type,
        to_content_type=page_type,
        to_object_id__in=[str(pk) for pk in translations.values_list("pk", flat=True)],
    ).values_list("object_id", flat=True)
    linked_by_type = {}
    for content_type_id, object_id in _links_of(page):
        linked_by_type.setdefault(content_type_id, set()).add(object_id)
    linked_pages = Page.objects.filter(pk__in=linked_by_type.get(page_type.pk, ()))
    pages = (
        Page.objects.filter(pk=page.pk)
        | translations
        | Page.objects.filter(pk__in=[int(pk) for pk in linking])
        | Page.objects.filter(translation_key__in=linked_pages.values("translation_key"))
        | Page.objects.descendant_of(page)
        | Page.objects.ancestor_of(page).filter(depth__gte=page.depth - 1)
        | Page.objects.ancestor_of(page).filter(depth=MENU_DEPTH - 1)
    ).distinct()
    batch = PurgeBatch()
    batch.add_pages(pages)
    paths = {PAGE_API_LISTING, "/sitemap.xml", IMAGES_API, DOCUMENTS_API}
    paths |= {f"{PAGE_API_LISTING}{pk}/" for pk in pages.values_list("pk", flat=True)}
    urls = batch.urls | absolute_urls(paths) | _linked_object_urls(linked_by_type)
    return urls


def _linked_object_urls(linked_by_type: dict) -> set[str]:
    """API details of the uploads a page names, and the other apps' pages of the objects it
    names (hook `purge_linked_object_urls`: a function of the model and the object ids)."""
    urls, paths = set(), set()
    listings = {get_image_model(): IMAGES_API, get_document_model(): DOCUMENTS_API}
    for content_type_id, object_ids in linked_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model in listings:
            paths |= {f"{listings[model]}{object_id}/" for object_id in object_ids}
        for object_urls in hooks.get_hooks("purge_linked_object_urls"):
            urls |= object_urls(model, object_ids)
    return urls | absolute_urls(paths)


def page_purge(page: Page) -> None:
    if page.depth <= MENU_DEPTH:
        purge_everything()
    else:
        purge_urls(page_purge_urls(page))


def site_urls() -> set[str]:
    """Every public address: all pages, the other apps' addresses (hook `purge_site_urls`),
    the API listings."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.filter(depth__gt=1))
    urls = batch.urls
    for app_urls in hooks.get_hooks("purge_site_urls"):
        urls |= app_urls()
    return urls | absolute_urls({PAGE_API_LISTING, "/sitemap.xml", IMAGES_API, DOCUMENTS_API})


# Signal receivers.


def _before_page_save(sender, instance, update_fields=None, **kwargs):
    """A full save (publishing, a copy, a translation sync) may change the address, the parent
    and the links: purge what the page touched as it was. Draft saves name their fields."""
    if update_fields is not None or instance.pk is None:
        return
    previous = Page.objects.filter(pk=instance.pk).first()
    if previous is not None and previous.live:
        page_purge(previous)


def _page_changed(sender, instance, **kwargs):
    page_purge(instance)


def _before_page_delete(sender, instance, **kwargs):
    page_purge(instance)


def _page_moved(sender, instance, **kwargs):
    page_purge(Page.objects.get(pk=instance.pk))


def _object_changed(sender, instance, **kwargs):
    """A snippet, image or document: the pages that use it."""
    sources = ReferenceIndex.get_references_to(instance).values_list("object_id", flat=True)
    for page in Page.objects.filter(pk__in=[int(pk) for pk in sources if pk.isdecimal()]):
        page_purge(page)


def _restriction_changed(sender, instance, **kwargs):
    """A page made private (or public again) leaves the caches with everything below it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        page_purge(page)


def _site_changed(sender, **kwargs):
    purge_everything()


def connect() -> None:
    from django.apps import apps

    purge_requested.connect(_purge_requested, dispatch_uid="purge-requested")
    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    for model in page_models:
        pre_save.connect(_before_page_save, sender=model, dispatch_uid=f"purge-pre-{model}")
        page_published.connect(_page_changed, sender=model, dispatch_uid=f"purge-pub-{model}")
        page_unpublished.connect(_page_changed, sender=model, dispatch_uid=f"purge-unp-{model}")
    pre_delete.connect(_before_page_delete, sender=Page, dispatch_uid="purge-delete")
    pre_page_move.connect(_page_moved, dispatch_uid="purge-pre-move")
    post_page_move.connect(_page_moved, dispatch_uid="purge-post-move")
    for label in ("cms.Expert", "cms.Theme", "registry.Sphere"):
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(_object_changed, sender=model, dispatch_uid=f"purge-{label}-{signal}")
    for model in (get_image_model(), get_document_model()):
        for signal in (post_save, post_delete):
            signal.connect(_object_changed, sender=model, dispatch_uid=f"purge-{model}-{signal}")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed, sender=PageViewRestriction, dispatch_uid=f"purge-pvr-{signal}"
        )
        # A site, or a collection of documents made private: everything.
        for model in (Site, CollectionViewRestriction):
            signal.connect(_site_changed, sender=model, dispatch_uid=f"purge-{model}-{signal}")
