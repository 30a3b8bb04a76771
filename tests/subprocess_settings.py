"""Settings of a real `manage.py` process started by a test (a task worker, a restore), on a
database and media folders of its own given in the environment."""

import os

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
PRIVATE_MEDIA_ROOT = os.environ["PRIVATE_MEDIA_ROOT"]
# The killed-worker test: a build that waits at a gate, beating every second.
COLLECTION_RENDERERS = {"screen_pdf": "tests.collection.gated_renderer.GatedRenderer"}
COLLECTION_BUILD_HEARTBEAT_INTERVAL = 1
COLLECTION_BUILD_DEAD_AFTER = 3
