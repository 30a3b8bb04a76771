"""Login throttling (django-axes): a user name and an address are locked after
AXES_FAILURE_LIMIT failures; the lockout is the login page with one message whoever asks,
staff can unlock, and a forged X-Forwarded-For does not dodge it."""

import re

import pytest
from django.test import Client

from tests.accounts.conftest import sign_in, signed_in

LOCKED = "Слишком много неудачных попыток входа"


def errors_on(response) -> list[str]:
    return re.findall(r'<li class="error">(.*?)</li>', response.content.decode(), re.DOTALL)


@pytest.fixture(autouse=True)
def _throttling(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 10


@pytest.mark.django_db
def test_thirty_wrong_passwords_lock_the_account_even_for_the_right_one(client, admin):
    for _ in range(30):
        sign_in(client, "admin", "wrong")

    response = sign_in(client, "admin", "right-pw")

    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert not signed_in(client)


@pytest.mark.django_db
def test_a_locked_account_stays_locked_from_another_address(admin):
    for _ in range(10):
        sign_in(Client(), "admin", "wrong", address="192.0.2.10")

    other = Client()
    assert sign_in(other, "admin", "right-pw", address="198.51.100.20").status_code == 429
    assert not signed_in(other)


@pytest.mark.django_db
def test_an_address_trying_many_names_is_locked_but_not_the_names_elsewhere(admin):
    attacker = Client()
    for number in range(10):
        sign_in(attacker, f"user{number}", "guess", address="192.0.2.66")

    assert sign_in(attacker, "admin", "right-pw", address="192.0.2.66").status_code == 429
    assert not signed_in(attacker)
    colleague = Client()
    assert sign_in(colleague, "admin", "right-pw", address="198.51.100.20").status_code == 302
    assert signed_in(colleague)


@pytest.mark.django_db
def test_the_lockout_does_not_tell_whether_the_account_exists(admin):
    answers = []
    for username, address in [("admin", "192.0.2.1"), ("nobody-by-this-name", "192.0.2.2")]:
        for _ in range(10):
            sign_in(Client(), username, "wrong", address=address)
        response = sign_in(Client(), username, "wrong", address=address)
        answers.append((response.status_code, errors_on(response)))

    assert answers[0] == answers[1]
    assert answers[0][0] == 429
    assert LOCKED in answers[0][1][0]


@pytest.mark.django_db
def test_a_methodologist_unlocks_the_account_in_the_admin(admin, methodologist):
    for _ in range(10):
        sign_in(Client(), "admin", "wrong")
    staff = Client()
    staff.force_login(methodologist)

    listing = staff.get("/admin/login-lockouts/")
    assert listing.status_code == 200
    assert "admin" in listing.content.decode()
    from axes.models import AccessAttempt

    attempt = AccessAttempt.objects.get(username="admin")
    response = staff.post(f"/admin/login-lockouts/unlock/{attempt.pk}/")

    assert response.status_code == 302
    user = Client()
    assert sign_in(user, "admin", "right-pw").status_code == 302
    assert signed_in(user)


@pytest.mark.django_db
def test_an_author_can_neither_see_nor_lift_lockouts(admin, author):
    for _ in range(10):
        sign_in(Client(), "admin", "wrong")
    from axes.models import AccessAttempt

    attempt = AccessAttempt.objects.get(username="admin")
    staff = Client()
    staff.force_login(author)

    assert staff.get("/admin/login-lockouts/").status_code in {302, 403}
    assert staff.post(f"/admin/login-lockouts/unlock/{attempt.pk}/").status_code in {302, 403}
    assert sign_in(Client(), "admin", "right-pw").status_code == 429


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_dodge_the_address_lock(settings, admin):
    """Behind one proxy (TRUSTED_PROXY_COUNT=1) the client is the address the proxy
    appended; whatever the client wrote to the left of it is ignored."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for number in range(10):
        forged = f"203.0.113.{number}, 192.0.2.66"
        sign_in(Client(), f"user{number}", "guess", address=proxy, forwarded=forged)

    forged = "203.0.113.200, 192.0.2.66"
    response = sign_in(Client(), "admin", "right-pw", address=proxy, forwarded=forged)
    assert response.status_code == 429
    colleague = Client()
    response = sign_in(colleague, "admin", "right-pw", address=proxy, forwarded="198.51.100.20")
    assert response.status_code == 302


@pytest.mark.django_db
def test_without_proxies_the_forwarded_header_is_ignored(admin):
    for number in range(10):
        sign_in(Client(), f"user{number}", "guess", forwarded=f"203.0.113.{number}")

    response = sign_in(Client(), "admin", "right-pw", forwarded="198.51.100.20")
    assert response.status_code == 429
