"""Where a request comes from, as far as the site can trust it."""

from ipaddress import ip_address

from django.conf import settings


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or behind N trusted proxies the N-th address from
    the right of X-Forwarded-For (each proxy appends the address it saw; what is further
    left is the client's to forge). The public forms' limits and the login lockout both
    count by it. An empty string when there is no valid address (a request made inside
    the process, such as a test's force_login): the lockout stores addresses as IP values."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [hop for hop in forwarded if hop]
    if proxies > 0 and len(forwarded) >= proxies:
        address = forwarded[-proxies]
    try:
        return str(ip_address(address))
    except ValueError:
        return ""
