"""drf-spectacular hooks."""

API_PREFIX = "/api/registry/"


def registry_endpoints_only(endpoints, **kwargs):
    """Describe only the registry API: Wagtail's own API views do not fit DRF's schema."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIX)]
