"""Turns the short block form of the demo texts into StreamField values."""

from collections.abc import Callable

from wagtail.images.models import Image
from wagtail.models import Page


def _paragraph(text):
    return f"<p>{text}</p>"


def _list(value):
    ordered, items = value
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


# Short forms that are another block's value: a list is a paragraph, a subheading a heading.
BLOCK_NAMES = {"list": "paragraph", "subheading": "heading"}


def stream_value(
    blocks: list[tuple], *, image: Callable[..., Image], rules: dict[str, Page]
) -> list[tuple]:
    """(block, short value) pairs as StreamField (block, value) pairs.

    `image(label, alt)` makes the picture of an image block; `rules` maps golden-rule slugs
    to their pages.
    """
    converters = {
        "heading": lambda text: {"text": text, "level": "h2"},
        "subheading": lambda text: {"text": text, "level": "h3"},
        "paragraph": _paragraph,
        "list": _list,
        "quote": lambda value: {"text": value[0], "attribution": value[1]},
        "callout": lambda value: {
            "kind": value[0],
            "title": value[1],
            "text": _paragraph(value[2]),
        },
        "method": lambda value: {
            "title": value[0],
            "steps": [{"title": step, "text": _paragraph(text)} for step, text in value[1]],
        },
        "table": lambda value: {
            "caption": value[0],
            "table": {
                "data": value[1],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "",
            },
        },
        "image": lambda value: {
            "image": {
                "image": image(value[0], value[1]),
                "alt_text": value[1],
                "decorative": False,
            },
            "caption": value[2],
            "credit": value[3],
        },
        "golden_rule": lambda slug: {"rule": rules[slug]},
    }
    return [(BLOCK_NAMES.get(name, name), converters[name](value)) for name, value in blocks]
