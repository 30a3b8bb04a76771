from axes.models import AccessAttempt
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.lockout import lockout_lift


@require_POST
def login_lockout_unlock(request, *, pk: int, viewset):
    """The Unlock button of the login lockouts listing."""
    if not viewset.permission_policy.user_has_permission(request.user, "delete"):
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    lockout_lift(attempt=attempt)
    messages.success(
        request, _("Unlocked: %(username)s can sign in again.") % {"username": attempt.username}
    )
    return redirect(viewset.get_url_name("index"))
