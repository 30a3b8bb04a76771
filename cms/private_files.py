"""Responses for files in the private storage, after the view has checked permission."""

from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.http import FileResponse
from wagtail.utils.sendfile import sendfile


def private_file_response(request, file: FieldFile, *, filename: str) -> FileResponse:
    """The file as a download: handed to the web server when SENDFILE_BACKEND says how,
    streamed by Django otherwise (and always from storages without local paths, such as S3)."""
    try:
        path = file.path
    except NotImplementedError:
        path = None
    if path and getattr(settings, "SENDFILE_BACKEND", None):
        return sendfile(request, path, attachment=True, attachment_filename=filename)
    return FileResponse(file.open("rb"), as_attachment=True, filename=filename)
