"""A sendfile backend for nginx: the view checks permission, nginx sends the bytes.

Wagtail's document view and our download views call it (through SENDFILE_BACKEND) with the
file's path under PRIVATE_MEDIA_ROOT; the response names the file under
PRIVATE_MEDIA_NGINX_LOCATION, an `internal` nginx location that clients cannot request.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    location = settings.PRIVATE_MEDIA_NGINX_LOCATION.rstrip("/")
    response = HttpResponse()
    response["X-Accel-Redirect"] = quote(f"{location}/{relative.as_posix()}")
    return response
