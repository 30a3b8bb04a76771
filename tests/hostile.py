"""Hostile values and the walk over the URL resolver, shared by the hostile-input tests."""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

HUGE = 2**70
LONG = "x" * 10_000

# What an address segment may carry, by the converter that reads it. Each list is short on
# purpose: one value per way a segment has failed (overflow, quotes, NUL, length, type).
PATH_VALUES = {
    "int": ["0", "-1", str(2**63 - 1), str(2**63), str(HUGE), "abc"],
    "slug": ['"', "%00", "%22%27", LONG, "x" * 300, "-"],
    "uuid": ["00000000-0000-0000-0000-000000000000", "not-a-uuid"],
    "path": ['"/', "%00/", LONG + "/", "-/-/-/-/"],
}
PATH_VALUES["str"] = PATH_VALUES["slug"]
PATH_VALUES["id"] = PATH_VALUES["int"]

# Query-string and form values: quotes, NUL, huge, negative, long, wrong type, empty, a list.
QUERY_VALUES = ['"', "'\"", "\x00", str(HUGE), "-1", LONG, "abc", "", ["1", "2"]]
# Each form field on its own gets the values that have failed a single field (a list where one
# value is expected, an overflowing id, a quote); all fields at once get every value above.
FIELD_VALUES = [["1", "2"], str(HUGE), '"']


@dataclass
class Segment:
    """A parameter of an address: its name and the kind of value it takes."""

    name: str
    kind: str


# Regular-expression patterns with unnamed groups, as Wagtail writes them: their parameters.
REGEX_PARAMETERS = {
    r"^(\d+)/(.*)$": [Segment("document_id", "int"), "/", Segment("document_filename", "str")],
    r"^((?:[\w\-]+/)*)$": [Segment("page_path", "path")],
}
ROUTE_PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")
NAMED_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")


def _route_parts(route: str) -> list:
    parts, position = [], 0
    for match in ROUTE_PARAMETER.finditer(route):
        parts.append(route[position : match.start()])
        parts.append(Segment(match[2], match[1] or "str"))
        position = match.end()
    return [*parts, route[position:]]


def _regex_parts(regex: str) -> list:
    if regex in REGEX_PARAMETERS:
        return REGEX_PARAMETERS[regex]
    literal = regex.removeprefix("^").removesuffix("$")
    parts, position = [], 0
    for match in NAMED_GROUP.finditer(literal):
        parts.append(literal[position : match.start()])
        parts.append(Segment(match[1], "str"))
        position = match.end()
    rest = literal[position:]
    if "(" in rest:
        raise AssertionError(f"Add the parameters of {regex!r} to REGEX_PARAMETERS")
    return [*parts, rest.replace("\\", "")]


def _pattern_parts(pattern) -> list:
    if isinstance(pattern, LocalePrefixPattern):
        return ["ru/"]
    if isinstance(pattern, RoutePattern):
        return _route_parts(str(pattern))
    if isinstance(pattern, RegexPattern):
        return _regex_parts(pattern.regex.pattern)
    raise AssertionError(f"Unknown pattern type {type(pattern)}")


@dataclass
class Route:
    name: str  # namespaced, e.g. "collection:download"
    parts: list  # literal strings and Segments

    @property
    def segments(self) -> list[Segment]:
        return [part for part in self.parts if isinstance(part, Segment)]

    def path(self, values: dict) -> str:
        return "/" + "".join(
            str(values[part.name]) if isinstance(part, Segment) else part for part in self.parts
        )


def public_routes(skip=("admin/",)) -> list[Route]:
    """Every URL pattern of the site but the admin's, with its parameters."""

    def walk(patterns, parts, namespaces):
        for entry in patterns:
            if str(entry.pattern) in skip:
                continue
            own = parts + _pattern_parts(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = namespaces + [entry.namespace] if entry.namespace else namespaces
                yield from walk(entry.url_patterns, own, inner)
            else:
                yield Route(":".join([*namespaces, entry.name or str(entry.pattern)]), own)

    return list(walk(get_resolver().url_patterns, [], []))


def form_fields(html: str) -> dict[str, str]:
    """The fields of a page's forms with a plausible value each: what a browser would send."""
    fields = {}
    for element in BeautifulSoup(html, "html.parser").select("form [name]"):
        name = element["name"]
        if "__prefix__" in name or name == "csrfmiddlewaretoken":
            continue
        if element.name == "select":
            options = [o.get("value", "") for o in element.select("option")]
            fields[name] = next((o for o in options if o), "")
        elif element.get("type") in ("checkbox", "radio"):
            fields.setdefault(name, element.get("value", "on"))
        else:
            fields.setdefault(name, element.get("value", "") or element.text)
    return fields
