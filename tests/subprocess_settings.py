"""Settings of a real `manage.py` process started by a test (a task worker, a restore), on a
database and media folder of its own given in the environment."""

import os

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
# One more folder storage, when a test asks, to show that backups take every one.
if os.environ.get("EXTRA_STORAGE_ROOT"):
    STORAGES["extra"] = {  # noqa: F405
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": os.environ["EXTRA_STORAGE_ROOT"]},
    }
# The killed-worker test: a build that waits at a gate, beating every second.
COLLECTION_RENDERERS = {"screen_pdf": "tests.collection.gated_renderer.GatedRenderer"}
COLLECTION_BUILD_HEARTBEAT_INTERVAL = 1
COLLECTION_BUILD_DEAD_AFTER = 3
