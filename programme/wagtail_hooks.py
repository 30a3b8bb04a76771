from wagtail import hooks

from programme.admin_views.personal_data import PersonalDataViewSet
from programme.components import ProgrammeDashboardPanel
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
