"""The health endpoint: database, cache, both file storages and the task queue's backlog.

Built on django-health-check; its JSON is reshaped into names without hosts or paths, and
an unhealthy site answers 503 (what load balancers and uptime monitors expect), not 500.
"""

import asyncio
import dataclasses
import datetime

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView


def task_max_wait() -> datetime.timedelta:
    """How long a due task may wait before the queue counts as stuck (no worker)."""
    return datetime.timedelta(seconds=settings.HEALTH_TASK_MAX_WAIT)


def tasks_waiting_count(*, longer_than: datetime.timedelta = datetime.timedelta(0)) -> int:
    """READY tasks of the database queue that have been due for longer than `longer_than`."""
    cutoff = timezone.now() - longer_than
    return (
        DBTaskResult.objects.filter(status=TaskResultStatus.READY, enqueued_at__lte=cutoff)
        .filter(Q(run_after=get_date_max()) | Q(run_after__lte=cutoff))
        .count()
    )


@dataclasses.dataclass
class TaskBacklog(HealthCheck):
    """Unhealthy when a task has waited longer than HEALTH_TASK_MAX_WAIT: no worker runs."""

    async def run(self):
        # Thread-sensitive, so the query uses the request's own database connection.
        max_wait = task_max_wait()
        waiting = await sync_to_async(tasks_waiting_count)(longer_than=max_wait)
        if waiting:
            raise ServiceUnavailable(
                f"{waiting} task(s) waiting longer than {max_wait.total_seconds():g} seconds;"
                " is the worker running?"
            )


class HealthView(HealthCheckView):
    """GET /health/: JSON {"status": "ok" | "unhealthy", "checks": {name: "OK" | problem}}."""

    named_checks = {
        "database": (Database, {}),
        "cache": (Cache, {}),
        "storage_default": (Storage, {"alias": "default"}),
        "storage_private": (Storage, {"alias": "private"}),
        "task_queue": (TaskBacklog, {}),
    }
    checks = list(named_checks.values())

    async def get(self, request, *args, **kwargs):
        with self.get_executor() as executor:
            results = await asyncio.gather(
                *(check.get_result(executor) for check in self.get_checks())
            )
        # The library's messages name no host, path or secret; anything unexpected is
        # logged and reported as "unknown error".
        checks = {
            name: "OK" if result.error is None else str(result.error)
            for name, result in zip(self.named_checks, results, strict=True)
        }
        healthy = all(status == "OK" for status in checks.values())
        return JsonResponse(
            {"status": "ok" if healthy else "unhealthy", "checks": checks},
            status=200 if healthy else 503,
        )
