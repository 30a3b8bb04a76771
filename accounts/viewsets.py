"""Admin screens for staff security: login lockouts (with Unlock) and authenticators (reset)."""

from axes.models import AccessAttempt
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.admin_views import login_lockout_unlock
from core.admin_columns import YesNoColumn


class UnlockColumn(Column):
    cell_template_name = "accounts/admin/unlock_cell.html"


class StaffSecurityViewSet(ModelViewSet):
    """Records staff see and delete in Settings, never add or edit."""

    add_to_settings_menu = True
    search_backend_name = None
    inspect_view_enabled = False
    form_fields = []  # the permission policies allow view and delete only


class LoginLockoutViewSet(StaffSecurityViewSet):
    """Failed logins counted by django-axes: a name or an address with as many failures as
    AXES_FAILURE_LIMIT is locked until the cool-off ends or someone presses Unlock."""

    model = AccessAttempt
    name = "login_lockouts"
    url_prefix = "login-lockouts"
    icon = "lock"
    menu_label = _("Login lockouts")
    list_display = [
        Column("username", label=_("User name")),
        Column("ip_address", label=_("Address")),
        Column("failures_since_start", label=_("Failed attempts")),
        Column("attempt_time", label=_("Last attempt")),
        UnlockColumn("unlock", label=_("Unlock")),
    ]
    list_filter = []
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("unlock/<id:pk>/", self.unlock_view, name="unlock"),
        ]

    def unlock_view(self, request, pk):
        return login_lockout_unlock(request, pk=pk, viewset=self)


class AuthenticatorViewSet(StaffSecurityViewSet):
    """Staff authenticators; deleting one resets the user's two-factor authentication."""

    model = TOTPDevice
    name = "authenticators"
    url_prefix = "authenticators"
    icon = "key"
    menu_label = _("Two-factor authenticators")
    list_display = [
        Column("user", label=_("User")),
        YesNoColumn("confirmed", label=_("Enrolment finished")),
        Column("last_used_at", label=_("Last used")),
    ]
    search_fields = ["user__username"]
    ordering = ["user__username"]
