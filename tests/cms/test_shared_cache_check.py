"""Production refuses a process-local cache: the versions that purge pages must be shared."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production_check(**env) -> subprocess.CompletedProcess:
    """`manage.py check` as an operator runs it, with the production settings."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "SINGLE_PROCESS", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="check-only",
        ALLOWED_HOSTS="example.org",
        **env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--tag", "caches"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    ("env", "refused"),
    [
        ({}, True),
        ({"SINGLE_PROCESS": "1"}, False),
        ({"REDIS_URL": "redis://127.0.0.1:6379/12"}, False),
    ],
    ids=["process memory", "declared single process", "redis"],
)
def test_production_refuses_a_process_local_cache(env, refused):
    result = production_check(**env)
    assert ("cms.E002" in result.stderr) is refused, result.stderr
    assert (result.returncode != 0) is refused


def test_other_settings_keep_the_process_memory_default(settings):
    from django.core import checks

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert not [m for m in checks.run_checks(tags=[checks.Tags.caches]) if m.id == "cms.E002"]
