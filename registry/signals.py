"""Signal receivers: verification levels follow the evidence, the data version follows edits."""

from registry.data_version import registry_data_version_bump
from registry.models import Community
from registry.services import community_verification_recompute


def evidence_changed(sender, instance, **kwargs):
    # Looked up afresh: the evidence may be going away together with its community.
    community = Community.objects.filter(pk=instance.community_id).first()
    if community is not None:
        community_verification_recompute(community=community)


def registry_data_changed(sender, **kwargs):
    registry_data_version_bump()
