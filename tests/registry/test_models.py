"""Model rules a curator meets in the admin form: links, phones, consent dates, team size."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from registry import urls as registry_urls
from registry.factories import CommunityFactory, PersonFactory, TeamMemberFactory
from registry.models import Community, Person, TeamMember, TeamRole
from registry.validators import RESERVED_SLUGS, normalise_phone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("vk_url", "https://vk.com/club1", "https://vk.com.evil.org/club1"),
        ("telegram_url", "https://t.me/rodnik", "https://example.org/t.me"),
        ("ok_url", "https://ok.ru/group/1", "https://vk.com/club1"),
        ("website_url", "https://rodnik.example.org", "не ссылка"),
    ],
)
def test_social_links_must_point_to_their_network(field, good, bad):
    community = CommunityFactory.build(slug="x", municipality=CommunityFactory().municipality)
    setattr(community, field, good)
    community.full_clean(exclude=["slug"])
    setattr(community, field, bad)
    with pytest.raises(ValidationError) as error:
        community.full_clean(exclude=["slug"])
    assert field in error.value.message_dict


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("8 (347) 123-45-67", "+73471234567"),
        ("+7 917 000 11 22", "+79170001122"),
        ("79170001122", "+79170001122"),
        ("9170001122", "+79170001122"),
    ],
)
def test_russian_phones_are_normalised(written, normalised):
    assert normalise_phone(written) == normalised


@pytest.mark.parametrize("bad", ["12345", "+1 202 555 0100", "", "телефон"])
def test_bad_phones_are_rejected(bad):
    with pytest.raises(ValidationError):
        normalise_phone(bad)


def test_consent_needs_its_date():
    person = PersonFactory.build(public_name_consent=True, municipality=None)
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert "public_name_consent_date" in error.value.message_dict


def test_a_team_has_four_members_at_most(municipality_a):
    for role in TeamRole.values:
        TeamMemberFactory(municipality=municipality_a, role=role)
    fifth = TeamMember(
        municipality=municipality_a,
        role=TeamRole.NGO,
        person=PersonFactory(municipality=municipality_a),
    )
    with pytest.raises(ValidationError):
        fifth.full_clean()


@pytest.mark.parametrize("count", [3, 30])
def test_admin_list_queries_do_not_grow_with_rows(
    client, superuser, municipality_a, count, django_assert_max_num_queries
):
    CommunityFactory.create_batch(count, municipality=municipality_a)
    PersonFactory.create_batch(count, municipality=municipality_a)
    client.force_login(superuser)
    for model in (Community, Person):
        with django_assert_max_num_queries(30):
            response = client.get(
                reverse(f"wagtailsnippets_registry_{model._meta.model_name}:list")
            )
        assert response.status_code == 200


@pytest.mark.parametrize("slug", sorted(RESERVED_SLUGS))
def test_a_community_slug_cannot_shadow_a_registry_page(slug, municipality_a):
    community = CommunityFactory.build(slug=slug, municipality=municipality_a)
    with pytest.raises(ValidationError) as error:
        community.full_clean(exclude=["spheres"])
    # The message names the slug in whatever language the curator reads.
    assert [e.code for e in error.value.error_dict["slug"]] == ["reserved"]
    assert slug in error.value.message_dict["slug"][0]


def test_every_fixed_registry_address_is_reserved():
    segments = {str(p.pattern).split("/")[0] for p in registry_urls.urlpatterns}
    fixed = {segment for segment in segments if segment and not segment.startswith("<")}
    assert fixed and fixed <= RESERVED_SLUGS
