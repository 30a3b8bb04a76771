"""Factories for the programme: event registration, selection rounds, municipal programmes."""

import datetime

import factory
from django.utils import timezone

from cms.factories import DocumentFactory
from programme import models

DAY = datetime.timedelta(days=1)


class EventRegistrationFactory(factory.django.DjangoModelFactory):
    """An event's registration, open, with `capacity` places (none: no limit)."""

    class Meta:
        model = models.EventRegistration

    is_open = True


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed sign-up with consent given."""

    class Meta:
        model = models.Registration

    full_name = factory.Sequence(lambda n: f"Участник {n}")
    email = factory.Sequence(lambda n: f"guest{n}@example.org")
    consent_at = datetime.datetime(2026, 5, 1, 10, tzinfo=datetime.UTC)
    status = models.RegistrationStatus.CONFIRMED


class SelectionRoundFactory(factory.django.DjangoModelFactory):
    """A round taking applications now: opened yesterday, closing tomorrow."""

    class Meta:
        model = models.SelectionRound

    title = "Отбор 2026"
    year = 2026
    opens_at = factory.LazyFunction(lambda: timezone.now() - DAY)
    closes_at = factory.LazyFunction(lambda: timezone.now() + DAY)


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Criterion

    round = factory.SubFactory(SelectionRoundFactory)
    name = factory.Sequence(lambda n: f"Критерий {n}")
    weight = 1
    scale_max = 10


class MunicipalProgrammeFactory(factory.django.DjangoModelFactory):
    """An adopted programme with its document."""

    class Meta:
        model = models.MunicipalProgramme

    title = factory.Sequence(lambda n: f"Программа развития сообществ {n}")
    adopted_on = datetime.date(2026, 10, 15)
    document = factory.SubFactory(DocumentFactory, title=factory.SelfAttribute("..title"))
    summary = "Реестр, ярмарка и малые гранты."
