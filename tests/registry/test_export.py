"""Exports from the admin: scoped like the lists, with spreadsheet formulas neutralised."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import load_workbook

from cms.roles import AUTHORS
from registry.exports import neutralise_formula
from registry.factories import CommunityFactory, PersonFactory, UserFactory

pytestmark = pytest.mark.django_db

DANGEROUS = ['=HYPERLINK("http://x")', "+7 cmd", "-1+2", "@SUM(A1)", "\tTab", "\rCR"]


def download(client, model_name, export_format):
    response = client.get(
        reverse(f"wagtailsnippets_registry_{model_name}:list"), {"export": export_format}
    )
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("value", DANGEROUS)
def test_neutralise_prefixes_an_apostrophe(value):
    assert neutralise_formula(value) == "'" + value
    assert neutralise_formula("Клуб") == "Клуб"
    assert neutralise_formula(5) == 5


def test_csv_and_xlsx_exports_neutralise_formulas(client, superuser, municipality_a):
    CommunityFactory(
        name='=HYPERLINK("http://evil")', description="@SUM(1)", municipality=municipality_a
    )
    client.force_login(superuser)
    rows = list(csv.reader(io.StringIO(download(client, "community", "csv").decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil")' in cells
    assert "'@SUM(1)" in cells

    sheet = load_workbook(io.BytesIO(download(client, "community", "xlsx"))).active
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert '\'=HYPERLINK("http://evil")' in values
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in values)


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
