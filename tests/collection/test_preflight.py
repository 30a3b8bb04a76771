from importlib.resources import files

import pytest

from cms.factories import (
    ArticlePageFactory,
    ImageFactory,
    LecturePageFactory,
    generated_image_file,
    paragraph_body,
)
from collection.factories import PartFactory
from collection.preflight import IssueKind, Severity, edition_preflight

from .conftest import GHOSTSCRIPT_CMYK, add_entry, published


def kinds(edition):
    return {(i.kind, i.severity) for i in edition_preflight(edition=edition)}


def article_with(materials, slug, body):
    return published(
        ArticlePageFactory(parent=materials, title=f"Статья {slug}", slug=slug, body=body)
    )


def image_body(image, credit="Фото: автор"):
    return [
        (
            "image",
            {
                "image": image,
                "caption": "",
                "credit": credit,
            },
        )
    ]


def test_a_clean_edition_has_no_issues(small_edition):
    assert kinds(small_edition) == set()


def test_without_the_printing_houses_profile_the_shipped_one_needs_no_warning(
    small_edition, settings
):
    settings.COLLECTION_CMYK_PROFILE = ""
    assert edition_preflight(edition=small_edition) == []


# An ICC profile, but of RGB data: WeasyPrint's sRGB profile.
SRGB_PROFILE = str(files("weasyprint") / "sRGB2014.icc")


@pytest.mark.parametrize("profile", ["/nonexistent/printing-house.icc", SRGB_PROFILE])
def test_a_cmyk_profile_setting_that_names_no_cmyk_profile_blocks(small_edition, settings, profile):
    settings.COLLECTION_CMYK_PROFILE = profile
    issues = edition_preflight(edition=small_edition)
    assert [(i.kind, i.is_blocking) for i in issues] == [(IssueKind.BAD_OUTPUT_PROFILE, True)]
    assert profile in issues[0].message


def test_a_cmyk_profile_raises_no_profile_issue(small_edition, settings):
    settings.COLLECTION_CMYK_PROFILE = GHOSTSCRIPT_CMYK
    assert edition_preflight(edition=small_edition) == []


def test_unpublished_page_blocks(small_edition, case):
    case.unpublish()
    assert (IssueKind.PAGE_NOT_LIVE, Severity.ERROR) in kinds(small_edition)


def test_deleted_page_blocks(small_edition, case):
    case.delete()
    assert (IssueKind.PAGE_MISSING, Severity.ERROR) in kinds(small_edition)


def test_pinned_revision_never_approved_blocks(edition, article):
    entry = add_entry(edition, "Теория", article)
    entry.revision = article.save_revision()  # a draft nobody approved
    entry.save()
    assert (IssueKind.NOT_APPROVED, Severity.ERROR) in kinds(edition)


def test_newer_approved_revision_is_a_warning(small_edition, article):
    article.title = "Новая редакция"
    article.save_revision().publish()
    assert kinds(small_edition) == {(IssueKind.CHANGED, Severity.WARNING)}


def test_empty_part_is_reported(small_edition):
    PartFactory(edition=small_edition, title="Ярмарки", sort_order=5)
    assert kinds(small_edition) == {(IssueKind.EMPTY_PART, Severity.WARNING)}


def test_low_resolution_image_blocks_and_names_its_size(edition, materials):
    image = ImageFactory(file=generated_image_file(width=800, height=500))
    add_entry(edition, "Теория", article_with(materials, "low", image_body(image)))
    issues = edition_preflight(edition=edition)
    low = [i for i in issues if i.kind == IssueKind.LOW_RESOLUTION]
    assert low and low[0].is_blocking
    assert "800 × 500" in low[0].message


def test_image_without_alt_text_or_credit_is_a_warning(edition, materials):
    image = ImageFactory(description="", file=generated_image_file(width=2000, height=1200))
    add_entry(edition, "Теория", article_with(materials, "noalt", image_body(image, credit="")))
    assert kinds(edition) == {
        (IssueKind.NO_ALT_TEXT, Severity.WARNING),
        (IssueKind.NO_CREDIT, Severity.WARNING),
    }


def test_links_outside_the_edition_and_to_missing_pages(edition, materials, case):
    body = [
        (
            "paragraph",
            f'<p>См. <a linktype="page" id="{case.pk}">кейс</a> и '
            '<a linktype="page" id="999999">старую страницу</a>.</p>',
        )
    ]
    add_entry(edition, "Теория", article_with(materials, "links", body))
    assert kinds(edition) == {
        (IssueKind.OUTSIDE_LINK, Severity.WARNING),
        (IssueKind.BROKEN_LINK, Severity.ERROR),
    }


def test_links_inside_the_edition_are_fine(edition, materials, case):
    body = [("paragraph", f'<p>См. <a linktype="page" id="{case.pk}">кейс</a>.</p>')]
    add_entry(edition, "Теория", article_with(materials, "inside", body))
    add_entry(edition, "Кейсы", case)
    assert kinds(edition) == set()


@pytest.mark.parametrize("char", ["漢", "☃"])
def test_characters_the_fonts_cannot_draw_block(edition, materials, char):
    body = [("paragraph", f"<p>Знак {char} в тексте</p>")]
    add_entry(edition, "Теория", article_with(materials, "glyph", body))
    issues = [i for i in edition_preflight(edition=edition) if i.kind == IssueKind.MISSING_GLYPH]
    assert issues and issues[0].is_blocking
    assert f"U+{ord(char):04X}" in issues[0].message


def test_a_lead_the_text_repeats_is_a_warning(edition, materials):
    lead = "Где искать сообщества муниципалитета и как их описывать."
    lecture = published(
        LecturePageFactory(parent=materials, title="Лекция", intro=lead, summary=f"<p>{lead}</p>")
    )
    article = article_with(materials, "same", paragraph_body(lead + " А дальше — подробности."))
    article.intro = lead
    published(article)
    other = article_with(materials, "other", paragraph_body("Совсем другие слова."))
    for page in (lecture, article, other):
        add_entry(edition, "Методы", page)

    issues = [i for i in edition_preflight(edition=edition) if i.kind == IssueKind.LEAD_REPEATED]
    assert [i.severity for i in issues] == [Severity.WARNING, Severity.WARNING]
    assert "Лекция" in issues[0].message and "Статья same" in issues[1].message


def test_links_to_a_local_site_address_are_a_warning(small_edition, settings):
    settings.COLLECTION_PUBLIC_BASE_URL = ""
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    assert kinds(small_edition) == {(IssueKind.LOCAL_BASE_URL, Severity.WARNING)}
    settings.WAGTAILADMIN_BASE_URL = "https://konstruktor.example.org"
    assert kinds(small_edition) == set()
