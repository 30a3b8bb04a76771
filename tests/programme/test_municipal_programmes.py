"""Municipal programmes: on the municipality's public page; curators keep only their own."""

import pytest
from django.urls import reverse

from cms.factories import DocumentFactory
from programme.factories import MunicipalProgrammeFactory
from programme.models import MunicipalProgramme

pytestmark = pytest.mark.usefixtures("own_media")


def programme_of(municipality, title):
    return MunicipalProgrammeFactory(municipality=municipality, title=title)


def url(view, *args):
    return reverse(f"wagtailsnippets_programme_municipalprogramme:{view}", args=args)


def assert_denied(response):
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_municipality_page_links_to_its_programme(client, municipality_a, municipality_b):
    programme = programme_of(municipality_a, "Программа поддержки сообществ Абзелиловского района")

    html = client.get(f"/ru/registry/municipality/{municipality_a.slug}/").content.decode()

    assert "Муниципальная программа поддержки сообществ" in html
    assert f'<a href="{programme.document.url}">{programme.title}</a>' in html
    assert "15 октября 2026" in html
    assert client.get(programme.document.url).status_code == 200
    # A municipality without a programme shows no such section.
    other_html = client.get(f"/ru/registry/municipality/{municipality_b.slug}/").content.decode()
    assert "Муниципальная программа поддержки сообществ" not in other_html


@pytest.mark.django_db
def test_curator_edits_only_own_municipalitys_programme(
    client, curator_a, municipality_a, municipality_b
):
    mine = programme_of(municipality_a, "Своя программа")
    theirs = programme_of(municipality_b, "Чужая программа")
    client.force_login(curator_a)

    listing = client.get(url("list")).content.decode()
    assert "Своя программа" in listing and "Чужая программа" not in listing
    assert client.get(url("edit", mine.pk)).status_code == 200
    assert_denied(client.get(url("edit", theirs.pk)))
    assert_denied(client.post(url("edit", theirs.pk), {"title": "Взлом"}))
    assert_denied(client.post(url("delete", theirs.pk)))
    theirs.refresh_from_db()
    assert theirs.title == "Чужая программа"


@pytest.mark.django_db
def test_curator_cannot_add_a_programme_for_another_municipality(client, curator_a, municipality_b):
    client.force_login(curator_a)
    response = client.post(
        url("add"),
        {
            "municipality": municipality_b.pk,
            "title": "Подложная программа",
            "document": DocumentFactory().pk,
            "summary": "",
        },
    )

    assert response.status_code == 200  # the form comes back with an error
    assert not MunicipalProgramme.objects.filter(municipality=municipality_b).exists()
