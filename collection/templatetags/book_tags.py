"""Filters the book's templates use to set captions as a Russian editor does."""

import re

from django import template
from django.utils.html import format_html_join

from collection.russian_names import name_with_initials

register = template.Library()

SENTENCE_END = (".", "!", "?", "…")
# A credit that already says what it credits: «Фото: …», «Рисунок: …», «Источник: …».
LABELLED = re.compile(r"^\w+(\s\w+)?:")


@register.filter
def sentence(text: str) -> str:
    """The caption as a sentence: it ends in a full stop unless it ends in . ! ? or …"""
    text = text.strip()
    return text if not text or text.endswith(SENTENCE_END) else text + "."


@register.filter
def photo_credit(credit: str) -> str:
    """The credit labelled «Фото:» unless it carries its own label."""
    credit = credit.strip()
    return credit if not credit or LABELLED.match(credit) else f"Фото: {credit}"


# A running head longer than this would not fit one line of 8.5 pt italic on A5.
RUNNING_HEAD_CHARS = 60


@register.filter
def running_head(title: str) -> str:
    """The chapter title for the running head, shortened when long: to the part before its
    colon or dash, else to whole words and an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= RUNNING_HEAD_CHARS:
        return title
    for separator in (":", " — ", " – "):
        head = title.split(separator, 1)[0].strip()
        if 10 <= len(head) <= RUNNING_HEAD_CHARS:
            return head
    return title[: RUNNING_HEAD_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"


@register.filter
def lowerfirst(text: str) -> str:
    """The first letter in lower case, as a bibliographic record continues a title
    («: сборник материалов…»); an abbreviation («ГОСТ…») keeps its capitals."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@register.filter
def decimal_comma(value) -> str:
    """A number as Russian output data writes it, whatever the active locale: «5,58»."""
    return str(value).replace(".", ",")


@register.filter
def names(people, case: str = "") -> str:
    """People's names in a row with their initials first, as the title page and the imprint
    list them; `names:"genitive"` after «под редакцией»."""
    genitive = case == "genitive"
    return format_html_join(
        ", ",
        '<span class="name">{}</span>',
        ((name_with_initials(person.name, genitive=genitive),) for person in people),
    )
