"""/health/ and /metrics through the HTTP client."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from collection.tasks import build_edition

pytestmark = pytest.mark.django_db

CHECKS = {"database", "cache", "storage_default", "storage_private", "task_queue"}


@pytest.fixture(autouse=True)
def storages_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def waiting_task(*, minutes):
    """A task put on the database queue `minutes` ago that no worker has taken."""
    result = DBTaskResult.objects.create(
        task_path=build_edition.module_path,
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now() - datetime.timedelta(minutes=minutes),
    )
    DBTaskResult.objects.filter(pk=result.pk).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_healthy_site_answers_200_with_every_check(client, settings):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "checks": dict.fromkeys(CHECKS, "OK")}
    # The probes leave no files behind.
    assert not any((settings.PRIVATE_MEDIA_ROOT / "health_check_storage_test").iterdir())


def test_broken_private_storage_answers_503_naming_it(client, settings, tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    settings.PRIVATE_MEDIA_ROOT = not_a_folder
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unhealthy"
    assert body["checks"]["storage_private"] != "OK"
    assert body["checks"]["storage_default"] == "OK"
    assert str(tmp_path) not in response.content.decode()  # no paths, no tracebacks
    assert "Traceback" not in response.content.decode()


def test_task_waiting_ten_minutes_without_worker_answers_503_naming_the_queue(client):
    waiting_task(minutes=1)  # a fresh task is normal
    assert client.get("/health/").status_code == 200
    waiting_task(minutes=10)
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert "1 task(s) waiting longer than 300 seconds" in body["checks"]["task_queue"]
    assert body["checks"]["database"] == "OK"


def test_metrics_from_localhost_are_prometheus_text(client):
    client.get("/health/")
    waiting_task(minutes=10)
    waiting_task(minutes=1)
    response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    text = response.content.decode()
    assert 'django_http_requests_total{method="GET",status="200"}' in text
    assert "django_http_request_duration_seconds_bucket" in text
    assert "django_tasks_ready 2.0" in text
    assert "django_tasks_waiting_too_long 1.0" in text


@pytest.mark.parametrize("address", ["203.0.113.7", "10.0.0.5"])
def test_metrics_are_hidden_from_other_addresses(client, address):
    assert client.get("/metrics", REMOTE_ADDR=address).status_code == 404


def test_metrics_trust_forwarded_address_only_behind_a_proxy(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    outside = client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert outside.status_code == 404
    inside = client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="127.0.0.1")
    assert inside.status_code == 200
