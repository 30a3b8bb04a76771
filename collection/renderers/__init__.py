"""Renderers turn an assembled edition into a file; COLLECTION_RENDERERS maps kinds to classes."""

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT_RENDERERS = {
    "print_pdf": "collection.renderers.pdf.PrintPdfRenderer",
    "screen_pdf": "collection.renderers.pdf.ScreenPdfRenderer",
    "epub": "collection.renderers.epub.EpubRenderer",
    "cover": "collection.renderers.pdf.CoverPdfRenderer",
}


def renderer_for(kind: str):
    """The renderer class configured for a build kind."""
    renderers = {**DEFAULT_RENDERERS, **settings.COLLECTION_RENDERERS}
    return import_string(renderers[kind])()
