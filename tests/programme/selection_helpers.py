"""Helpers shared by the selection tests: a round with two criteria, teams, applications."""

import datetime

from programme.factories import CriterionFactory, SelectionRoundFactory
from programme.models import Criterion
from programme.selection_services import application_confirm, application_submit
from registry.models import Municipality, TeamRole

DAY = datetime.timedelta(days=1)


def open_round():
    selection_round = SelectionRoundFactory()
    CriterionFactory(round=selection_round, name="Мотивация", weight=2, scale_max=10)
    CriterionFactory(round=selection_round, name="Сообщества", weight=1, scale_max=5)
    return selection_round


def team(tag=""):
    return [
        {"role": role, "full_name": f"Участник {role}{tag}", "email": f"{role}{tag}@example.org"}
        for role in TeamRole.values
    ]


def apply(selection_round, municipality, *, confirm=True, **overrides):
    """Submit an application and, unless told otherwise, confirm it as its e-mail's owner."""
    arguments = {
        "selection_round": selection_round,
        "municipality": municipality,
        "motivation": "Хотим развивать сообщества",
        "existing_communities": "ТОС «Рассвет»",
        "contact_email": "team@example.org",
        "members": team(municipality.pk),
    }
    application = application_submit(**{**arguments, **overrides})
    return application_confirm(application=application) if confirm else application


def home(count):
    return list(Municipality.objects.filter(region__is_home=True).order_by("oktmo")[:count])


def neighbours(count):
    return list(Municipality.objects.filter(region__is_home=False).order_by("oktmo")[:count])


def criteria(selection_round):
    motivation, communities = Criterion.objects.filter(round=selection_round).order_by("pk")
    return motivation, communities
