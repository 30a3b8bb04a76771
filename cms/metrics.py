"""Request and task-queue metrics in the Prometheus text format, for the scraper only.

Counters live in each process (prometheus_client). With several gunicorn workers set
PROMETHEUS_MULTIPROC_DIR so that a scrape adds up all of them.
"""

import os
import time

from django.conf import settings
from django.http import Http404, HttpResponse
from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from cms.health import task_max_wait, tasks_waiting_count
from core.network import client_address

# Known methods only, so a client cannot grow the label set.
METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

REQUESTS = Counter(
    "django_http_requests_total", "HTTP requests answered, by method and status.",
    ["method", "status"],
)  # fmt: skip
LATENCY = Histogram(
    "django_http_request_duration_seconds", "Time from request to response, in seconds."
)


class RequestMetricsMiddleware:
    """Counts every response and times it; first in MIDDLEWARE so it sees them all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.perf_counter()
        response = self.get_response(request)
        LATENCY.observe(time.perf_counter() - start)
        method = request.method if request.method in METHODS else "other"
        REQUESTS.labels(method=method, status=str(response.status_code)).inc()
        return response


class QueueCollector:
    """The database queue's backlog, read at scrape time. Plain metric families, not Gauge
    objects: in multiprocess mode those would be stored per worker process."""

    def collect(self):
        yield GaugeMetricFamily(
            "django_tasks_ready",
            "Tasks due now and not yet taken by a worker.",
            value=tasks_waiting_count(),
        )
        yield GaugeMetricFamily(
            "django_tasks_waiting_too_long",
            "Tasks due for longer than HEALTH_TASK_MAX_WAIT seconds (no worker?).",
            value=tasks_waiting_count(longer_than=task_max_wait()),
        )


def _queue_metrics() -> bytes:
    registry = CollectorRegistry()
    registry.register(QueueCollector())
    return generate_latest(registry)


def _process_metrics() -> bytes:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def metrics(request):
    """GET /metrics: only for METRICS_ALLOWED_ADDRESSES; everyone else sees no such page."""
    if client_address(request) not in settings.METRICS_ALLOWED_ADDRESSES:
        raise Http404
    return HttpResponse(_process_metrics() + _queue_metrics(), content_type=CONTENT_TYPE_LATEST)
