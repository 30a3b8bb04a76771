"""Where each page type may be created: the site's tree as editors meet it in «Add child page».

The intended tree is written out here rather than read from the models, so a change to a
page type's parent or subpage types has to change this table too.
"""

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from cms.models import (
    ArticlePage,
    CasePage,
    ConferencePage,
    EventPage,
    GoldenRulePage,
    HomePage,
    LecturePage,
    RecommendationsPage,
    RulebookPage,
    SectionPage,
)

# Page type → the page types it may hold.
TREE = {
    Page: {HomePage},  # the tree's root holds the home page of each language
    HomePage: {SectionPage, RulebookPage, ArticlePage},
    SectionPage: {
        SectionPage,
        ArticlePage,
        ConferencePage,
        LecturePage,
        CasePage,
        EventPage,
        RecommendationsPage,
    },
    RulebookPage: {GoldenRulePage},
    ConferencePage: {LecturePage},
    ArticlePage: set(),
    CasePage: set(),
    EventPage: set(),
    GoldenRulePage: set(),
    LecturePage: set(),
    RecommendationsPage: set(),
}
CREATABLE = [model for model in TREE if model is not Page]


class PageTreeTests(WagtailPageTestCase):
    def test_every_page_type_of_the_site_is_in_the_table(self):
        cms_pages = {model for model in get_page_models() if model._meta.app_label == "cms"}
        self.assertEqual(cms_pages, set(CREATABLE))

    def test_each_page_type_holds_only_its_subpage_types(self):
        for parent in CREATABLE:
            with self.subTest(parent=parent.__name__):
                self.assertAllowedSubpageTypes(parent, TREE[parent])

    def test_each_page_type_goes_only_under_its_parent_types(self):
        for child in CREATABLE:
            parents = {parent for parent, children in TREE.items() if child in children}
            with self.subTest(child=child.__name__):
                self.assertAllowedParentPageTypes(child, parents)

    def test_each_page_type_can_be_created_where_the_table_allows_and_nowhere_else(self):
        for parent, children in TREE.items():
            for child in CREATABLE:
                with self.subTest(parent=parent.__name__, child=child.__name__):
                    if child in children:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_a_home_page_holds_one_rulebook(self):
        home = HomePage.objects.get(locale__language_code="ru")
        self.assertTrue(home.get_children().type(RulebookPage).exists())
        self.assertFalse(RulebookPage.can_create_at(home))
        self.assertTrue(SectionPage.can_create_at(home))
