from wagtail import hooks

from programme.components import ProgrammeDashboardPanel
from programme.personal_data_views import PersonalDataViewSet
from programme.signals import results_urls
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
