"""drf-spectacular hooks."""

# The product's DRF APIs; Wagtail's own API views (/api/v2/) do not fit DRF's schema.
API_PREFIXES = ("/api/registry/", "/api/collection/")


def drf_endpoints_only(endpoints, **kwargs):
    """Describe the registry and collection APIs and nothing else."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIXES)]
