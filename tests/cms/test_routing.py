"""A page's route, its site and its view restrictions are remembered per content version
(cms.routing), its header and breadcrumbs cached as HTML (base.html): every change that moves,
renames, hides or restricts a page, or changes the site, shows on the next request."""

import re

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from cms import factories
from registry.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(cases_section):
    return factories.CasePageFactory(parent=cases_section, title="Двор без заборов", slug="dvor")


def _menu_links(html: str) -> dict[str, str]:
    """{link text: its aria-current or ""} of the main menu."""
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="[^"]*"( aria-current="(\w+)")?[^>]*>(.*?)</a>', menu)
    return {text: current for _attribute, current, text in links}


def test_a_moved_page_routes_at_its_new_address_and_not_at_the_old(client, materials, case):
    old_url = case.url
    assert client.get(old_url).status_code == 200

    case.move(materials, pos="last-child")

    case.refresh_from_db()
    assert case.url == "/ru/materials/dvor/"
    assert client.get(case.url).status_code == 200
    # Not found there any more, so Wagtail's redirect made by the move answers.
    old = client.get(old_url)
    assert (old.status_code, old["Location"]) == (301, case.url)


def test_a_changed_slug_serves_the_page_at_its_new_address_only(client, case):
    assert client.get("/ru/cases/dvor/").status_code == 200

    case.slug = "dvor-bez-zaborov"
    case.save_revision().publish()

    assert client.get("/ru/cases/dvor/").status_code == 404
    assert client.get("/ru/cases/dvor-bez-zaborov/").status_code == 200


def test_an_unpublished_page_is_not_found_at_once(client, case):
    assert client.get(case.url).status_code == 200

    case.unpublish()

    assert client.get(case.url).status_code == 404


def test_a_view_restriction_makes_a_routed_page_private_at_once(client, cases_section, case):
    assert client.get(case.url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=cases_section, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(case.url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]

    restriction.delete()

    assert client.get(case.url).status_code == 200


def test_a_password_protected_page_asks_for_the_password_every_time(client, case):
    PageViewRestriction.objects.create(
        page=case, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    for _ in range(2):
        html = client.get(case.url).content.decode()
        assert 'name="password"' in html
        assert "<h1>Двор без заборов</h1>" not in html


def test_a_new_site_root_is_served_at_once(client, home, materials):
    assert f"<h1>{home.title}</h1>" in client.get("/ru/").content.decode()

    site = Site.objects.get(is_default_site=True)
    site.root_page = materials
    site.save()

    assert f"<h1>{materials.title}</h1>" in client.get("/ru/").content.decode()


def test_the_menu_marks_the_current_section_on_each_cached_page(client, home, cases_section, case):
    for _ in range(2):  # rendered, then from the cache
        assert _menu_links(client.get(home.url).content.decode())[cases_section.title] == ""
        on_section = _menu_links(client.get(cases_section.url).content.decode())
        assert on_section[cases_section.title] == "page"
        assert _menu_links(client.get(case.url).content.decode())[cases_section.title] == "true"


def test_a_preview_shows_its_own_title_in_the_breadcrumbs(client, case):
    client.get(case.url)  # the live page's header and breadcrumbs are cached

    case.title = "Черновой заголовок"
    preview = case.make_preview_request().render().content.decode()

    assert '<span aria-current="page">Черновой заголовок</span>' in preview
    assert "Черновой заголовок" not in client.get(case.url).content.decode()


def test_a_signed_in_editor_gets_the_cached_header_and_the_user_bar(client, case):
    def header(html: str) -> str:
        return re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)

    anonymous = client.get(case.url).content.decode()
    editor = Client()
    editor.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))

    html = editor.get(case.url).content.decode()

    assert "wagtail-userbar" in html and "wagtail-userbar" not in anonymous
    assert header(html) == header(anonymous)
