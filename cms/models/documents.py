"""Wagtail documents whose files are kept in the private storage."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from cms.storage import private_storage


class PrivateDocument(AbstractDocument):
    """A document (slides, municipal programmes) with no address of its own under MEDIA_URL.

    Its file lives outside MEDIA_ROOT, so the only way to it is Wagtail's document view
    (`/documents/<id>/<filename>`), which applies the privacy of the document's collection.
    Permissions stay on Wagtail's `wagtaildocs.Document`, as for every custom document model.
    """

    file = models.FileField(upload_to="documents", storage=private_storage, verbose_name=_("file"))

    admin_form_fields = Document.admin_form_fields
