"""The round table's recommendations: written in the admin, approved through the workflow,
public once published, and printable in the collection."""

import io

import pypdf
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.factories import EventPageFactory
from cms.models import EventKind, RecommendationsPage
from collection.builds import build_request
from collection.models import BuildKind, BuildStatus, Edition, Entry, Part
from collection.services import edition_freeze
from core import roles

pytestmark = pytest.mark.usefixtures("own_media")

TITLE = "Рекомендации круглого стола"
ITEMS = [
    ("Администрациям муниципальных образований", "Принять программы поддержки сообществ."),
    ("Средствам массовой информации", "Рассказывать об успешных сообществах."),
]


@pytest.fixture
def round_table(events_section):
    return EventPageFactory(
        parent=events_section, title="Итоговый круглый стол", kind=EventKind.ROUND_TABLE
    )


def recommendations_form(event, **extra):
    return nested_form_data(
        {
            "title": TITLE,
            "slug": "recommendations",
            "intro": "Что предлагают участники",
            "adopted_on": "2026-11-26",
            "event": event.pk,
            "recommendations": streamfield(
                [
                    (
                        "recommendation",
                        {"addressee": addressee, "text": rich_text(f"<p>{text}</p>")},
                    )
                    for addressee, text in ITEMS
                ]
            ),
            "comments": inline_formset([]),
            **extra,
        }
    )


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("cms", "recommendationspage", parent.pk))


def approve(client, page):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": ""})


def published_recommendations(events_section, round_table):
    page = RecommendationsPage(
        title=TITLE,
        slug="recommendations",
        adopted_on="2026-11-26",
        event=round_table,
        recommendations=[
            ("recommendation", {"addressee": addressee, "text": f"<p>{text}</p>"})
            for addressee, text in ITEMS
        ],
    )
    events_section.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_recommendations_are_reviewed_approved_and_published(
    client, author, reviewer, methodologist, events_section, round_table
):
    client.force_login(author)
    response = client.post(
        add_url(events_section), recommendations_form(round_table, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    page = RecommendationsPage.objects.get(title=TITLE)
    assert not page.live
    assert page.current_workflow_task.name == roles.REVIEW_TASK_NAME
    assert client.get(page.url).status_code == 404

    client.force_login(reviewer)
    assert approve(client, page).status_code == 302
    page.refresh_from_db()
    assert not page.live and page.current_workflow_task.name == roles.APPROVAL_TASK_NAME

    client.force_login(methodologist)
    assert approve(client, page).status_code == 302
    page.refresh_from_db()
    assert page.live and page.current_workflow_state is None


def test_only_a_round_table_can_be_the_source(client, methodologist, events_section):
    fair = EventPageFactory(parent=events_section, title="Ярмарка", kind=EventKind.FAIR)
    client.force_login(methodologist)

    response = client.post(
        add_url(events_section), recommendations_form(fair, **{"action-publish": "1"})
    )

    assert response.status_code == 200
    assert "круглый стол" in response.content.decode()
    assert not RecommendationsPage.objects.exists()


def test_public_page_numbers_the_recommendations(client, events_section, round_table):
    page = published_recommendations(events_section, round_table)

    html = client.get(page.url).content.decode()

    assert f"<h1>{TITLE}</h1>" in html
    assert '<ol class="recommendations">' in html
    assert html.count('<li class="recommendation">') == 2
    for addressee, text in ITEMS:
        assert addressee in html and text in html
    assert f'href="{round_table.url}"' in html
    assert "26 ноября 2026" in html


def test_recommendations_print_in_the_collection(events_section, round_table):
    page = published_recommendations(events_section, round_table)
    edition = Edition.objects.create(title="Сборник", year=2026)
    part = Part.objects.create(edition=edition, title="Итоги", sort_order=0)
    Entry.objects.create(part=part, page=page, sort_order=0)
    edition_freeze(edition=edition)

    build = build_request(edition=edition, kind=BuildKind.SCREEN_PDF)
    build.refresh_from_db()

    assert build.status == BuildStatus.SUCCEEDED, build.log
    with build.file.open("rb") as file:
        text = " ".join(
            page.extract_text() for page in pypdf.PdfReader(io.BytesIO(file.read())).pages
        )
    text = " ".join(text.split())
    assert TITLE in text
    for addressee, recommendation in ITEMS:
        assert addressee in text
        assert " ".join(recommendation.split()[:2]) in text
    assert "1." in text and "2." in text
