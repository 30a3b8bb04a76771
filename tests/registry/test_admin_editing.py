"""Editing a community in the admin: evidence in inline panels drives the level; history kept."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from registry.models import Community, VerificationLevel

pytestmark = pytest.mark.django_db

EMPTY_INLINES = ("fair_presences", "curator_confirmations", "leaderships", "snapshots", "photos")


def community_form(municipality, **inlines):
    data = {
        "name": "Клуб «Родник»",
        "slug": "rodnik",
        "municipality": municipality.pk,
        "form": "club",
        "status": "published",
        "vk_url": "https://vk.com/rodnik",
    }
    for name in EMPTY_INLINES + ("activities",):
        data[name] = inline_formset(inlines.get(name, []))
    return nested_form_data(data)


def test_curator_adds_a_community_with_evidence(client, curator_a, municipality_a):
    client.force_login(curator_a)
    activities = [
        {
            "title": "Субботник",
            "date": "2026-05-01",
            "participants": 40,
            "link": "https://vk.com/w1",
        },
        {
            "title": "Праздник",
            "date": "2026-06-01",
            "participants": 90,
            "link": "https://vk.com/w2",
        },
    ]
    response = client.post(
        reverse("wagtailsnippets_registry_community:add"),
        community_form(
            municipality_a,
            activities=activities,
            curator_confirmations=[{"confirmed_on": "2026-06-02", "note": "Был на празднике"}],
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    community = Community.objects.get(slug="rodnik")
    assert community.verification_level == VerificationLevel.CONFIRMED_BY_CURATOR
    assert community.curator_confirmations.get().curator == curator_a
    assert ModelLogEntry.objects.filter(object_id=str(community.pk), user=curator_a).exists()
    assert Revision.objects.for_instance(community).exists()


def test_bad_vk_link_is_refused_with_a_message(client, curator_a, municipality_a):
    client.force_login(curator_a)
    data = community_form(municipality_a)
    data["vk_url"] = "https://vk.com.example.org/rodnik"
    response = client.post(reverse("wagtailsnippets_registry_community:add"), data)
    assert response.status_code == 200
    assert "vk_url" in response.context["form"].errors
    assert not Community.objects.filter(slug="rodnik").exists()


@pytest.mark.parametrize("view", ["list", "add"])
def test_admin_pages_render(client, superuser, view):
    client.force_login(superuser)
    for model in (
        "community",
        "person",
        "teammember",
        "identifiedleader",
        "municipality",
        "sphere",
    ):
        assert client.get(reverse(f"wagtailsnippets_registry_{model}:{view}")).status_code == 200
