"""What a locked-out login sees (django-axes' AXES_LOCKOUT_CALLABLE)."""

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import ngettext

# 429 Too Many Requests: the client is refused for now, not forbidden for good.
LOCKOUT_STATUS = 429


def lockout_message() -> str:
    """One message whatever was locked (the name or the address) and whether the account
    exists, so a lockout tells an attacker nothing."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return ngettext(
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minute: "
        "try again later or ask an administrator to unlock your account.",
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d minutes: "
        "try again later or ask an administrator to unlock your account.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """The login page itself, which already shows the lockout message (accounts.forms
    LoginForm), answered with 429; any other authenticating view gets the bare message."""
    if original_response is not None and original_response.status_code == 200:
        original_response.status_code = LOCKOUT_STATUS
        return original_response
    return HttpResponse(lockout_message(), status=LOCKOUT_STATUS, content_type="text/plain")


def lockout_lift(*, attempt: AccessAttempt) -> int:
    """Unlock: forget the failures of this attempt's user name and of its address (either may
    be what locked), so the person can sign in at once. Returns how many records went."""
    return axes_reset(ip=attempt.ip_address, username=attempt.username, ip_or_username=True)
