"""The open-data archive: its files, its README, no personal data, how it is rebuilt and served."""

import csv
import io
import re
import zipfile

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from programme.models import OpenDataArchive, Target
from programme.tasks import build_open_data
from registry.factories import (
    CommunityFactory,
    IdentifiedLeaderFactory,
    LeadershipFactory,
    PersonFactory,
    TeamMemberFactory,
)
from registry.models import CommunityStatus, Municipality, Person, Sphere, TeamRole
from tests.registry.csv_helpers import runnable_pieces, russian_csv_rows

pytestmark = pytest.mark.usefixtures("own_media")

PAGE = "/ru/programme/open-data/"
DOWNLOAD = "/ru/programme/open-data/download/"
CSV_FILES = {
    "municipalities.csv",
    "communities.csv",
    "spheres.csv",
    "events.csv",
    "targets.csv",
}


def download(client) -> zipfile.ZipFile:
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="konstruktor-open-data.zip"'
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def read_csv(archive: zipfile.ZipFile, name: str) -> list[dict]:
    raw = archive.read(name)
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name} has no BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def header(archive: zipfile.ZipFile, name: str) -> list[str]:
    return next(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig")), delimiter=";"))


def build(client) -> zipfile.ZipFile:
    call_command("build_open_data", stdout=io.StringIO())
    return download(client)


@pytest.mark.django_db
def test_archive_holds_the_csv_files_readme_and_licence(client, programme):
    archive = build(client)

    assert set(archive.namelist()) == CSV_FILES | {"README.txt", "LICENSE.txt"}
    headers = {name: ",".join(header(archive, name)) for name in CSV_FILES}
    assert headers["communities.csv"] == (
        "slug,name,url,municipality_oktmo,municipality,spheres,form,verification_level,"
        "founding_year,members_reported,latitude,longitude,description"
    )
    assert headers["targets.csv"] == "code,title,target_value,unit,current_value"
    assert headers["events.csv"] == "id,title,kind,start_date,municipality_oktmo,participants"
    # Targets carry the value counted from the records.
    targets = {row["code"]: row for row in read_csv(archive, "targets.csv")}
    assert len(targets) == Target.objects.count()
    assert targets["municipalities_selected"]["current_value"] == "4"
    assert targets["fair_participants"]["current_value"] == "406"
    # Events with the participants counted; drafts left out.
    events = {row["title"]: row for row in read_csv(archive, "events.csv")}
    assert events["Конференция"]["participants"] == "120"
    assert "Черновик ярмарки" not in events
    fair = events[f"Ярмарка {programme[0].name}"]
    assert fair["municipality_oktmo"] == programme[0].oktmo and fair["kind"] == "fair"
    # Participating municipalities with their published communities.
    municipalities = {row["oktmo"]: row for row in read_csv(archive, "municipalities.csv")}
    assert municipalities[programme[0].oktmo]["participating"] == "1"
    assert municipalities[programme[0].oktmo]["communities"] == "1"
    spheres = read_csv(archive, "spheres.csv")
    assert {row["slug"] for row in spheres} == set(
        Sphere.objects.filter(locale__language_code="ru").values_list("slug", flat=True)
    )
    licence = archive.read("LICENSE.txt").decode()
    assert "CC BY 4.0" in licence and "creativecommons.org/licenses/by/4.0" in licence


@pytest.mark.django_db
def test_readme_describes_every_column_of_every_file(client, programme):
    archive = build(client)
    readme = archive.read("README.txt").decode()

    assert "Открытые данные" in readme
    for name in CSV_FILES:
        columns = header(archive, name)
        section = readme.split(f"{name}\n")[1].split(".csv\n")[0]
        described = re.findall(r"^(\w+): \S", section, flags=re.MULTILINE)
        assert described == columns, name
    # Where the coordinates come from, and that OSM outlines are not in the archive.
    assert "HFLabs" in readme and "OpenStreetMap" in readme


@pytest.mark.django_db
def test_archive_holds_no_personal_data(client, programme):
    municipality = programme[0]
    community = CommunityFactory(
        municipality=municipality,
        public_email="hidden-community@example.org",
        public_phone="+79170000111",
        submitter_name="Заявитель Скрытов",
        submitter_email="submitter-secret@example.org",
    )
    people = [
        PersonFactory(
            full_name="Секретов Иван Петрович",
            phone="+79171234567",
            email="ivan.secret@example.org",
            address="ул. Тайная, д. 7, кв. 13",
            public_name_consent=True,
        ),
        PersonFactory(
            full_name="Скрытая Мария",
            phone="+79177654321",
            email="maria.secret@example.org",
            address="пр. Невидимый, 42",
        ),
    ]
    LeadershipFactory(community=community, person=people[0])
    TeamMemberFactory(municipality=municipality, person=people[1], role=TeamRole.NGO)
    IdentifiedLeaderFactory(municipality=municipality, person=people[0])

    archive = build(client)

    everything = "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    assert community.name in everything
    secrets = ["hidden-community@example.org", "+79170000111", "79170000111", "Заявитель"]
    secrets += ["submitter-secret@example.org", "Тайная", "Невидимый", "Секретов", "Скрытая"]
    for person in Person.objects.all():
        secrets += [person.email, person.phone, person.phone.lstrip("+"), person.full_name]
        secrets += [person.address] if person.address else []
    for secret in secrets:
        assert secret not in everything


@pytest.mark.django_db
def test_unpublished_communities_and_derived_coordinates_are_left_out(client, programme):
    municipality = programme[0]
    CommunityFactory(municipality=municipality, name="Черновое сообщество")
    Municipality.objects.filter(pk=municipality.pk).update(
        coordinates_derived=True, latitude=54.5, longitude=55.5
    )
    for status in (CommunityStatus.SUBMITTED, CommunityStatus.ARCHIVED):
        CommunityFactory(municipality=municipality, name=f"Скрытое {status}", status=status)

    archive = build(client)

    names = {row["name"] for row in read_csv(archive, "communities.csv")}
    assert "Черновое сообщество" in names
    assert not any(name.startswith("Скрытое") for name in names)
    row = next(
        r for r in read_csv(archive, "municipalities.csv") if r["oktmo"] == municipality.oktmo
    )
    assert (row["latitude"], row["longitude"]) == ("", "")


@pytest.mark.django_db
def test_cells_a_spreadsheet_would_run_are_neutralised(client, programme):
    CommunityFactory(
        municipality=programme[0], name="=HYPERLINK(1)", description="+1 and abc;=1+1 x,@SUM(A1)"
    )

    archive = build(client)

    row = next(r for r in read_csv(archive, "communities.csv") if "HYPERLINK" in r["name"])
    assert row["name"] == "'=HYPERLINK(1)"
    assert row["description"] == "'+1 and abc;'=1+1 x,'@SUM(A1)"
    for name in CSV_FILES:
        assert runnable_pieces(russian_csv_rows(archive.read(name))) == [], name


@pytest.mark.django_db
def test_a_change_to_the_data_rebuilds_the_archive_once(
    client, programme, django_capture_on_commit_callbacks
):
    build(client)
    first = OpenDataArchive.objects.get()

    # On commit the signals queue a build, as in production (the test backend runs it at once).
    with django_capture_on_commit_callbacks(execute=True):
        CommunityFactory(municipality=programme[0], name="Новое сообщество")

    current = OpenDataArchive.objects.get()
    assert current.pk != first.pk
    names = {row["name"] for row in read_csv(download(client), "communities.csv")}
    assert "Новое сообщество" in names


@pytest.mark.django_db
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_a_burst_of_saves_queues_a_single_build(
    client, programme, django_capture_on_commit_callbacks
):
    # The product's own queue (django-tasks-db), as in production.
    queued = DBTaskResult.objects.filter(task_path="programme.tasks.build_open_data")
    with django_capture_on_commit_callbacks(execute=True):
        for index in range(20):
            CommunityFactory(municipality=programme[0], name=f"Пачка {index}")
    assert queued.count() == 1

    # What the worker does with it (db_worker itself would close this test's connection).
    build_open_data.call()
    names = {row["name"] for row in read_csv(download(client), "communities.csv")}
    assert {f"Пачка {index}" for index in range(20)} <= names

    # Once the build has started, the next change queues the next build.
    with django_capture_on_commit_callbacks(execute=True):
        CommunityFactory(municipality=programme[0], name="После сборки")
    assert queued.count() == 2


@pytest.mark.django_db
def test_a_failed_build_keeps_the_previous_archive(client, programme, tmp_path):
    before = build(client)
    current = OpenDataArchive.objects.get()
    CommunityFactory(municipality=programme[0], name="После сбоя")

    # Private storage that cannot be written (a file where the directory should be).
    blocked = tmp_path / "blocked"
    blocked.write_text("not a directory")
    with override_settings(PRIVATE_MEDIA_ROOT=blocked), pytest.raises(OSError):
        call_command("build_open_data", stdout=io.StringIO())

    assert OpenDataArchive.objects.get() == current
    after = download(client)
    assert after.read("communities.csv") == before.read("communities.csv")


@pytest.mark.django_db
def test_public_page_shows_size_date_and_download_link(client, programme):
    assert client.get(DOWNLOAD).status_code == 404
    assert "ещё не сформирован" in client.get(PAGE).content.decode()

    build(client)
    archive = OpenDataArchive.objects.get()
    html = client.get(PAGE).content.decode()

    assert "<h1>Открытые данные</h1>" in html
    assert f'href="{DOWNLOAD}"' in html
    assert "КБ" in html  # the size, e.g. "3,2 КБ"
    assert f'datetime="{timezone.localtime(archive.created_at):%Y-%m-%dT%H:%M:%S}' in html
    for name in CSV_FILES:
        assert name in html
    assert "CC BY 4.0" in html
    # The results page links here.
    assert f'href="{PAGE}"' in client.get("/ru/programme/results/").content.decode()


@pytest.mark.django_db
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
    PROGRAMME_OPEN_DATA_BUILD_ATTEMPTS=3,
    PROGRAMME_OPEN_DATA_RETRY_DELAY=60,
)
def test_a_failed_build_is_retried_after_a_pause_and_then_left_to_cron(
    client, programme, tmp_path, settings
):
    from programme.models import OpenDataBuildRequest

    queued = DBTaskResult.objects.filter(task_path="programme.tasks.build_open_data")
    private = settings.PRIVATE_MEDIA_ROOT
    blocked = tmp_path / "blocked"
    blocked.write_text("not a directory")  # a storage that cannot be written

    # The first attempt fails: a second one waits in the queue, a minute later.
    settings.PRIVATE_MEDIA_ROOT = blocked
    with pytest.raises(OSError):
        build_open_data.call()
    second = queued.get()
    assert second.args_kwargs["kwargs"] == {"attempt": 2}
    assert second.run_after > timezone.now()

    # The worker runs it (and the third) when their time comes; both fail; then it gives up.
    for attempt in (2, 3):
        with pytest.raises(OSError):
            build_open_data.call(attempt=attempt)
    assert queued.count() == 2  # attempt 4 is never queued
    request = OpenDataBuildRequest.objects.get()
    assert request.failed_at is not None and request.attempt == 3
    assert not OpenDataArchive.objects.exists()

    # The cron command queues a fresh build; once the storage is back it succeeds.
    settings.PRIVATE_MEDIA_ROOT = private
    call_command("retry_failed_builds", stdout=io.StringIO())
    fresh = queued.order_by("-enqueued_at").first()
    assert fresh.args_kwargs["kwargs"] == {"attempt": 1}
    build_open_data.call(attempt=1)
    assert OpenDataArchive.objects.exists()
    assert not OpenDataBuildRequest.objects.exists()
    read_csv(download(client), "communities.csv")


@pytest.mark.django_db
def test_a_change_after_the_last_attempt_failed_queues_a_fresh_build(
    client, programme, django_capture_on_commit_callbacks
):
    from programme.models import OpenDataBuildRequest

    OpenDataBuildRequest.objects.create(
        requested_at=timezone.now(), attempt=3, failed_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        CommunityFactory(municipality=programme[0], name="После трёх неудач")
    assert OpenDataArchive.objects.exists()
    names = {row["name"] for row in read_csv(download(client), "communities.csv")}
    assert "После трёх неудач" in names
