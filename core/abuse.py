"""Protection of the public forms against floods: a honeypot field and a per-address limit.

Every form the public can post (add a community, apply for the selection, register for an
event) uses both. The limit counts accepted submissions per client address in the shared cache
(Redis in production), so a person correcting a typo is never locked out, and a slot is taken
atomically before the work, so a burst of concurrent posts cannot overshoot it.
"""

import enum

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from core.network import client_address

HONEYPOT_FIELD = "homepage"
WINDOW_SECONDS = 3600


class HoneypotFormMixin:
    """Adds a field hidden from people that bots, which fill in every field, fill in.

    Render it with `components/honeypot_field.html`; check `form.is_spam` before saving and
    answer a bot as if it had succeeded, so it learns nothing.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))


class Screening(enum.Enum):
    """What to do with a post to a public form (see SubmissionLimit.screen)."""

    REFUSED = "refused"  # over the limit: the form carries the error; answer 429
    SPAM = "spam"  # the honeypot is filled: answer as if it succeeded, save and send nothing
    INVALID = "invalid"  # sent back for correction; it does not count
    VALID = "valid"  # go ahead; give the slot back if the service refuses the submission


class SubmissionLimit:
    """At most `settings.<setting>` submissions of one form per client address per hour.

    `take()` reserves a slot before the submission is processed (False: the hour's slots are
    used up, refuse with `REFUSAL` and status 429); `give_back()` returns it when the
    submission was not accepted (invalid form, duplicate), so only accepted ones count.
    """

    REFUSAL = _("Too many submissions from your address in the last hour. Please try again later.")

    def __init__(self, scope: str, setting: str):
        self.scope = scope
        self.setting = setting

    def _key(self, request) -> str:
        return f"form-limit:{self.scope}:{client_address(request)}"

    def take(self, request) -> bool:
        key = self._key(request)
        cache.add(key, 0, timeout=WINDOW_SECONDS)  # the hour starts at the first submission
        try:
            used = cache.incr(key)
        except ValueError:  # expired in between
            cache.set(key, 1, timeout=WINDOW_SECONDS)
            used = 1
        if used > getattr(settings, self.setting):
            self.give_back(request)
            return False
        return True

    def give_back(self, request) -> None:
        try:
            cache.decr(self._key(request))
        except ValueError:  # expired meanwhile: nothing to give back
            pass

    def screen(self, request, form) -> Screening:
        """Take a slot, then look at the honeypot and validate the form."""
        if not self.take(request):
            form.add_error(None, self.REFUSAL)
            return Screening.REFUSED
        if form.is_spam:
            return Screening.SPAM
        if form.is_valid():
            return Screening.VALID
        self.give_back(request)
        return Screening.INVALID
