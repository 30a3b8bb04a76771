from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self):
        from axes.models import AccessAttempt
        from django_otp.plugins.otp_totp.models import TOTPDevice
        from wagtail.permissions import register_permission_policy

        from accounts.policies import StaffRolePolicy
        from core.roles import METHODOLOGICAL_GROUP

        # Lockouts: the methodological group unlocks its colleagues; authenticators: only
        # superusers reset them (a reset lets the password alone in again).
        register_permission_policy(
            AccessAttempt, StaffRolePolicy(AccessAttempt, groups=(METHODOLOGICAL_GROUP,))
        )
        register_permission_policy(TOTPDevice, StaffRolePolicy(TOTPDevice))
