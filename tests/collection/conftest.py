import pytest

from cms.factories import ArticlePageFactory, CasePageFactory, ImageFactory, paragraph_body
from collection.factories import EditionFactory, EntryFactory, PartFactory
from collection.models import EditionStatus
from collection.services import edition_freeze

from .demo_book import book, demo, screen_book  # noqa: F401 (fixtures: the demo book, built once)

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
    return EditionFactory()


def add_entry(edition, part_title, page, **kwargs):
    """The page as the last entry of the part of that title, made the last part if new."""
    part = edition.parts.filter(title=part_title).first()
    return EntryFactory(
        part=part or PartFactory(edition=edition, title=part_title), page=page, **kwargs
    )


@pytest.fixture
def small_edition(edition, article, bashkir_article, case):
    """A frozen edition of three chapters in two parts: a few pages, quick to build."""
    add_entry(edition, "Теория", article)
    add_entry(edition, "Теория", bashkir_article)
    add_entry(edition, "Кейсы", case)
    return edition_freeze(edition=edition)


@pytest.fixture
def published_edition(edition):
    edition.status = EditionStatus.PUBLISHED
    edition.save()
    return edition
