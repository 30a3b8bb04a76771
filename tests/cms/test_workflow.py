"""The review workflow through the admin: authors draft, reviewers review, the methodological
group approves and publishes; nothing unpublished reaches the public."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.factories import ArticlePageFactory
from cms.models import ArticlePage
from core import roles

TITLE = "Черновик о соседских сообществах"


def article_form(title=TITLE, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "neighbours-draft",
            "intro": "Лид черновика",
            "kind": "theory",
            "body": streamfield([("paragraph", rich_text("<p>Текст черновика</p>"))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("cms", "articlepage", parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def approve(client, page):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": ""})


def test_author_creates_a_draft_and_cannot_publish(client, author, materials):
    client.force_login(author)
    response = client.post(add_url(materials), article_form(**{"action-publish": "1"}))

    assert response.status_code == 302
    page = ArticlePage.objects.get(title=TITLE)
    assert not page.live
    edit_page = client.get(edit_url(page)).content.decode()
    assert 'name="action-publish"' not in edit_page
    assert 'name="action-submit"' in edit_page


def test_review_then_approval_publishes(client, author, reviewer, methodologist, materials):
    client.force_login(author)
    client.post(add_url(materials), article_form(**{"action-submit": "1"}))
    page = ArticlePage.objects.get(title=TITLE)
    assert page.current_workflow_task.name == roles.REVIEW_TASK_NAME

    # The author cannot approve their own work.
    assert approve(client, page).status_code in (302, 403)
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.REVIEW_TASK_NAME

    client.force_login(reviewer)
    assert approve(client, page).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.APPROVAL_TASK_NAME
    assert not page.live

    client.force_login(methodologist)
    assert approve(client, page).status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    assert client.get(page.url).status_code == 200


def test_reviewer_cannot_publish_directly(client, reviewer, materials):
    page = ArticlePageFactory(parent=materials, title="Опубликованная статья", slug="published")
    client.force_login(reviewer)
    form = article_form(title="Правка рецензента", slug="published", **{"action-publish": "1"})

    response = client.post(edit_url(page), form)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Опубликованная статья"  # the live version is untouched
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Правка рецензента"


def test_methodological_group_schedules_publishing(client, methodologist, materials):
    go_live_at = timezone.localtime() + datetime.timedelta(minutes=5)
    client.force_login(methodologist)
    form = article_form(go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "1"})

    client.post(add_url(materials), form)

    page = ArticlePage.objects.get(title=TITLE)
    assert not page.live
    assert client.get(page.url).status_code == 404
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live  # not yet time

    # Time passes: the scheduled moment is now in the past.
    revision = page.latest_revision
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_methodological_group_can_lock_a_page(client, methodologist, author, materials):
    page = ArticlePageFactory(parent=materials)
    client.force_login(methodologist)
    client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))
    page.refresh_from_db()
    assert page.locked

    client.force_login(author)
    client.post(edit_url(page), article_form(title="Правка автора", slug=page.slug))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title != "Правка автора"


def test_page_in_review_is_invisible_to_the_public(client, author, materials):
    client.force_login(author)
    client.post(add_url(materials), article_form(**{"action-submit": "1"}))
    page = ArticlePage.objects.get(title=TITLE)
    assert page.current_workflow_state is not None
    client.logout()

    assert client.get("/ru/materials/neighbours-draft/").status_code == 404
    assert TITLE not in client.get("/ru/search/", {"q": "Черновик"}).content.decode()
    assert "neighbours-draft" not in client.get("/sitemap.xml").content.decode()
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    listing = client.get("/api/v2/pages/", {"type": "cms.ArticlePage"}).json()
    assert page.pk not in [item["id"] for item in listing["items"]]
