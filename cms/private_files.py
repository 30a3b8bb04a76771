"""Responses for files in the private storage, after the view has checked permission."""

import logging

from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404
from wagtail.utils.sendfile import sendfile

logger = logging.getLogger(__name__)


def private_file_response(request, file: FieldFile, *, filename: str) -> FileResponse:
    """The file as a download: handed to the web server when SENDFILE_BACKEND says how,
    streamed by Django otherwise (and always from storages without local paths, such as S3)."""
    try:
        path = file.path
    except NotImplementedError:
        path = None
    if path and getattr(settings, "SENDFILE_BACKEND", None):
        return sendfile(request, path, attachment=True, attachment_filename=filename)
    try:
        opened = file.open("rb")
    except FileNotFoundError:
        # The record outlived its file (a storage restored from an older backup, a file
        # removed by hand): the reader is told it is not there; operations hear why.
        logger.error("A private file is missing from its storage: %s", file.name)
        raise Http404 from None
    return FileResponse(opened, as_attachment=True, filename=filename)
