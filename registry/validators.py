"""Validators for community records: social-network links and Russian phone numbers."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


@deconstructible(path="registry.validators.DomainURLValidator")
class DomainURLValidator:
    """Accepts only https/http links to one of the given hosts (or their subdomains)."""

    def __init__(self, *domains: str, network: str):
        self.domains = domains
        self.network = network

    def __call__(self, value: str) -> None:
        host = (urlsplit(value).hostname or "").lower()
        if not any(host == domain or host.endswith("." + domain) for domain in self.domains):
            raise ValidationError(
                _("Enter a link to %(network)s (%(domains)s)."),
                code="wrong_domain",
                params={"network": self.network, "domains": ", ".join(self.domains)},
            )

    def __eq__(self, other):
        return (
            isinstance(other, DomainURLValidator)
            and self.domains == other.domains
            and self.network == other.network
        )


validate_vk_url = DomainURLValidator("vk.com", "vk.ru", network="VK")
validate_telegram_url = DomainURLValidator("t.me", "telegram.me", network="Telegram")
validate_ok_url = DomainURLValidator("ok.ru", network="Odnoklassniki")


def normalise_phone(value: str) -> str:
    """Return a Russian phone number as +7XXXXXXXXXX, or raise ValidationError.

    Accepts the common ways people write them: 8 (347) 123-45-67, +7 347 1234567, 73471234567.
    """
    digits = re.sub(r"\D", "", value or "")
    if len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    if len(digits) == 10 and digits[0] == "9":
        return "+7" + digits
    raise ValidationError(
        _("Enter a Russian phone number, for example +7 347 123-45-67."), code="bad_phone"
    )


def validate_phone(value: str) -> None:
    normalise_phone(value)


# The fixed path segments of the public registry (registry/urls.py): a community with one of
# these slugs would be shadowed by that page.
RESERVED_SLUGS = frozenset({"add", "map", "municipality"})


def validate_not_reserved_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is the address of a registry page; choose another slug."),
            params={"slug": value},
            code="reserved",
        )
