"""Signal receivers: the content version (cms.content_version) follows editorial changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.content_version import content_version_bump

# Besides every model of this app (snippets, inline children of pages, documents).
# Renditions are not cached with the pages (see cms.selectors), so new ones need no bump.
CONTENT_MODELS = (Page, PageViewRestriction, Site, Locale, AbstractImage)


def content_changed(sender, **kwargs):
    content_version_bump()


def model_changed(sender, **kwargs):
    if sender._meta.app_label == "cms" or issubclass(sender, CONTENT_MODELS):
        content_version_bump()


def content_signals_connect() -> None:
    # Publishing and unpublishing also save the page; a move updates paths in bulk, so it
    # is only seen through its own signal.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed)
    for signal in (post_save, post_delete):
        signal.connect(model_changed)
