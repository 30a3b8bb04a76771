import pytest
from django.core.files.base import ContentFile

from cms.factories import ArticlePageFactory, CasePageFactory, ImageFactory, paragraph_body
from collection.models import Build, BuildKind, BuildStatus, Edition, EditionStatus, Entry, Part
from collection.services import edition_freeze

# Ghostscript's CMYK profile (Debian's libgs-common) stands in for the printing house's.
GHOSTSCRIPT_CMYK = "/usr/share/color/icc/ghostscript/default_cmyk.icc"
BASHKIR = "Башҡортостан: Әә Өө Үү Ғғ Ҡҡ Ңң Ҙҙ Ҫҫ Һһ"


@pytest.fixture(autouse=True)
def _own_media(own_media):
    """Uploads and builds of these tests live in their own folders, safe from parallel runs."""


def published(page):
    """Publish through a revision, as the workflow does, so the page has a live revision."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def article(materials, case):
    photo = ImageFactory(title="Двор", description="Жители красят скамейки во дворе")
    body = [
        ("paragraph", "<p>" + "Сообщество начинается с общего дела. " * 30 + "</p>"),
        ("image", {"image": photo, "caption": "Общий двор", "credit": "Фото: И. Петров"}),
        ("paragraph", f'<p>Пример: <a linktype="page" id="{case.pk}">соседский центр</a>.</p>'),
    ]
    return published(
        ArticlePageFactory(
            parent=materials, title="Что такое сообщество", slug="article", body=body
        )
    )


@pytest.fixture
def bashkir_article(materials):
    return published(
        ArticlePageFactory(
            parent=materials, title="Ҡыҙыҡлы тарих", body=paragraph_body(BASHKIR), slug="bashkir"
        )
    )


@pytest.fixture
def case(cases_section):
    return published(CasePageFactory(parent=cases_section, title="Соседский центр", slug="case"))


@pytest.fixture
def edition(db):
    return Edition.objects.create(
        title="Конструктор сообществ",
        subtitle="Сборник материалов",
        year=2026,
        isbn="978-5-907000-00-1",
        udc="316.4",
        bbk="60.5",
        author_mark="К65",
        annotation="Сборник о том, как рождаются и растут сообщества.",
        publisher="Центр развития сообществ",
        publisher_address="450000, г. Уфа, ул. Ленина, 1",
        printer_name="Типография «Пример»",
        printer_address="450001, г. Уфа, ул. Мира, 2",
    )


def add_entry(edition, part_title, page, **kwargs):
    part, _ = Part.objects.get_or_create(
        edition=edition, title=part_title, defaults={"sort_order": edition.parts.count()}
    )
    return Entry.objects.create(part=part, page=page, sort_order=part.entries.count(), **kwargs)


@pytest.fixture
def small_edition(edition, article, bashkir_article, case):
    """A frozen edition of three chapters in two parts: a few pages, quick to build."""
    add_entry(edition, "Теория", article)
    add_entry(edition, "Теория", bashkir_article)
    add_entry(edition, "Кейсы", case)
    return edition_freeze(edition=edition)


def stored_build(edition, kind=BuildKind.SCREEN_PDF, content=b"%PDF-1.7 demo"):
    build = Build(
        edition=edition,
        kind=kind,
        status=BuildStatus.SUCCEEDED,
        page_count=12,
        size=len(content),
    )
    build.file.save(f"edition-{edition.pk}-{kind}.pdf", ContentFile(content), save=False)
    build.save()
    return build


@pytest.fixture
def published_edition(edition):
    edition.status = EditionStatus.PUBLISHED
    edition.save()
    return edition
