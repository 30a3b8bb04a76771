from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode

from accounts.two_factor import user_needs_verification, user_totp_device

# The admin views a user who has only given the password may open.
OPEN_VIEWS = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "accounts_2fa_verify",
    "accounts_2fa_setup",
)


class StaffTwoFactorMiddleware:
    """Staff who have an authenticator, or must have one, reach the admin only after entering
    a code: until then the admin sends them to verify (or to enrol), and the rest of the site
    treats them as anonymous. Goes after django_otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_home = reverse("wagtailadmin_home")
        if not request.path.startswith(admin_home):
            user = request.user
            request.user = SimpleLazyObject(lambda: _verified_or_anonymous(user))
            return self.get_response(request)
        if request.path in {reverse(name) for name in OPEN_VIEWS}:
            return self.get_response(request)
        if user_needs_verification(request.user):
            name = "accounts_2fa_verify" if user_totp_device(request.user) else "accounts_2fa_setup"
            return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


def _verified_or_anonymous(user):
    if user_needs_verification(user):
        anonymous = AnonymousUser()
        anonymous.is_verified = lambda: False
        return anonymous
    return user
