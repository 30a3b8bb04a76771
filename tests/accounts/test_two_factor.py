"""Two-factor authentication (TOTP): members of the required groups enrol before they reach the
admin, enrolled staff enter a code after the password, and superusers reset authenticators.
Codes are computed here from the secret the enrolment page shows, as a phone app would."""

import io
import re
from base64 import b32decode

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from core import roles
from tests.accounts.conftest import sign_in, signed_in


def code_for(key: bytes, *, offset: int = 0) -> str:
    return f"{(totp(key) + offset) % 1_000_000:06d}"


def secret_on(page) -> bytes:
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', page.content.decode())
    return b32decode(secret.group(1).replace(" ", ""))


@pytest.fixture(autouse=True)
def _no_retry_delay(settings):
    """django-otp makes a device wait 1, 2, 4... seconds after each wrong code; these tests
    enter the right code at once after a wrong one, so the delay is off here."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


@pytest.fixture
def two_factor_required(settings):
    settings.STAFF_2FA_REQUIRED_GROUPS = [roles.METHODOLOGICAL_GROUP]


@pytest.mark.django_db
def test_a_required_member_enrols_before_reaching_the_dashboard(
    client, methodologist, two_factor_required
):
    client.force_login(methodologist)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/setup/")
    assert client.get("/admin/pages/").status_code == 302

    page = client.get(response.url)
    assert page.status_code == 200
    assert "<svg" in page.content.decode()  # the QR code, drawn by the site
    key = secret_on(page)

    wrong = client.post(response.url, {"token": code_for(key, offset=1), "next": "/admin/"})
    assert wrong.status_code == 200
    assert "Код неверный" in wrong.content.decode()
    assert not signed_in(client)

    right = client.post(response.url, {"token": code_for(key), "next": "/admin/"})
    assert right.status_code == 302
    assert signed_in(client)
    assert TOTPDevice.objects.get(user=methodologist).confirmed


@pytest.mark.django_db
def test_an_enrolled_user_enters_a_code_after_the_password(author):
    device = TOTPDevice.objects.create(user=author, name="TOTP", confirmed=True)
    client = Client()
    sign_in(client, "author", "author-pw")

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/verify/")

    wrong = client.post(response.url, {"token": code_for(device.bin_key, offset=7)})
    assert "Код неверный" in wrong.content.decode()
    assert not signed_in(client)

    right = client.post(response.url, {"token": code_for(device.bin_key), "next": "/admin/"})
    assert right.status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_without_the_code_the_public_site_treats_the_user_as_anonymous(
    methodologist, two_factor_required
):
    client = Client()
    client.force_login(methodologist)

    response = client.get("/ru/")
    assert response.status_code == 200
    assert response.wsgi_request.user.is_anonymous


@pytest.mark.django_db
def test_staff_outside_the_required_groups_sign_in_with_the_password(author, two_factor_required):
    client = Client()
    sign_in(client, "author", "author-pw")
    assert signed_in(client)
    # They may still turn it on from their account page.
    assert "/admin/two-factor/setup/" in client.get("/admin/account/").content.decode()


@pytest.mark.django_db
def test_a_superuser_resets_a_lost_authenticator(admin, methodologist, two_factor_required):
    device = TOTPDevice.objects.create(user=methodologist, name="TOTP", confirmed=True)
    superuser = Client()
    superuser.force_login(admin)
    colleague = Client()
    colleague.force_login(methodologist)

    assert "methodologist" in superuser.get("/admin/authenticators/").content.decode()
    assert colleague.get(f"/admin/authenticators/delete/{device.pk}/").status_code == 302
    assert TOTPDevice.objects.filter(pk=device.pk).exists()

    response = superuser.post(f"/admin/authenticators/delete/{device.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=methodologist).exists()
    # At the next sign-in the member is sent to enrol a new one.
    assert colleague.get("/admin/").url.startswith("/admin/two-factor/setup/")


@pytest.mark.django_db
def test_the_reset_command_removes_a_users_authenticators(methodologist):
    TOTPDevice.objects.create(user=methodologist, name="TOTP", confirmed=True)
    out = io.StringIO()

    call_command("reset_two_factor", "methodologist", stdout=out)

    assert not TOTPDevice.objects.filter(user=methodologist).exists()
    assert "Removed 1 authenticator(s) of methodologist." in out.getvalue()
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody", stdout=out)
