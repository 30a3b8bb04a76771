"""Interface text as Russian users see it, so assertions hold whatever the catalogue says."""

from django.utils import translation
from django.utils.html import escape


def ru(msgid: str, **params) -> str:
    """The Russian text of an English msgid, with its placeholders filled in."""
    with translation.override("ru"):
        text = translation.gettext(msgid)
    return text % params if params else text


def ru_html(msgid: str, **params) -> str:
    """The same, escaped as a template prints it."""
    return escape(ru(msgid, **params))
