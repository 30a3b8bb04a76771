"""Curators approve, reject with a reason, or merge a duplicate; each step is in the history."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from registry.factories import (
    ActivityFactory,
    CommunityFactory,
    CuratorConfirmationFactory,
    LeadershipFactory,
    SnapshotFactory,
)
from registry.models import Community, CommunityStatus, VerificationLevel

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(municipality_a):
    return CommunityFactory(
        name="Новое сообщество",
        municipality=municipality_a,
        status=CommunityStatus.SUBMITTED,
        submitter_email="submitter@example.org",
    )


def moderate(client, community, **data):
    return client.post(reverse("registry_admin:moderate", args=[community.pk]), data)


def actions_of(community):
    return list(
        ModelLogEntry.objects.filter(object_id=str(community.pk)).values_list("action", flat=True)
    )


def test_queue_lists_own_submissions_only(client, curator_a, submission, municipality_b):
    CommunityFactory(
        name="Чужая заявка", municipality=municipality_b, status=CommunityStatus.SUBMITTED
    )
    CommunityFactory(name="Уже опубликовано", municipality=submission.municipality)
    client.force_login(curator_a)
    page = client.get(reverse("registry_admin:moderation")).content.decode()
    assert "Новое сообщество" in page
    assert "Чужая заявка" not in page and "Уже опубликовано" not in page


def test_curator_cannot_moderate_another_municipality(client, curator_a, municipality_b):
    other = CommunityFactory(municipality=municipality_b, status=CommunityStatus.SUBMITTED)
    client.force_login(curator_a)
    response = moderate(client, other, action="approve")
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    other.refresh_from_db()
    assert other.status == CommunityStatus.SUBMITTED


def test_approve_publishes(client, curator_a, submission):
    client.force_login(curator_a)
    response = moderate(client, submission, action="approve")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == CommunityStatus.PUBLISHED
    assert "registry.approve" in actions_of(submission)


def test_reject_needs_a_reason_and_notifies_the_submitter(
    client, curator_a, submission, django_capture_on_commit_callbacks
):
    client.force_login(curator_a)
    response = moderate(client, submission, action="reject", reason="  ")
    assert response.status_code == 200
    submission.refresh_from_db()
    assert submission.status == CommunityStatus.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        moderate(client, submission, action="reject", reason="Это не сообщество, а магазин")
    submission.refresh_from_db()
    assert submission.status == CommunityStatus.ARCHIVED
    assert submission.rejection_reason == "Это не сообщество, а магазин"
    assert "registry.reject" in actions_of(submission)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["submitter@example.org"]
    assert "Это не сообщество, а магазин" in mail.outbox[0].body


def test_merge_moves_evidence_and_archives_the_duplicate(client, curator_a, submission):
    existing = CommunityFactory(name="Старое сообщество", municipality=submission.municipality)
    ActivityFactory.create_batch(2, community=submission)
    LeadershipFactory(community=submission)
    SnapshotFactory(community=submission)
    client.force_login(curator_a)
    response = moderate(client, submission, action="merge", into=existing.pk)
    assert response.status_code == 302
    submission.refresh_from_db()
    existing.refresh_from_db()
    assert submission.status == CommunityStatus.ARCHIVED
    assert submission.merged_into == existing
    assert existing.activities.count() == 2
    assert existing.leaderships.count() == 1
    assert existing.snapshots.count() == 1
    assert existing.verification_level == VerificationLevel.DOCUMENTED
    assert submission.verification_level == VerificationLevel.SELF_DECLARED
    assert "registry.merge" in actions_of(existing)
    assert "registry.merged_into" in actions_of(submission)


def test_merge_cannot_target_another_municipality(client, curator_a, submission, municipality_b):
    elsewhere = CommunityFactory(municipality=municipality_b)
    CuratorConfirmationFactory(community=submission)
    client.force_login(curator_a)
    response = moderate(client, submission, action="merge", into=elsewhere.pk)
    assert response.status_code == 200
    assert Community.objects.get(pk=submission.pk).status == CommunityStatus.SUBMITTED
    assert not elsewhere.curator_confirmations.exists()


def test_edits_in_the_admin_are_in_the_history(client, curator_a, submission):
    client.force_login(curator_a)
    history = reverse("wagtailsnippets_registry_community:history", args=[submission.pk])
    moderate(client, submission, action="approve")
    page = client.get(history).content.decode()
    assert "curator-a" in page or curator_a.get_full_name() in page


def test_a_failed_notice_is_logged_without_the_address(
    client, curator_a, submission, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1  # nothing listens there
    client.force_login(curator_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = moderate(client, submission, action="reject", reason="Дубликат")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == CommunityStatus.ARCHIVED
    assert "rejection notice" in caplog.text
    assert "submitter@example.org" not in caplog.text
