"""The programme's calls as template tags, for templates that name the programme: the
registration call of an event and the call to apply for the selection, and the municipal
programme of a municipality. The pages of the apps below get the same components through
hooks instead (programme.wagtail_hooks, `{% components %}`).

Usage: {% load programme_tags %}{% event_registration event %}
"""

from django import template

from programme.components import EventRegistrationCall, MunicipalProgrammeLink, SelectionCall

register = template.Library()


@register.simple_tag(takes_context=True)
def event_registration(context, event):
    return EventRegistrationCall(event).render_html(context)


@register.simple_tag(takes_context=True)
def selection_call(context, event=None):
    return SelectionCall(event).render_html(context)


@register.simple_tag(takes_context=True)
def municipal_programme(context, municipality):
    return MunicipalProgrammeLink(municipality).render_html(context)
