"""The programme's panel on the Wagtail admin home, and what it adds to the pages of the apps
below it (registered in programme.wagtail_hooks, shown by core.component_tags)."""

from wagtail.admin.ui.components import Component

from programme.selection_selectors import selection_round_open, selection_round_open_for_event
from programme.selectors import (
    event_registration_state,
    municipal_programme_of,
    programme_dashboard,
)


class ProgrammeDashboardPanel(Component):
    name = "programme_dashboard"
    template_name = "programme/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context=None):
        return {"dashboard": programme_dashboard()}


class EventRegistrationCall(Component):
    """The registration call on an event page."""

    template_name = "programme/includes/event_registration.html"

    def __init__(self, event):
        self.event = event

    def get_context_data(self, parent_context=None):
        return event_registration_state(event=self.event)


class SelectionCall(Component):
    """While a round is open: on the home page always, on an event page if it is the round's."""

    template_name = "programme/includes/selection_call.html"

    def __init__(self, event=None):
        self.event = event

    def get_context_data(self, parent_context=None):
        if self.event is None:
            return {"selection_round": selection_round_open()}
        return {"selection_round": selection_round_open_for_event(event=self.event)}


class MunicipalProgrammeLink(Component):
    """The municipal programme on a municipality page."""

    template_name = "programme/includes/municipal_programme.html"

    def __init__(self, municipality):
        self.municipality = municipality

    def get_context_data(self, parent_context=None):
        return {"programme": municipal_programme_of(municipality=self.municipality)}
