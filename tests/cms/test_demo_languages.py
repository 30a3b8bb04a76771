"""The demo's Bashkir and English pages are translated through and through, and their menus
lead to every section."""

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.db.models import F
from django.test import TestCase, override_settings
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, seeded once for this module and rolled back afterwards."""
    with (
        override_settings(
            MEDIA_ROOT=tmp_path_factory.mktemp("media"),
            PRIVATE_MEDIA_ROOT=tmp_path_factory.mktemp("private"),
        ),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", "--no-builds", verbosity=0)
        yield
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths of the rolled-back translations


@pytest.fixture
def seeded(seeded_once, db):
    return seeded_once


def translated_pages(code):
    return Page.objects.live().filter(locale__language_code=code).exclude(depth__lt=2)


def untranslated_strings(page) -> list[str]:
    """Russian strings of the page's source that its translation gives differently, but which
    still show on the translated page (strings such as numbers translate to themselves)."""
    source = TranslationSource.objects.get(
        object_id=page.translation_key, locale__language_code="ru"
    )
    strings = StringSegment.objects.filter(source=source).values_list("string_id", "string__data")
    same = set(
        StringTranslation.objects.filter(
            locale=page.locale, translation_of__in=[pk for pk, _ in strings]
        )
        .filter(data=F("translation_of__data"))
        .values_list("translation_of_id", flat=True)
    )
    return [data for pk, data in strings if pk not in same and CYRILLIC.search(data)]


@pytest.mark.parametrize("code", ["ba", "en"])
def test_translated_demo_pages_show_no_russian_text_of_their_source(seeded, client, code):
    pages = list(translated_pages(code).specific())
    assert len(pages) >= 7  # home, cases, rulebook, two cases, two rules

    for page in pages:
        html = client.get(page.url).content.decode()
        left = [text for text in untranslated_strings(page) if text in html]
        assert left == [], page.url
        assert "Проблема" not in html and "Что было сделано" not in html


@pytest.mark.parametrize(
    ("code", "own", "note"),
    [
        ("en", ["Community cases", "Golden rules"], "(in Russian)"),
        ("ba", ["Берлектәр кейстары", "Алтын ҡағиҙәләр"], "(урыҫса)"),
    ],
)
def test_demo_menus_list_every_section(seeded, client, code, own, note):
    html = client.get(f"/{code}/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, flags=re.S).group(0)

    for title in own:
        assert f">{title}</a>" in nav
    for title in ["Материалы", "События"]:
        assert f'<span lang="ru">{title}</span> <span class="lang-note">{note}</span>' in nav
