"""Wagtail's admin phrases that put a model's name into a sentence, re-translated here.

Wagtail's Russian catalogue writes «Добавить %(model_name)s» and «%(model_name)s '%(object)s'
создана», which breaks Russian grammar with our nominative model names («Добавить заявка»,
«Издание … создана»). Django reads LOCALE_PATHS before the apps' catalogues, so the msgids
below are translated in cms/locale with the name after a colon, where no case or gender
agreement is needed. The msgids must stay exactly Wagtail's (wagtail/admin/views/generic/
models.py, wagtail/snippets/widgets.py); this module only marks them for makemessages.
"""

from django.utils.translation import gettext_noop

WAGTAIL_PHRASES = [
    gettext_noop("Add %(model_name)s"),
    gettext_noop("New: %(model_name)s"),
    gettext_noop("Create a new %(model_name)s"),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("%(model_name)s '%(object)s' created and published."),
    gettext_noop("%(model_name)s '%(object)s' updated and published."),
    gettext_noop("The %(model_name)s could not be created due to errors."),
    gettext_noop("The %(model_name)s could not be saved due to errors."),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop("Choose %(object)s"),
    gettext_noop("Choose another %(object)s"),
    gettext_noop("Edit this %(object)s"),
    gettext_noop("Delete %(snippet_type_name)s"),
]
