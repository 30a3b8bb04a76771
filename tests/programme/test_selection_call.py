"""The call to apply for the selection: the home page and the page of the round's event link to
the application form while a round is open, and say nothing otherwise."""

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.factories import EventPageFactory

from .selection_helpers import DAY, open_round

pytestmark = pytest.mark.django_db


def links_to_the_form(client, url) -> bool:
    response = client.get(url)
    assert response.status_code == 200
    return f'href="{reverse("programme:selection_apply")}"' in response.content.decode()


def close(selection_round):
    selection_round.closes_at = timezone.now() - DAY
    selection_round.save()


def test_the_home_page_links_to_the_form_only_while_a_round_is_open(client, home):
    assert not links_to_the_form(client, home.url)

    selection_round = open_round()
    assert links_to_the_form(client, home.url)

    close(selection_round)
    assert not links_to_the_form(client, home.url)


def test_the_page_of_the_rounds_event_links_to_the_form_while_it_is_open(client, events_section):
    school = EventPageFactory(parent=events_section, title="Школа организаторов")
    other = EventPageFactory(parent=events_section, title="Ярмарка сообществ")
    selection_round = open_round()
    assert not links_to_the_form(client, school.url)  # the round names no event yet

    selection_round.event = school
    selection_round.save()
    assert links_to_the_form(client, school.url)
    assert not links_to_the_form(client, other.url)

    close(selection_round)
    assert not links_to_the_form(client, school.url)
