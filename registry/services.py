"""Writes to the registry. Views, the admin, commands and tasks all go through these."""

import logging

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from registry.data_version import registry_data_version_bump
from registry.models import (
    Activity,
    Community,
    CommunityStatus,
    CuratorConfirmation,
    Leadership,
    Snapshot,
    VerificationLevel,
)
from registry.selectors import communities_with_evidence_counts, evidence_of
from registry.validators import RESERVED_SLUGS
from registry.verification import verification_level

logger = logging.getLogger(__name__)

LOG_APPROVE = "registry.approve"
LOG_REJECT = "registry.reject"
LOG_MERGE = "registry.merge"
LOG_MERGED_INTO = "registry.merged_into"


def community_verification_recompute(*, community: Community) -> VerificationLevel:
    """Derive the community's level from its evidence and store it (without a new revision)."""
    annotated = communities_with_evidence_counts(Community.objects.filter(pk=community.pk)).first()
    if annotated is None:  # the community itself is being deleted
        return VerificationLevel(community.verification_level)
    level = verification_level(evidence_of(annotated))
    if level != annotated.verification_level:
        # .update() sends no signal and skips auto_now: both are done here by hand.
        Community.objects.filter(pk=community.pk).update(
            verification_level=level, updated_at=timezone.now()
        )
        registry_data_version_bump()
    community.verification_level = level
    return level


def communities_verification_recompute_all() -> int:
    """Recompute every community's level; return how many changed."""
    changed = []
    for community in communities_with_evidence_counts(Community.objects.all()).iterator():
        level = verification_level(evidence_of(community))
        if level != community.verification_level:
            community.verification_level = level
            community.updated_at = timezone.now()
            changed.append(community)
    Community.objects.bulk_update(changed, ["verification_level", "updated_at"], batch_size=500)
    if changed:
        registry_data_version_bump()
    return len(changed)


def community_approve(*, community: Community, user) -> Community:
    if community.status != CommunityStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted community can be approved."))
    community.status = CommunityStatus.PUBLISHED
    community.save(update_fields=["status", "updated_at"])
    log(community, LOG_APPROVE, user=user)
    return community


def community_reject(*, community: Community, user, reason: str) -> Community:
    """Archive a submission with the reason, and tell the submitter if they left an e-mail."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give the reason for the rejection."))
    if community.status != CommunityStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted community can be rejected."))
    community.status = CommunityStatus.ARCHIVED
    community.rejection_reason = reason
    community.save(update_fields=["status", "rejection_reason", "updated_at"])
    log(community, LOG_REJECT, user=user, data={"reason": reason})
    if community.submitter_email:
        transaction.on_commit(lambda: _notify_rejection(community))
    return community


def _notify_rejection(community: Community) -> None:
    subject = _("Your community “%(name)s” was not added to the registry") % {
        "name": community.name
    }
    body = _(
        "Thank you for your submission. The curator could not add it to the registry.\n\n"
        "Reason: %(reason)s"
    ) % {"reason": community.rejection_reason}
    try:
        send_mail(subject, body, None, [community.submitter_email])
    except OSError as error:
        # Only the error's type: SMTP errors quote the address, which is personal data.
        logger.error(
            "Could not send the rejection notice for community %s (%s)",
            community.pk,
            type(error).__name__,
        )


@transaction.atomic
def community_merge(*, duplicate: Community, into: Community, user) -> Community:
    """Move the duplicate's evidence, leaders, snapshots and photos into `into`, archive it."""
    if duplicate.pk == into.pk:
        raise ValidationError(_("A community cannot be merged into itself."))
    if into.status == CommunityStatus.ARCHIVED:
        raise ValidationError(_("Choose a community that is not archived to merge into."))

    for model in (Activity, CuratorConfirmation):
        model.objects.filter(community=duplicate).update(community=into)
    duplicate.fair_presences.update(community=into)
    existing_leaders = Leadership.objects.filter(community=into).values("person_id")
    Leadership.objects.filter(community=duplicate).exclude(person_id__in=existing_leaders).update(
        community=into
    )
    existing_dates = Snapshot.objects.filter(community=into).values("date")
    Snapshot.objects.filter(community=duplicate).exclude(date__in=existing_dates).update(
        community=into
    )
    duplicate.photos.update(community=into)
    into.spheres.add(*duplicate.spheres.all())

    duplicate.status = CommunityStatus.ARCHIVED
    duplicate.merged_into = into
    duplicate.save(update_fields=["status", "merged_into", "updated_at"])
    community_verification_recompute(community=duplicate)
    community_verification_recompute(community=into)
    log(into, LOG_MERGE, user=user, data={"duplicate": duplicate.pk, "name": duplicate.name})
    log(duplicate, LOG_MERGED_INTO, user=user, data={"into": into.pk, "name": into.name})
    return into


def community_unique_slug(*, name: str, taken: set[str] = frozenset()) -> str:
    """A slug for a new community not used in the database nor in `taken` (e.g. one import),
    and not one of the registry's own addresses ("map", "add", ...)."""
    base = slugify(anyascii(name))[:100] or "community"
    used = set(Community.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    used |= set(taken) | RESERVED_SLUGS
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}-{number}", number + 1
    return slug
