from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from accounts import views
from accounts.viewsets import AuthenticatorViewSet, LoginLockoutViewSet


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/verify/", views.verify, name="accounts_2fa_verify"),
        path("two-factor/setup/", views.setup, name="accounts_2fa_setup"),
    ]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [LoginLockoutViewSet(), AuthenticatorViewSet()]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_2fa_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Sign in with a code from an authenticator app as well as the password."),
    }
