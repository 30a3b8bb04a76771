"""Settings of a real `manage.py db_worker` started by a test, on a database file of its own."""

import os

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
COLLECTION_RENDERERS = {"screen_pdf": "tests.collection.gated_renderer.GatedRenderer"}
COLLECTION_BUILD_HEARTBEAT_INTERVAL = 1
COLLECTION_BUILD_DEAD_AFTER = 3
