"""Factories for registry records, shared by the tests and the demo seeding.

Each factory gets or creates by the record's natural key, so seeding twice adds nothing.

Municipalities, regions and spheres are reference data loaded by a migration: factories pick
them, and only MunicipalityFactory makes new ones (for neighbouring regions or tests).
"""

import datetime

import factory
from django.contrib.auth import get_user_model
from faker import Faker

from registry import models

fake = Faker("ru_RU")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("password")
    first_name = factory.LazyFunction(fake.first_name)
    last_name = factory.LazyFunction(fake.last_name)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Municipality

    region = factory.LazyFunction(lambda: models.Region.objects.get(is_home=True))
    name = factory.Sequence(lambda n: f"Тестовый муниципальный район {n}")
    slug = factory.Sequence(lambda n: f"test-municipality-{n}")
    kind = models.MunicipalityKind.DISTRICT
    oktmo = factory.Sequence(lambda n: f"{99000000 + n}")
    centre = factory.LazyFunction(fake.city_name)


class CommunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Community
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Сообщество {n}")
    slug = factory.Sequence(lambda n: f"community-{n}")
    municipality = factory.LazyFunction(
        lambda: models.Municipality.objects.filter(region__is_home=True).first()
    )
    form = models.CommunityForm.INFORMAL_GROUP
    description = factory.LazyFunction(lambda: fake.paragraph(nb_sentences=2))
    founding_year = 2020
    members_reported = 25
    status = models.CommunityStatus.PUBLISHED

    @factory.post_generation
    def spheres(self, create, extracted, **kwargs):
        if create and extracted:
            self.spheres.set(extracted)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Person
        django_get_or_create = ("email",)

    full_name = factory.LazyFunction(fake.name)
    municipality = factory.LazyFunction(
        lambda: models.Municipality.objects.filter(region__is_home=True).first()
    )
    phone = factory.Sequence(lambda n: f"+7917{n:07d}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")


class LeadershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Leadership
        django_get_or_create = ("community", "person")

    community = factory.SubFactory(CommunityFactory)
    person = factory.SubFactory(
        PersonFactory, municipality=factory.SelfAttribute("..community.municipality")
    )
    role = "Руководитель"


class ActivityFactory(factory.django.DjangoModelFactory):
    """A documented activity: dated, with participants and a public link."""

    class Meta:
        model = models.Activity
        django_get_or_create = ("community", "title", "date")

    community = factory.SubFactory(CommunityFactory)
    title = factory.Sequence(lambda n: f"Встреча жителей {n}")
    date = datetime.date(2026, 5, 1)
    participants = 30
    link = factory.Sequence(lambda n: f"https://vk.com/wall-1_{n}")


class CuratorConfirmationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CuratorConfirmation
        django_get_or_create = ("community", "confirmed_on")

    community = factory.SubFactory(CommunityFactory)
    confirmed_on = datetime.date(2026, 6, 1)
    note = "Куратор побывал на встрече"


class SnapshotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Snapshot
        django_get_or_create = ("community", "date")

    community = factory.SubFactory(CommunityFactory)
    date = datetime.date(2026, 1, 1)
    members = 20
    activities_in_period = 3


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TeamMember
        django_get_or_create = ("municipality", "role", "person")

    municipality = factory.LazyFunction(
        lambda: models.Municipality.objects.filter(region__is_home=True).first()
    )
    person = factory.SubFactory(PersonFactory, municipality=factory.SelfAttribute("..municipality"))
    role = models.TeamRole.NGO


class IdentifiedLeaderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IdentifiedLeader
        django_get_or_create = ("person", "municipality")

    municipality = factory.LazyFunction(
        lambda: models.Municipality.objects.filter(region__is_home=True).first()
    )
    person = factory.SubFactory(PersonFactory, municipality=factory.SelfAttribute("..municipality"))
    identified_on = datetime.date(2026, 4, 1)


class CuratorAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CuratorAssignment

    user = factory.SubFactory(UserFactory)
    municipality = factory.LazyFunction(
        lambda: models.Municipality.objects.filter(region__is_home=True).first()
    )
