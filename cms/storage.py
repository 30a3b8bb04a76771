"""Storages for files that must not be reachable by a guessable address.

Public uploads (images and their renditions) live in the default storage under MEDIA_ROOT,
which the web server may serve directly. Everything else (Wagtail documents, the print
collection's builds, the open-data archive) lives in the "private" storage: a folder outside
MEDIA_ROOT that no web server serves, reached only through views that check permission.
Fields name the storage by its alias, so putting them on S3 is a change of STORAGES in the
settings (S3_BUCKET, see cms/settings/base.py): the S3 storages below.
"""

from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

# Renditions are what public pages show; everything else stays private on S3 as on disk.
PUBLIC_MEDIA_PREFIXES = ("images/",)


def private_storage():
    """The "private" storage alias; a callable, so fields follow the settings at run time."""
    return storages["private"]


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT; they have no URL of their own."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        # A URL under MEDIA_URL (FileSystemStorage's default) would name a file no server has;
        # callers fall back on their views (Wagtail's document view does so for this error).
        raise NotImplementedError("Private files have no public URL; serve them through a view.")


class MediaS3Storage(S3Storage):
    """Public uploads on S3: renditions readable by anyone at an unsigned URL, originals of
    images private (with `default_acl` "private", as S3_OBJECT_ACLS sets it), as nginx serves
    only /media/images/ from disk."""

    querystring_auth = False

    def url(self, name, parameters=None, expire=None, http_method=None):
        """The bucket's address and the key, as boto3 writes it. boto3's presigner resolves
        the endpoint anew for every URL (about 1 ms) and a page shows dozens of renditions."""
        if parameters or http_method or self.custom_domain:
            return super().url(name, parameters, expire, http_method)
        return self._bucket_url + self._quoted_key(name)

    def _quoted_key(self, name) -> str:
        return quote(self._normalize_name(clean_name(name)), safe="/~")

    @cached_property
    def _bucket_url(self) -> str:
        return super().url("key").removesuffix(self._quoted_key("key"))

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if self.default_acl and name.startswith(PUBLIC_MEDIA_PREFIXES):
            parameters["ACL"] = "public-read"
        return parameters


class PrivateS3Storage(S3Storage):
    """Private files on S3. Like those under PRIVATE_MEDIA_ROOT they have no URL: the views
    that check permission stream them (cms/private_files.py)."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Private files have no public URL; serve them through a view.")


def move_to_private_storage(name: str) -> str:
    """Move a file from the default storage to the private one; its name there.

    For the migrations that made existing files private. A name missing from the default
    storage (already moved, or lost) is kept as it is.
    """
    public, private = storages["default"], storages["private"]
    if not name or not public.exists(name):
        return name
    with public.open(name, "rb") as content:
        new_name = private.save(name, content)
    public.delete(name)
    return new_name


def move_field_files_to_private_storage(queryset, field_name: str) -> None:
    """Move the files a queryset's FileField names to the private storage (migrations)."""
    for instance in queryset.exclude(**{field_name: ""}):
        setattr(instance, field_name, move_to_private_storage(getattr(instance, field_name).name))
        instance.save(update_fields=[field_name])
