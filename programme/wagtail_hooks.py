from wagtail import hooks

from programme.admin_views.personal_data import PersonalDataViewSet
from programme.components import (
    EventRegistrationCall,
    MunicipalProgrammeLink,
    ProgrammeDashboardPanel,
    SelectionCall,
)
from programme.demo import seed_municipal_programmes
from programme.signals import results_urls
from programme.tasks import open_data_retry_failed
from programme.viewsets import ProgrammeViewSetGroup


@hooks.register("register_admin_viewset")
def register_programme_viewsets():
    return ProgrammeViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_programme_dashboard(request, panels):
    panels.append(ProgrammeDashboardPanel())


@hooks.register("register_admin_viewset")
def register_personal_data_viewset():
    return PersonalDataViewSet()


# What a purge of everything sends away besides the pages (cms.purge).
hooks.register("purge_site_urls", results_urls)


@hooks.register("register_demo_step", order=100)
def seed_demo_municipal_programmes(report, **options):
    """Concepts of municipal programmes (after the registry marks the participants)."""
    created, existing = seed_municipal_programmes()
    report.created["municipal programmes"] += created
    report.existing["municipal programmes"] += existing


@hooks.register("retry_failed_jobs", order=100)
def retry_open_data_build() -> str:
    queued = open_data_retry_failed()
    return f"open-data build queued again: {'yes' if queued else 'no'}"


# What the programme adds to the pages of the apps below it (core.component_tags).


@hooks.register("construct_home_page_components")
def add_selection_call(components):
    components.append(SelectionCall())


@hooks.register("construct_event_page_components")
def add_event_calls(components, event):
    components += [EventRegistrationCall(event), SelectionCall(event)]


@hooks.register("construct_municipality_page_components")
def add_municipal_programme(components, municipality):
    components.append(MunicipalProgrammeLink(municipality))
