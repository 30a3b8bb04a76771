from wagtail import hooks

from .viewsets import EditionViewSet


@hooks.register("register_admin_viewset")
def register_edition_viewset():
    return EditionViewSet()
