"""The interface speaks Russian by default and Bashkir on /ba/: the catalogues are complete."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from cms import factories
from tests.cms.translation_helpers import publish_translation

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])


def catalogue(language_code):
    return polib.pofile(str(LOCALE_DIR / language_code / "LC_MESSAGES" / "django.po"))


def test_russian_catalogue_translates_every_string_without_fuzzy_guesses():
    po = catalogue("ru")

    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert po.metadata["Plural-Forms"].startswith("nplurals=3;")


def test_bashkir_catalogue_covers_every_public_template_string():
    # Admin screens may fall back to Russian; the public site may not.
    missing = [
        entry.msgid
        for entry in catalogue("ba")
        if not entry.translated()
        and any(
            path.startswith("templates/") and "/admin/" not in path
            for path, _line in entry.occurrences
        )
    ]
    assert missing == []


def test_compiled_catalogues_are_in_step_with_the_sources():
    # The set-up scripts do not compile messages: a stale .mo would show old text.
    for language_code in ("ru", "ba", "en"):
        po_file = LOCALE_DIR / language_code / "LC_MESSAGES" / "django.po"
        mo = polib.mofile(str(po_file.with_suffix(".mo")))
        compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
        for entry in catalogue(language_code).translated_entries():
            if not entry.msgid_plural:
                assert compiled[(entry.msgctxt, entry.msgid)] == entry.msgstr, entry.msgid


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 сообщество"), (3, "3 сообщества"), (5, "5 сообществ"), (21, "21 сообщество")],
)
def test_russian_plurals_agree_with_the_number(count, expected):
    with translation.override("ru"):
        text = translation.ngettext("%(counter)s community", "%(counter)s communities", count) % {
            "counter": count
        }
    assert text == expected


def test_russian_home_page_shows_russian_interface_labels(client, home, cases_section):
    factories.CasePageFactory(parent=cases_section, title="Пруд во дворе")

    html = client.get("/ru/").content.decode()

    assert '<h2 id="latest-cases">Последние кейсы</h2>' in html
    assert '<button type="submit">Найти</button>' in html
    assert "Перейти к содержимому" in html
    assert "Latest cases" not in html and ">Find<" not in html


def test_bashkir_pages_show_bashkir_labels(client, home, cases_section):
    case = factories.CasePageFactory(parent=cases_section, title="Пруд во дворе")
    publish_translation(case, "ba")

    html = client.get("/ba/").content.decode()

    assert '<h2 id="latest-cases">Һуңғы кейстар</h2>' in html
    assert '<button type="submit">Табырға</button>' in html
    assert "Последние кейсы" not in html


def test_english_pages_keep_the_english_labels(client, home, cases_section):
    case = factories.CasePageFactory(parent=cases_section, title="Pond")
    publish_translation(case, "en")

    html = client.get("/en/").content.decode()

    assert '<h2 id="latest-cases">Latest cases</h2>' in html
    assert '<button type="submit">Find</button>' in html
