"""Where a request comes from, as far as the site can trust it."""

from django.conf import settings


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or behind N trusted proxies the N-th address from
    the right of X-Forwarded-For (each proxy appends the address it saw; what is further
    left is the client's to forge). The registry's submission limit and the login lockout
    both count by it."""
    remote = request.META.get("REMOTE_ADDR", "unknown")
    proxies = settings.REGISTRY_TRUSTED_PROXY_COUNT
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    if proxies <= 0 or len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]
