"""The registry's public addresses the caches hold, and when it asks to purge them
(core.purging; the site's purge machinery receives the request)."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from core.purging import absolute_urls, purge_requested, view_paths
from registry.models import Community, Municipality

REGISTRY_API_LISTINGS = [
    "/api/registry/communities/",
    "/api/registry/municipalities/",
    "/api/registry/spheres/",
    "/api/registry/geojson/communities/",
    "/api/registry/geojson/municipalities/",
    "/api/registry/statistics/",
]
# Records shown on a community's page (other apps connect theirs to community_record_changed).
COMMUNITY_RECORDS = [
    "registry.Community",
    "registry.CommunityPhoto",
    "registry.Leadership",
    "registry.Activity",
    "registry.CuratorConfirmation",
    "registry.Snapshot",
]


def community_urls(community) -> set[str]:
    paths = view_paths("registry:community", slug=community.slug)
    return absolute_urls(paths | {f"/api/registry/communities/{community.slug}/"})


def municipality_urls(municipality) -> set[str]:
    paths = view_paths("registry:municipality", slug=municipality.slug)
    return absolute_urls(paths | {f"/api/registry/municipalities/{municipality.slug}/"})


def registry_index_urls() -> set[str]:
    """What lists the registry: the list, the map, municipality pages and the API listings."""
    paths = view_paths("registry:list") | view_paths("registry:map") | set(REGISTRY_API_LISTINGS)
    urls = absolute_urls(paths)
    for municipality in Municipality.objects.only("slug"):
        urls |= municipality_urls(municipality)
    return urls


def registry_site_urls() -> set[str]:
    """Every public address of the registry (a purge of everything)."""
    urls = registry_index_urls()
    for community in Community.objects.only("slug"):
        urls |= community_urls(community)
    return urls


def registry_linked_object_urls(model, object_ids) -> set[str]:
    """The pages of the communities and municipalities a page names."""
    urls = set()
    if model is Community:
        for community in Community.objects.filter(pk__in=object_ids).only("slug"):
            urls |= community_urls(community)
    elif model is Municipality:
        for municipality in Municipality.objects.filter(pk__in=object_ids).only("slug"):
            urls |= municipality_urls(municipality)
    return urls


def registry_purge() -> None:
    """The registry changed: what lists it goes from the caches in front on commit."""
    purge_requested.send(sender=Community, later=registry_index_urls)


def community_record_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, Community):
        purge_requested.send(sender=sender, urls=community_urls(instance))
        return
    # Looked up afresh: the record may be going away together with its community.
    community = Community.objects.filter(pk=instance.community_id).only("slug").first()
    if community is not None:
        purge_requested.send(sender=sender, urls=community_urls(community))


def connect() -> None:
    for label in COMMUNITY_RECORDS:
        for signal in (post_save, post_delete):
            signal.connect(
                community_record_changed,
                sender=apps.get_model(label),
                dispatch_uid=f"purge-{label}",
            )
