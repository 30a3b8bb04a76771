"""Backups: the database and every file storage in one archive, and restoring them.

The database is copied by its own tools, for fidelity: SQLite's online backup API (a
consistent copy of a live database, full-text tables included) and PostgreSQL's
`pg_dump --format=custom` / `pg_restore`. Files: every storage in STORAGES that keeps files in a
folder (FileSystemStorage: media, and any private root beside it) except static files, which
`collectstatic` rebuilds. Sessions are left out (a session key is a login); the archive carries
no settings, so no secret key or database password. It does carry personal data and password
hashes: keep it as carefully as the database.

Archive layout (a gzipped tar): `manifest.json`, `database.sqlite3` or `database.dump`, and
`storages/<alias>/...` with each storage's files.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import StaticFilesStorage
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.utils import timezone

FORMAT = 1
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"
EXCLUDED_TABLES = ["django_session"]


class BackupError(Exception):
    pass


@dataclass
class Manifest:
    created_at: str
    vendor: str
    database_file: str
    storages: list[str]
    format: int = FORMAT


def file_storage_roots() -> dict[str, Path]:
    """Each storage alias that keeps files in a folder, and the folder (static files aside)."""
    roots: dict[str, Path] = {}
    for alias in settings.STORAGES:
        storage = storages[alias]
        if isinstance(storage, FileSystemStorage) and not isinstance(storage, StaticFilesStorage):
            root = Path(storage.location).resolve()
            if root not in roots.values():
                roots[alias] = root
    return roots


def backup_create(*, directory: Path, using: str = "default") -> Path:
    """Write one archive of the database and the file storages into `directory`."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    connection = connections[using]
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    target = directory / f"konstruktor-{stamp}.tar.gz"
    roots = file_storage_roots()
    with tempfile.TemporaryDirectory() as work:
        if connection.vendor == "sqlite":
            database_file = Path(work) / SQLITE_FILE
            _sqlite_backup(connection, database_file)
        elif connection.vendor == "postgresql":
            database_file = Path(work) / POSTGRES_FILE
            _pg_dump(connection.settings_dict, database_file)
        else:
            raise BackupError(f"no backup for the {connection.vendor} database")
        manifest = Manifest(
            created_at=timezone.now().isoformat(),
            vendor=connection.vendor,
            database_file=database_file.name,
            storages=list(roots),
        )
        # Only the owner may read it: it holds personal data.
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            manifest_file = Path(work) / "manifest.json"
            manifest_file.write_text(json.dumps(manifest.__dict__, indent=2))
            tar.add(manifest_file, arcname="manifest.json")
            tar.add(database_file, arcname=database_file.name)
            for alias, root in roots.items():
                if root.exists():
                    tar.add(root, arcname=f"storages/{alias}")
    return target


def backup_restore(*, archive: Path, using: str = "default") -> Manifest:
    """Put the archive's database and files back; the database is replaced entirely."""
    connection = connections[using]
    roots = file_storage_roots()
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(work, filter="data")
        manifest = Manifest(**json.loads((Path(work) / "manifest.json").read_text()))
        if manifest.format != FORMAT:
            raise BackupError(f"unknown backup format {manifest.format}")
        if manifest.vendor != connection.vendor:
            raise BackupError(
                f"the backup is of a {manifest.vendor} database, this site uses {connection.vendor}"
            )
        if missing := [alias for alias in manifest.storages if alias not in roots]:
            raise BackupError(f"no file storage here for {', '.join(missing)}")
        database_file = Path(work) / manifest.database_file
        connection.close()
        if connection.vendor == "sqlite":
            _sqlite_restore(database_file, connection.settings_dict["NAME"])
        else:
            _pg_restore(connection.settings_dict, database_file)
        for alias in manifest.storages:
            source = Path(work) / "storages" / alias
            if source.exists():
                shutil.copytree(source, roots[alias], dirs_exist_ok=True)
    return manifest


def _sqlite_backup(connection, target: Path) -> None:
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        for table in EXCLUDED_TABLES:
            copy.execute(f'DELETE FROM "{table}"')  # noqa: S608 (fixed names)
        copy.commit()
        copy.execute("VACUUM")  # no trace of the deleted rows in free pages
    finally:
        copy.close()


def _sqlite_restore(source: Path, name: str) -> None:
    backup = sqlite3.connect(source)
    target = sqlite3.connect(name)
    try:
        backup.backup(target)
    finally:
        backup.close()
        target.close()


def _pg_environment(settings_dict: dict) -> dict:
    """Connection details for the PostgreSQL tools: in the environment, never on the
    command line, where other users of the machine could read the password."""
    environment = {**os.environ, "PGDATABASE": settings_dict["NAME"]}
    for key, variable in [
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ]:
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    return environment


def _pg_dump(settings_dict: dict, target: Path) -> None:
    excluded = [f"--exclude-table-data={table}" for table in EXCLUDED_TABLES]
    _run(
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            *excluded,
            "--file",
            target,
        ],
        _pg_environment(settings_dict),
    )


def _pg_restore(settings_dict: dict, source: Path) -> None:
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            settings_dict["NAME"],
            source,
        ],
        _pg_environment(settings_dict),
    )


def _run(command: list, environment: dict) -> None:
    result = subprocess.run(
        [str(part) for part in command], env=environment, capture_output=True, text=True
    )
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")
