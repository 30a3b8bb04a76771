"""How the smoke test's builds went, read inside the topology; prints JSON.

SMOKE_BUILDS names the builds (comma-separated ids).
"""

import json
import os

from django_tasks_db.models import DBTaskResult

from collection.models import Build

ids = [int(pk) for pk in os.environ["SMOKE_BUILDS"].split(",")]
results = DBTaskResult.objects.filter(task_path="collection.tasks.build_edition")
report = {}
for build in Build.objects.filter(pk__in=ids):
    runs = [r for r in results if r.args_kwargs["args"] == [build.pk]]
    report[build.pk] = {
        "status": build.status,
        "file": build.file.name,
        "started": build.log.count(" assembling "),
        "tasks": [r.status for r in runs],
        "workers": sorted({worker for r in runs for worker in r.worker_ids}),
    }
print(json.dumps(report))
