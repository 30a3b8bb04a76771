"""One spelling of place names in the registry: «г. Белебей», «с. Старобалтачево», wherever
the name is shown (public pages), served (API) or stored (reference data, curators' edits)."""

import re

import pytest
from django.urls import reverse

from registry.factories import CommunityFactory
from registry.models import Municipality

pytestmark = pytest.mark.django_db

# «г Белебей», «с Аскарово», «рп Чишмы»: a settlement type without its full stop.
BARE_TYPE = re.compile(r"(?<![\w.])(г|с|рп|п|д) [А-ЯЁ]")


def test_reference_names_and_centres_have_one_spelling():
    names = list(Municipality.objects.values_list("name", "centre"))
    spelled = [text for row in names for text in row]
    assert not [text for text in spelled if BARE_TYPE.search(text)]
    assert not [text for text in spelled if text.startswith(("город ", "ЗАТО город "))]
    by_oktmo = dict(Municipality.objects.values_list("oktmo", "centre"))
    assert by_oktmo["80609000"] == "г. Белебей"
    assert by_oktmo["80608000"] == "с. Старобалтачево"
    assert by_oktmo["80657000"] == "р. п. Чишмы"
    named = dict(Municipality.objects.values_list("oktmo", "name"))
    assert named["80727000"] == "г. Нефтекамск"
    assert named["75738000"] == "г. Магнитогорск"  # was «г Магнитогорск» beside «город …»
    assert named["75609000"] == "Ашинский муниципальный район"  # was «р-н Ашинский»
    assert named["57701000"] == "г. Пермь"  # was «Пермский», the name of a district too
    assert named["80707000"] == "ЗАТО г. Межгорье"


def test_public_pages_and_the_api_show_the_full_stop(client):
    belebey = Municipality.objects.get(oktmo="80609000")
    CommunityFactory(name="Клуб «Исток»", municipality=belebey)
    CommunityFactory(name="Клуб «Кама»", municipality=Municipality.objects.get(oktmo="80727000"))
    page = client.get(reverse("registry:municipality", args=[belebey.slug])).content.decode()
    assert "г. Белебей" in page and "г Белебей" not in page
    response = client.get("/api/registry/municipalities/", {"page_size": 200})
    served = {row["oktmo"]: row for row in response.json()["results"]}
    assert served["80609000"]["centre"] == "г. Белебей"
    assert served["80727000"]["name"] == "г. Нефтекамск"


def test_a_name_typed_as_oktmo_writes_it_is_stored_in_the_registrys_spelling():
    municipality = Municipality.objects.get(oktmo="80609000")
    municipality.centre = "г  Белебей"
    municipality.save()
    municipality.refresh_from_db()
    assert municipality.centre == "г. Белебей"
