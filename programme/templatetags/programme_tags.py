"""Template tags for pages of other apps: the registration call on an event page, the call to
apply for the selection (home page, and the page of the round's event) and the municipal
programme on a municipality page.

Usage in templates/cms/event_page.html: {% load programme_tags %}{% event_registration page %}
"""

from django import template
from django.utils import timezone

from programme.models import EventRegistration, MunicipalProgramme, RegistrationStatus
from programme.selection_selectors import selection_round_open, selection_round_open_for_event

register = template.Library()


@register.inclusion_tag("programme/includes/event_registration.html")
def event_registration(event):
    # Registration belongs to the event, whatever translation of its page is shown: the
    # settings hang on one page of its translation group, and sign-ups count against it.
    settings = (
        EventRegistration.objects.filter(event__translation_key=event.translation_key)
        .select_related("event")
        .first()
    )
    if settings is None:
        return {"settings": None}
    places_left = None
    if settings.capacity is not None:
        confirmed = settings.event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        places_left = max(0, settings.capacity - confirmed)
    return {
        "settings": settings,
        "event": settings.event,
        "is_open": settings.accepts_at(timezone.now()),
        "places_left": places_left,
    }


@register.inclusion_tag("programme/includes/selection_call.html")
def selection_call(event=None):
    """While a round is open: on the home page always, on an event page if it is the round's."""
    if event is None:
        return {"selection_round": selection_round_open()}
    return {"selection_round": selection_round_open_for_event(event=event)}


@register.inclusion_tag("programme/includes/municipal_programme.html")
def municipal_programme(municipality):
    programme = (
        MunicipalProgramme.objects.filter(municipality=municipality)
        .select_related("document")
        .first()
    )
    return {"programme": programme}
