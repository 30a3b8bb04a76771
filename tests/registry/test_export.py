"""Admin exports: scoped like the lists, in the Russian CSV format, formulas neutralised."""

import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook

from core.roles import AUTHORS
from registry.exports import neutralise_formula
from registry.factories import CommunityFactory, PersonFactory, UserFactory
from tests.registry.csv_helpers import runnable_pieces, russian_csv_rows

pytestmark = pytest.mark.django_db

HIDDEN_FORMULAS = "abc;=1+1 x,@SUM(A1)"


def download(client, model_name, export_format):
    response = client.get(
        reverse(f"wagtailsnippets_registry_{model_name}:list"), {"export": export_format}
    )
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+7 cmd", "'+7 cmd"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "\t'=1"),
        ("\r\n-1", "\r\n'-1"),
        ("abc;=1+1", "abc;'=1+1"),
        ("x,@SUM(A1)", "x,'@SUM(A1)"),
        ("x; +cmd", "x; '+cmd"),
        ("a\n=b", "a\n'=b"),
        ("Клуб «Родник», 2020 год; 30 человек", "Клуб «Родник», 2020 год; 30 человек"),
        ("a=b+c", "a=b+c"),
        (5, 5),
        (None, None),
    ],
)
def test_every_piece_a_spreadsheet_could_run_gets_an_apostrophe(value, expected):
    assert neutralise_formula(value) == expected


def test_csv_export_is_russian_csv_with_no_runnable_piece(client, superuser, municipality_a):
    CommunityFactory(
        name='=HYPERLINK("http://evil")', description=HIDDEN_FORMULAS, municipality=municipality_a
    )
    client.force_login(superuser)
    rows = russian_csv_rows(download(client, "community", "csv"))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil")' in cells
    assert "abc;'=1+1 x,'@SUM(A1)" in cells
    assert runnable_pieces(rows) == []


def test_xlsx_export_cells_stay_text(client, superuser, municipality_a):
    CommunityFactory(
        name='=HYPERLINK("http://evil")', description=HIDDEN_FORMULAS, municipality=municipality_a
    )
    client.force_login(superuser)
    sheet = load_workbook(io.BytesIO(download(client, "community", "xlsx"))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    values = [cell.value for cell in cells]
    assert '\'=HYPERLINK("http://evil")' in values
    assert "abc;'=1+1 x,'@SUM(A1)" in values


def test_wagtail_reports_export_in_the_same_format(client, superuser, home):
    home.title = "=1+1;@SUM(A1)"
    home.save_revision().publish()
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    rows = russian_csv_rows(b"".join(response.streaming_content))
    assert "'=1+1;'@SUM(A1)" in [cell for row in rows for cell in row]
    assert runnable_pieces(rows) == []


def test_person_export_has_contacts_for_programme_staff(client, programme_staff):
    PersonFactory(full_name="Анна", phone="+79171234567", email="anna@example.org")
    client.force_login(programme_staff)
    text = download(client, "person", "csv").decode()
    assert "+79171234567" in text and "anna@example.org" in text


def test_users_without_registry_roles_cannot_export_people(client):
    PersonFactory(phone="+79171234567")
    author = UserFactory(username="author")
    author.groups.add(Group.objects.get(name=AUTHORS))
    client.force_login(author)
    response = client.get(reverse("wagtailsnippets_registry_person:list"), {"export": "csv"})
    assert response.status_code == 302
    assert b"+79171234567" not in response.content


def test_anonymous_users_cannot_export(client):
    PersonFactory(phone="+79171234567")
    response = client.get(reverse("wagtailsnippets_registry_person:list"), {"export": "csv"})
    assert response.status_code == 302
    assert "login" in response.url
