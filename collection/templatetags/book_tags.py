"""Filters the book's templates use to set captions as a Russian editor does."""

import re

from django import template

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
