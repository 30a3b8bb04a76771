"""The admin listings of experts and themes: search and filters."""

import pytest
from django.urls import reverse

from cms import factories
from cms.models import ExpertRole


@pytest.fixture
def experts(db):
    factories.ExpertFactory(name="Гульнара Ишмухаметова", role=ExpertRole.HEAD)
    factories.ExpertFactory(name="Пётр Сидоров", role=ExpertRole.LECTURER)


def test_experts_are_searched_by_name(admin_client, experts):
    listing = admin_client.get(reverse("wagtailsnippets_cms_expert:list"), {"q": "Гульнара"})
    content = listing.content.decode()
    assert "Гульнара Ишмухаметова" in content
    assert "Пётр Сидоров" not in content


def test_experts_are_filtered_by_role(admin_client, experts):
    listing = admin_client.get(reverse("wagtailsnippets_cms_expert:list"), {"role": "lecturer"})
    content = listing.content.decode()
    assert "Пётр Сидоров" in content
    assert "Гульнара Ишмухаметова" not in content


def test_themes_are_searched_by_name(admin_client):
    factories.ThemeFactory(name="Мониторинг сообществ")
    factories.ThemeFactory(name="Ярмарки")
    listing = admin_client.get(reverse("wagtailsnippets_cms_theme:list"), {"q": "Мониторинг"})
    content = listing.content.decode()
    assert "Мониторинг сообществ" in content
    assert "Ярмарки" not in content
