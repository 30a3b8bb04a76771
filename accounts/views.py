"""The second step of signing in to the admin: enter a code, or enrol an authenticator."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login

from accounts.forms import TokenForm
from accounts.two_factor import (
    totp_device_begin,
    totp_device_confirm,
    totp_qr_svg,
    totp_secret_text,
    user_requires_two_factor,
    user_totp_device,
)


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@require_http_methods(["GET", "POST"])
def verify(request):
    """Enter the code from the enrolled authenticator."""
    device = user_totp_device(request.user)
    if device is None:
        return redirect(f"{reverse('accounts_2fa_setup')}?{request.GET.urlencode()}")
    form = TokenForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return TemplateResponse(
        request, "accounts/admin/verify.html", {"form": form, "next": _next_url(request)}
    )


@require_http_methods(["GET", "POST"])
def setup(request):
    """Enrol an authenticator: scan the QR code (or type the secret), then enter a code."""
    if user_totp_device(request.user) is not None:
        return TemplateResponse(request, "accounts/admin/setup_done.html", {})
    device = totp_device_begin(user=request.user)
    form = TokenForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        totp_device_confirm(device=device)
        otp_login(request, device)
        messages.success(request, _("Two-factor authentication is on for your account."))
        return redirect(_next_url(request))
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_svg": totp_qr_svg(device),
        "secret": totp_secret_text(device),
        "required": user_requires_two_factor(request.user),
    }
    return TemplateResponse(request, "accounts/admin/setup.html", context)
