"""Spreadsheet import: preview per row, every error with row and column, all or nothing."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook, load_workbook

from registry.factories import CommunityFactory, PersonFactory
from registry.importers import COMMUNITIES, PEOPLE, import_apply, import_preview
from registry.models import Community, Leadership, Person
from tests.registry.csv_helpers import russian_csv_rows

pytestmark = pytest.mark.django_db

COMMUNITY_HEADER = "Название;ОКТМО;Муниципалитет;Форма;Сферы;Телефон;ВКонтакте;Сайт;Участников"


def csv_bytes(*lines, encoding="utf-8"):
    return ("\n".join(lines) + "\n").encode(encoding)


def xlsx_bytes(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def errors_of(preview):
    return [(e.row, e.column, e.message) for e in preview.errors]


def test_preview_shows_what_is_created_and_updated(superuser):
    CommunityFactory(name="Старый клуб", municipality__oktmo="80601000")
    content = csv_bytes(
        COMMUNITY_HEADER,
        "Новый клуб;80601000;;клуб;Молодёжные, Спортивные;8 (347) 123-45-67;https://vk.com/club1;;40",
        "Старый клуб;;Абзелиловский муниципальный район;;;;;;",
    )
    preview = import_preview(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    assert errors_of(preview) == []
    assert [(p.row, p.label, p.action) for p in preview.plans] == [
        (2, "Новый клуб", "create"),
        (3, "Старый клуб", "update"),
    ]
    assert not Community.objects.filter(name="Новый клуб").exists()

    import_apply(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    created = Community.objects.get(name="Новый клуб")
    assert created.public_phone == "+73471234567"
    assert created.form == "club"
    assert sorted(created.spheres.values_list("slug", flat=True)) == ["sport", "youth"]
    assert Community.objects.filter(name="Старый клуб").count() == 1


def test_every_error_names_row_and_column_and_nothing_is_saved(superuser):
    CommunityFactory(name="Занятый", vk_url="https://vk.com/taken")
    content = csv_bytes(
        COMMUNITY_HEADER,
        "Хороший;80601000;;;;;;;",
        "Без муниципалитета;99999999;;;;;;;",
        "Плохой телефон;80601000;;;;12345;;;",
        "Плохая ссылка;80601000;;;;;https://example.com/vk;не ссылка;",
        "Хороший;80601000;;;;;;;",
        "Дубль ссылки;80601000;;;;;https://vk.com/taken;;",
        "Плохая форма;80601000;;секта;Шахматные;;;;много",
    )
    preview = import_preview(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    errors = errors_of(preview)
    columns = {(row, column) for row, column, _ in errors}
    assert (3, "ОКТМО") in columns
    assert (4, "Телефон") in columns
    assert (5, "ВКонтакте") in columns and (5, "Сайт") in columns
    assert (6, "Название") in columns  # duplicate within the file
    assert (7, "ВКонтакте") in columns  # the link of a community already in the registry
    assert {(8, "Форма"), (8, "Сферы"), (8, "Участников")} <= columns
    assert all(message for _, _, message in errors)

    result = import_apply(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    assert not result.is_valid
    assert not Community.objects.filter(name="Хороший").exists()


def test_cp1251_csv_is_read(superuser):
    content = csv_bytes(COMMUNITY_HEADER, "Клуб «Родник»;80601000;;;;;;;", encoding="cp1251")
    import_apply(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    assert Community.objects.filter(name="Клуб «Родник»").exists()


def test_utf8_csv_with_bom_and_commas_is_read(superuser):
    content = b"\xef\xbb\xbf" + csv_bytes("Название,ОКТМО", "Клуб с BOM,80601000")
    preview = import_preview(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    assert [p.label for p in preview.plans] == ["Клуб с BOM"]


@pytest.mark.parametrize(
    ("content", "filename", "expected"),
    [
        (b"PK\x03\x04 not really a zip", "c.xlsx", "not a readable XLSX"),
        ("Название\nКлуб".encode("utf-16"), "c.csv", "unsupported encoding"),
        (b"\x98\x98\x98", "c.csv", "unsupported encoding"),
        (b"", "c.csv", "empty"),
        (b"whatever", "c.pdf", "XLSX or CSV"),
    ],
)
def test_unreadable_files_get_a_clear_message(superuser, content, filename, expected):
    with translation.override("en"):  # the messages' own words, whatever the translations say
        preview = import_preview(
            kind=COMMUNITIES, content=content, filename=filename, user=superuser
        )
    assert not preview.plans
    assert expected in preview.errors[0].message


def test_missing_required_columns(superuser):
    content = csv_bytes("Описание;Сайт", "что-то;")
    preview = import_preview(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    assert preview.errors[0].row == 1
    assert "Название" in preview.errors[0].column and "ОКТМО" in preview.errors[0].column


def test_xlsx_people_import_with_leadership(superuser):
    community = CommunityFactory(name="Родник", municipality__oktmo="80601000")
    content = xlsx_bytes(
        [
            [
                "ФИО",
                "ОКТМО",
                "Телефон",
                "E-mail",
                "Согласие на публикацию имени",
                "Дата согласия на публикацию",
                "Сообщество",
                "Роль в сообществе",
            ],
            [
                "Иванова Мария",
                80601000,
                "+7 917 000-11-22",
                "m@example.org",
                "да",
                "01.03.2026",
                "Родник",
                "Председатель",
            ],
        ]
    )
    result = import_apply(kind=PEOPLE, content=content, filename="p.xlsx", user=superuser)
    assert errors_of(result) == []
    person = Person.objects.get(full_name="Иванова Мария")
    assert person.phone == "+79170001122"
    assert person.public_name_consent
    assert Leadership.objects.get(person=person, community=community).role == "Председатель"


def test_people_duplicates_in_file_and_database(superuser):
    PersonFactory(full_name="Пётр", phone="+79170000001", email="petr@example.org")
    PersonFactory(full_name="Павел", phone="+79170000002", email="pavel@example.org")
    content = csv_bytes(
        "ФИО;ОКТМО;Телефон;E-mail;Согласие на публикацию имени",
        "Пётр Петров;80601000;89170000001;;да",
        "Кто-то;80601000;89170000001;;",
        "Путаница;80601000;+79170000002;petr@example.org;",
    )
    preview = import_preview(kind=PEOPLE, content=content, filename="p.csv", user=superuser)
    columns = {(row, column) for row, column, _ in errors_of(preview)}
    assert (2, "Дата согласия на публикацию") in columns  # consent without its date
    assert (3, "Телефон") in columns  # twice in the file
    assert (4, "E-mail") in columns  # phone and e-mail of two different people


def test_curator_cannot_import_into_another_municipality(curator_a):
    content = csv_bytes("Название;ОКТМО", "Чужой клуб;80701000")
    preview = import_preview(kind=COMMUNITIES, content=content, filename="c.csv", user=curator_a)
    assert errors_of(preview)[0][:2] == (2, "Муниципалитет")


def test_admin_upload_preview_then_apply(client, curator_a):
    client.force_login(curator_a)
    url = reverse("registry_admin:import")
    upload = SimpleUploadedFile("c.csv", csv_bytes("Название;ОКТМО", "Клуб из админки;80601000"))
    page = client.post(url, {"kind": COMMUNITIES, "file": upload}).content.decode()
    assert "Клуб из админки" in page
    assert not Community.objects.filter(name="Клуб из админки").exists()
    response = client.post(url, {"action": "apply"})
    assert response.status_code == 302
    assert Community.objects.filter(name="Клуб из админки", municipality__oktmo="80601000").exists()


def test_admin_preview_lists_errors_and_offers_no_apply(client, curator_a):
    client.force_login(curator_a)
    upload = SimpleUploadedFile("c.csv", csv_bytes("Название;ОКТМО", "Клуб;12345678"))
    page = client.post(
        reverse("registry_admin:import"), {"kind": COMMUNITIES, "file": upload}
    ).content.decode()
    assert 'id="import-errors"' in page
    assert 'value="apply"' not in page


@pytest.mark.parametrize("kind", [COMMUNITIES, PEOPLE])
def test_templates_have_russian_headers(client, curator_a, kind):
    client.force_login(curator_a)
    response = client.get(reverse("registry_admin:import_template", args=[kind, "xlsx"]))
    headers = [c.value for c in next(load_workbook(io.BytesIO(response.content)).active.rows)]
    assert ("Название" if kind == COMMUNITIES else "ФИО") in headers
    assert "ОКТМО" in headers
    csv_response = client.get(reverse("registry_admin:import_template", args=[kind, "csv"]))
    assert russian_csv_rows(csv_response.content)[0] == headers


def test_a_filled_csv_template_is_read_back(client, curator_a, superuser):
    client.force_login(curator_a)
    template = client.get(reverse("registry_admin:import_template", args=[COMMUNITIES, "csv"]))
    content = template.content + '"Клуб «Родник»";"80601000"\r\n'.encode()
    import_apply(kind=COMMUNITIES, content=content, filename="c.csv", user=superuser)
    assert Community.objects.filter(name="Клуб «Родник»").exists()


def test_updating_people_keeps_the_columns_the_file_lacks(superuser):
    PersonFactory(full_name="Анна", phone="+79170000005", address="Уфа, ул. Ленина, 1")
    content = csv_bytes("ФИО;ОКТМО;Телефон", "Анна Петрова;80601000;+79170000005")
    preview = import_apply(kind=PEOPLE, content=content, filename="p.csv", user=superuser)
    assert [p.action for p in preview.plans] == ["update"]
    person = Person.objects.get(phone="+79170000005")
    assert person.full_name == "Анна Петрова"
    assert person.address == "Уфа, ул. Ленина, 1"
