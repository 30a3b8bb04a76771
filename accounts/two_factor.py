"""Two-factor authentication for staff: who must use it, enrolment and reset (django-otp TOTP)."""

from base64 import b32encode

import segno
from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice


def user_requires_two_factor(user) -> bool:
    """Whether the settings oblige this user to sign in with a second factor."""
    if user.is_superuser and settings.STAFF_2FA_REQUIRED_FOR_SUPERUSERS:
        return True
    groups = settings.STAFF_2FA_REQUIRED_GROUPS
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def user_totp_device(user) -> TOTPDevice | None:
    """The user's enrolled (confirmed) authenticator, if any."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def user_needs_verification(user) -> bool:
    """Signed in with a password but not yet with a code, while a code is expected: the user
    has an authenticator, or must enrol one."""
    if not user.is_authenticated or user.is_verified():
        return False
    return user_totp_device(user) is not None or user_requires_two_factor(user)


def totp_device_begin(*, user) -> TOTPDevice:
    """A fresh, unconfirmed authenticator for the user to scan (an earlier unfinished one is
    kept, so reloading the page does not change the QR code)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="TOTP", confirmed=False)


def totp_device_confirm(*, device: TOTPDevice) -> None:
    """The user has entered a valid code from the new authenticator: it replaces any other."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])


def totp_devices_reset(*, user) -> int:
    """Recovery by a superuser: remove the user's authenticators, so they enrol again at their
    next sign-in (or sign in with the password alone where 2FA is not required)."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted


def totp_secret_text(device: TOTPDevice) -> str:
    """The secret as people type it into an app: base32 in groups of four."""
    secret = b32encode(device.bin_key).decode("ascii")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def totp_qr_svg(device: TOTPDevice) -> str:
    """The enrolment QR code as inline SVG, drawn here (no outside service sees the secret)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)
