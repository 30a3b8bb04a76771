"""What a restore drill compares: the same inventory read before the backup and after the
restore (in a `manage.py shell` of the restored site)."""

import hashlib
from pathlib import Path

from cms.backups import file_storage_roots


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def inventory() -> dict:
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    from collection.models import Build
    from registry.models import Community, Person

    files = {
        alias: {str(p.relative_to(root)): _digest(p) for p in root.rglob("*") if p.is_file()}
        for alias, root in file_storage_roots().items()
        if root.exists()
    }
    return {
        "pages": sorted(Page.objects.values_list("title", flat=True)),
        "revisions": sorted(
            [str(r.base_content_type_id), r.object_id, r.content.get("title", "")]
            for r in Revision.objects.all()
        ),
        "communities": sorted(Community.objects.values_list("name", flat=True)),
        "people": sorted(Person.objects.values_list("full_name", "email", "phone")),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "images": sorted(get_image_model().objects.values_list("file", flat=True)),
        "build_files": sorted(Build.objects.exclude(file="").values_list("file", "sha256")),
        "files": files,
    }
