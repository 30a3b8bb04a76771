"""Translations into Bashkir and English with wagtail-localize, through the admin."""

import io

import polib
import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation

from cms import factories
from cms.models import CasePage, Expert
from registry.models import Sphere

BASHKIR_NAME = "Ҡатын-ҡыҙҙар советы: Әсә, Өмөт, Үҙәк, Ғаилә, Ңәмә, Ҙур, Ҫыу, Һөнәр"


@pytest.fixture
def ba(db):
    return Locale.objects.get(language_code="ba")


def test_django_knows_bashkir():
    info = translation.get_language_info("ba")
    assert info["name_local"] == "Башҡортса"
    assert not info["bidi"]
    # Without a catalogue Django would not accept the /ba/ prefix at all.
    assert translation.check_for_language("ba")


def submit_page_translation(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
    return client.post(url, {"locales": [locale.pk]})


def test_case_translated_to_bashkir_through_po_file(
    client, methodologist, cases_section, ba, django_capture_on_commit_callbacks
):
    case = factories.CasePageFactory(
        parent=cases_section, title="Совет женщин", slug="women", community_name="Совет женщин"
    )
    client.force_login(methodologist)

    response = submit_page_translation(client, case, ba)
    assert response.status_code == 302
    ba_case = case.get_translation(ba)
    assert not ba_case.live

    # The translated page opens in wagtail-localize's translation editor.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=(ba_case.pk,)))
    assert editor.status_code == 200
    assert "js-translation-editor" in editor.content.decode()

    # The translator downloads the PO file, translates the strings and uploads it back.
    translation_record = Translation.objects.get(
        source__object_id=case.translation_key, target_locale=ba
    )
    download = client.get(
        reverse("wagtail_localize:download_pofile", args=(translation_record.pk,))
    )
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        if entry.msgid == "Совет женщин":
            entry.msgstr = BASHKIR_NAME
    upload = io.BytesIO(str(po).encode())
    upload.name = "women-ba.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=(translation_record.pk,)),
        {"file": upload},
    )
    assert response.status_code == 302

    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation_record.save_target(user=methodologist, publish=True)
    ba_case = CasePage.objects.get(pk=ba_case.pk)
    assert ba_case.live
    assert ba_case.community_name == BASHKIR_NAME

    client.logout()
    page = client.get(ba_case.url)
    assert page.status_code == 200
    assert BASHKIR_NAME in page.content.decode()
    assert ba_case.url.startswith("/ba/")

    items = client.get("/api/v2/pages/", {"locale": "ba", "type": "cms.CasePage", "fields": "*"})
    [item] = items.json()["items"]
    assert item["community_name"] == BASHKIR_NAME
    assert item["meta"]["locale"] == "ba"


def test_translate_action_offered_on_pages_and_snippets(client, methodologist, cases_section):
    case = factories.CasePageFactory(parent=cases_section)
    expert = factories.ExpertFactory()
    client.force_login(methodologist)

    page_url = reverse("wagtail_localize:submit_page_translation", args=(case.pk,))
    assert (
        page_url
        in client.get(reverse("wagtailadmin_explore", args=(cases_section.pk,))).content.decode()
    )
    snippet_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=("cms", "expert", expert.pk)
    )
    assert snippet_url in client.get(reverse("wagtailsnippets_cms_expert:list")).content.decode()


def first_sphere():
    return Sphere.objects.filter(locale__language_code="ru").order_by("pk").first()


@pytest.mark.parametrize("make", [factories.ExpertFactory, factories.ThemeFactory, first_sphere])
def test_snippets_translate_into_bashkir_and_english(client, methodologist, make):
    snippet = make()
    model = type(snippet)
    client.force_login(methodologist)
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=(model._meta.app_label, model._meta.model_name, snippet.pk),
    )
    locales = Locale.objects.filter(language_code__in=["ba", "en"])

    response = client.post(url, {"locales": [locale.pk for locale in locales]})

    assert response.status_code == 302
    translations = model.objects.filter(translation_key=snippet.translation_key)
    assert sorted(translations.values_list("locale__language_code", flat=True)) == [
        "ba",
        "en",
        "ru",
    ]


def test_authors_cannot_submit_translations(client, author, cases_section, ba):
    case = factories.CasePageFactory(parent=cases_section)
    client.force_login(author)
    response = submit_page_translation(client, case, ba)
    assert response.status_code in (302, 403)
    assert not CasePage.objects.filter(translation_key=case.translation_key, locale=ba).exists()


def test_expert_listing_filters_by_locale(client, methodologist, ba):
    factories.ExpertFactory(name="Русский эксперт")
    Expert.objects.create(name="Башҡорт эксперты", locale=ba)
    client.force_login(methodologist)
    listing = client.get(reverse("wagtailsnippets_cms_expert:list"), {"locale": "ba"})
    assert "Башҡорт эксперты" in listing.content.decode()
    assert "Русский эксперт" not in listing.content.decode()
