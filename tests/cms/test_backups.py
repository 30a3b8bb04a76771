"""Backup and a real restore drill: into an empty database and empty storage folders."""

import json
import os
import subprocess
import sys
import tarfile

import psycopg
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from cms.factories import ArticlePageFactory, ImageFactory
from collection.models import Build, BuildKind, BuildStatus, Edition
from registry.factories import CommunityFactory, PersonFactory

from .restore_drill import inventory

SQL_SECRET = "a-session-that-must-not-travel"


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )


def _empty_database(tmp_path) -> tuple[str, callable]:
    """The address of a new, empty database of the same kind as the test's, and its cleanup."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}", lambda: None
    params = connection.settings_dict
    name = f"{params['NAME']}_restored"
    admin = {"host": params["HOST"], "port": params["PORT"], "user": params["USER"]}
    if params.get("PASSWORD"):
        admin["password"] = params["PASSWORD"]

    def run(sql):
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as db:
            db.execute(sql)

    run(f'DROP DATABASE IF EXISTS "{name}"')
    run(f'CREATE DATABASE "{name}"')
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    url = f"postgres://{params['USER']}{password}@{params['HOST']}:{params['PORT']}/{name}"
    return url, lambda: run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_drill_brings_back_pages_records_revisions_and_files(
    settings, tmp_path, materials, django_user_model
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    django_user_model.objects.create_user(username="editor", password="x")
    page = ArticlePageFactory(parent=materials, title="Что такое сообщество", slug="what")
    page.save_revision().publish()
    page.title = "Черновик: что такое сообщество"
    page.save_revision()
    community = CommunityFactory(name="ТОС «Звёздный»")
    community.save_revision()
    PersonFactory(full_name="Иванова Анна", email="anna@example.org")
    ImageFactory(title="Двор")
    edition = Edition.objects.create(title="Сборник", year=2026)
    build = Build(edition=edition, kind=BuildKind.PRINT_PDF, status=BuildStatus.SUCCEEDED)
    build.file.save("edition-print.pdf", ContentFile(b"%PDF-1.7 the book"), save=False)
    build.finished_at = timezone.now()
    build.save()
    # A logged-in session: it must not travel in the backup.
    connection.cursor().execute(
        "INSERT INTO django_session (session_key, session_data, expire_date) VALUES (%s, %s, %s)",
        [SQL_SECRET, "data", timezone.now()],
    )
    before = json.loads(json.dumps(inventory()))
    assert before["files"]["private"] and before["files"]["default"] and before["revisions"]

    call_command("backup", dir=tmp_path / "backups", stdout=open(os.devnull, "w"))
    (archive,) = (tmp_path / "backups").iterdir()
    assert archive.stat().st_mode & 0o077 == 0  # the owner's alone
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
        database = tar.extractfile(manifest["database_file"]).read()
    assert "storages/private/collection/edition-print.pdf" in names
    assert manifest["storages"] == ["default", "private"]
    assert settings.SECRET_KEY.encode() not in database
    assert SQL_SECRET.encode() not in database

    database_url, drop = _empty_database(tmp_path)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.subprocess_settings",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "restored-private"),
    }
    try:
        _manage(env, "restore", str(archive), "--no-input")
        shown = _manage(
            env,
            "shell",
            "-c",
            "import json; from tests.cms.restore_drill import inventory; "
            "print(json.dumps(inventory()))",
        )
    finally:
        drop()
    after = json.loads(shown.stdout.strip().splitlines()[-1])
    assert after == before


def test_restore_refuses_a_backup_of_another_database_kind(tmp_path, db):
    archive = tmp_path / "other.tar.gz"
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "format": 1,
                "created_at": "2026-12-01T00:00:00+00:00",
                "vendor": "oracle",
                "database_file": "database.dump",
                "storages": [],
            }
        )
    )
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(manifest, arcname="manifest.json")
    with pytest.raises(Exception, match="oracle"):
        call_command("restore", str(archive), "--no-input")
