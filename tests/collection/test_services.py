import pytest
from django.core.exceptions import ValidationError

from cms.factories import ArticlePageFactory, paragraph_body
from collection.assembly import edition_assemble
from collection.models import EditionStatus
from collection.selectors import entry_has_changed
from collection.services import edition_freeze, entry_pin

from .conftest import add_entry, published


def test_pin_takes_the_approved_live_revision(edition, article):
    entry = add_entry(edition, "Теория", article)
    # A newer draft that nobody approved yet must not be pinned.
    article.title = "Черновик"
    article.save_revision()
    entry_pin(entry=entry)
    assert entry.revision_id == article.live_revision_id
    assert entry_has_changed(entry=entry) is False


def test_publishing_a_new_revision_is_detected_as_a_change(edition, article):
    entry = entry_pin(entry=add_entry(edition, "Теория", article))
    article.title = "Новая редакция"
    article.save_revision().publish()
    entry.page.refresh_from_db()
    assert entry_has_changed(entry=entry) is True
    entry_pin(entry=entry)
    assert entry_has_changed(entry=entry) is False


def test_unpublished_page_cannot_be_pinned(edition, materials):
    draft = ArticlePageFactory(parent=materials, live=False, slug="unpublished")
    entry = add_entry(edition, "Теория", draft)
    with pytest.raises(ValidationError):
        entry_pin(entry=entry)
    entry.refresh_from_db()
    assert entry.revision_id is None


def test_freeze_pins_everything_and_assembly_prints_pinned_content(edition, article, case):
    add_entry(edition, "Теория", article)
    add_entry(edition, "Кейсы", case)
    edition_freeze(edition=edition)
    assert edition.status == EditionStatus.FROZEN
    # A later publication does not change what the frozen edition prints.
    article.title = "Изменённая статья"
    article.save_revision().publish()
    assembled = edition_assemble(edition=edition)
    assert [p.part.title for p in assembled] == ["Теория", "Кейсы"]
    assert [c.page.title for p in assembled for c in p.chapters] == [
        "Что такое сообщество",
        "Соседский центр",
    ]
    assert assembled[1].chapters[0].page.community_name == case.community_name


def test_entry_with_children_prints_live_children_in_order(edition, materials):
    section = published(materials)
    first = published(
        ArticlePageFactory(parent=materials, title="Первая", body=paragraph_body("А"), slug="first")
    )
    second = published(
        ArticlePageFactory(
            parent=materials, title="Вторая", body=paragraph_body("Б"), slug="second"
        )
    )
    ArticlePageFactory(parent=materials, title="Черновая", live=False, slug="draft")
    add_entry(edition, "Материалы", section, include_children=True)
    edition_freeze(edition=edition)
    chapters = edition_assemble(edition=edition)[0].chapters
    assert [c.page.title for c in chapters][1:] == [first.title, second.title]
    assert [c.is_child for c in chapters] == [False, True, True]


def test_draft_edition_prints_what_is_approved_now_without_pinning(edition, article):
    entry = add_entry(edition, "Теория", article)
    article.title = "Черновик"
    article.save_revision()  # not approved: the edition keeps printing the live revision
    chapters = edition_assemble(edition=edition)[0].chapters
    assert [c.page.title for c in chapters] == ["Что такое сообщество"]
    entry.refresh_from_db()
    assert entry.revision_id is None
