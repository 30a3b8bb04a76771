"""The public "add your community" submission: create it for moderation and tell the curators."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.log_actions import log

from registry.models import Community, CommunityStatus
from registry.services import community_unique_slug

logger = logging.getLogger(__name__)

CONSENT_SCOPE = (
    "The community's details may be published in the registry after moderation; "
    "the submitter's name and e-mail are seen only by programme staff and curators."
)


@transaction.atomic
def community_submit(*, community: Community, spheres, consent_scope: str = CONSENT_SCOPE):
    """Save a public submission as "submitted", record the consent and notify the curators.

    `community` is unsaved (built by the public form); its municipality decides the curators.
    """
    community.slug = community_unique_slug(name=community.name)
    community.status = CommunityStatus.SUBMITTED
    community.save()
    community.spheres.set(spheres)
    log(
        community,
        "wagtail.create",
        data={"consent": {"scope": consent_scope, "given_at": timezone.now().isoformat()}},
    )
    transaction.on_commit(lambda: _notify_curators(community))
    return community


def submission_recipients(*, community: Community) -> list[str]:
    """The addresses of the active curators of the community's municipality (maybe none).

    With none, nobody is mailed: the moderation queue tells staff which municipalities'
    curators have no address (registry.selectors.municipalities_without_curator_email).
    """
    curators = get_user_model().objects.filter(
        is_active=True, curator_assignments__municipality=community.municipality_id
    )
    return list(curators.exclude(email="").values_list("email", flat=True).distinct())


def _notify_curators(community: Community) -> None:
    with override(settings.LANGUAGE_CODE):
        subject = _("New community submitted: %(name)s") % {"name": community.name}
        body = _(
            "A community was submitted to the registry in %(municipality)s and awaits "
            "moderation:\n\n%(name)s\n\nOpen the moderation queue: %(url)s"
        ) % {
            "municipality": community.municipality,
            "name": community.name,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("registry_admin:moderation"),
        }
    recipients = submission_recipients(community=community)
    if not recipients:
        return
    try:
        send_mail(subject, body, None, recipients)
    except OSError:
        # No addresses in the log: they are personal data.
        logger.exception("Could not notify the curators of submission %s", community.pk)
