"""Preflight: what stops an edition from going to the printer, and what merely deserves a look."""

import html
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField
from wagtail.models import Page, PageLogEntry

from .assembly import AssembledPart, edition_assemble
from .fonts import font_codepoints
from .models import BuildKind, Edition, Entry
from .prepress import build_prepress_report
from .renderers import renderer_for
from .renderers.base import cmyk_profile_path, public_base_url

PRINT_DPI = 300
PAGE_LINK = re.compile(r'<a[^>]*\blinktype="page"[^>]*\bid="(\d+)"')
TAG = re.compile(r"<[^>]*>")
# A printed chapter: its title, its lead and what follows the lead (templates/collection/print).
CHAPTER_LEAD = re.compile(
    r'<h2 class="chapter__title"[^>]*>(.*?)</h2>\s*'
    r'<p class="chapter__lead">(.*?)</p>(.*?)</article>',
    re.DOTALL,
)
WORD = re.compile(r"\w+")
# The lead repeats the body when the body opens with the lead's first words (all of a short one).
REPEATED_WORDS = 8


class Severity(models.TextChoices):
    ERROR = "error", _("Blocking error")
    WARNING = "warning", _("Warning")


class IssueKind(models.TextChoices):
    PAGE_MISSING = "page_missing", _("Page deleted")
    PAGE_NOT_LIVE = "page_not_live", _("Page not published")
    NOT_APPROVED = "not_approved", _("Pinned revision not approved")
    CHANGED = "changed", _("Page changed since pinned")
    EMPTY_PART = "empty_part", _("Empty part")
    LOW_RESOLUTION = "low_resolution", _("Image below 300 dpi")
    NO_ALT_TEXT = "no_alt_text", _("Image without alt text")
    NO_CREDIT = "no_credit", _("Image without credit")
    OUTSIDE_LINK = "outside_link", _("Link to a page outside the edition")
    BROKEN_LINK = "broken_link", _("Link to a missing page")
    MISSING_GLYPH = "missing_glyph", _("Characters the fonts cannot draw")
    LEAD_REPEATED = "lead_repeated", _("Lead repeated in the text")
    LOCAL_BASE_URL = "local_base_url", _("Links to a local address")
    BAD_OUTPUT_PROFILE = "bad_output_profile", _("Unusable CMYK output profile")
    PRINT_FILE = "print_file", _("Print PDF fails a prepress check")


@dataclass(frozen=True)
class Issue:
    severity: str
    kind: str
    message: str

    @property
    def is_blocking(self) -> bool:
        return self.severity == Severity.ERROR


def _error(kind, message):
    return Issue(Severity.ERROR, kind, message)


def _warning(kind, message):
    return Issue(Severity.WARNING, kind, message)


def _entry_issues(entries: list[Entry]) -> list[Issue]:
    pinned = [e.revision_id for e in entries if e.revision_id]
    approved = set(
        PageLogEntry.objects.filter(action="wagtail.publish", revision_id__in=pinned).values_list(
            "revision_id", flat=True
        )
    )
    issues = []
    for entry in entries:
        page = entry.page
        if page is None:
            issues.append(
                _error(IssueKind.PAGE_MISSING, _("An entry's page was deleted: remove the entry."))
            )
        elif not page.live:
            issues.append(
                _error(IssueKind.PAGE_NOT_LIVE, _("“%(page)s” is not published.") % {"page": page})
            )
        elif entry.revision_id and entry.revision_id not in approved:
            issues.append(
                _error(
                    IssueKind.NOT_APPROVED,
                    _("“%(page)s”: the pinned revision was never approved and published.")
                    % {"page": page},
                )
            )
        elif entry.revision_id and entry.revision_id != page.live_revision_id:
            issues.append(
                _warning(
                    IssueKind.CHANGED,
                    _("“%(page)s” has a newer approved revision than the pinned one.")
                    % {"page": page},
                )
            )
    return issues


def _images(page) -> list[tuple[object, str]]:
    """Each printed image of a page with its credit."""
    images = []
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image":
            images.append((block.value["image"], block.value.get("credit", "")))
    if hasattr(page, "photos"):  # case pages
        images += [(photo.image, photo.credit) for photo in page.photos.all()]
    return images


def _image_issues(assembled: list[AssembledPart], edition: Edition) -> list[Issue]:
    issues = []
    printed_inches = edition.text_width_mm / 25.4
    seen = set()
    for item in assembled:
        for chapter in item.chapters:
            for image, credit in _images(chapter.page):
                if image is None or (image.pk, chapter.page.pk) in seen:
                    continue
                seen.add((image.pk, chapter.page.pk))
                names = {"image": image.title, "page": chapter.page.title}
                dpi = round(image.width / printed_inches)
                if dpi < PRINT_DPI:
                    issues.append(
                        _error(
                            IssueKind.LOW_RESOLUTION,
                            _(
                                "“%(image)s” in “%(page)s” prints at %(dpi)s dpi: it is "
                                "%(width)s × %(height)s px, at least %(needed)s px wide is needed."
                            )
                            % {
                                **names,
                                "dpi": dpi,
                                "width": image.width,
                                "height": image.height,
                                "needed": round(PRINT_DPI * printed_inches),
                            },
                        )
                    )
                if not image.description:
                    issues.append(
                        _warning(
                            IssueKind.NO_ALT_TEXT,
                            _("“%(image)s” in “%(page)s” has no alt text.") % names,
                        )
                    )
                if not credit:
                    issues.append(
                        _warning(
                            IssueKind.NO_CREDIT,
                            _("“%(image)s” in “%(page)s” has no credit.") % names,
                        )
                    )
    return issues


def _rich_texts(page):
    """The stored source of every rich text on the page: fields and stream blocks."""
    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname)
        if isinstance(field, RichTextField) and value:
            yield value
        elif isinstance(value, StreamValue):
            yield from _stream_sources(value.raw_data)


def _stream_sources(data):
    """Strings inside raw stream data; page links are found in their rich text."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for item in data.values():
            yield from _stream_sources(item)
    elif data is not None and not isinstance(data, (int, float, bool)):
        for item in data:
            yield from _stream_sources(item)


def _link_issues(assembled: list[AssembledPart]) -> list[Issue]:
    printed = {chapter.page.pk for item in assembled for chapter in item.chapters}
    links = []  # (page title, linked page id)
    for item in assembled:
        for chapter in item.chapters:
            for source in _rich_texts(chapter.page):
                links += [(chapter.page.title, int(pk)) for pk in PAGE_LINK.findall(source)]
    titles = dict(Page.objects.filter(pk__in={pk for _t, pk in links}).values_list("pk", "title"))
    issues = []
    for title, pk in dict.fromkeys(links):
        if pk not in titles:
            issues.append(
                _error(
                    IssueKind.BROKEN_LINK,
                    _("“%(page)s” links to a page that no longer exists.") % {"page": title},
                )
            )
        elif pk not in printed:
            issues.append(
                _warning(
                    IssueKind.OUTSIDE_LINK,
                    _("“%(page)s” links to “%(target)s”, which is not in the edition.")
                    % {"page": title, "target": titles[pk]},
                )
            )
    return issues


def _glyph_issues(document_html: str) -> list[Issue]:
    text = html.unescape(TAG.sub(" ", document_html.split("</style>", 1)[-1]))
    drawable = font_codepoints("PT Serif") & font_codepoints("PT Sans")
    missing = sorted({char for char in text if ord(char) not in drawable and not char.isspace()})
    if not missing:
        return []
    listed = ", ".join(f"{char} (U+{ord(char):04X})" for char in missing)
    return [
        _error(
            IssueKind.MISSING_GLYPH,
            _("The fonts cannot draw these characters: %(chars)s.") % {"chars": listed},
        )
    ]


def _words(fragment: str) -> list[str]:
    return WORD.findall(html.unescape(TAG.sub(" ", fragment)).replace("\xad", "").casefold())


def _lead_issues(document_html: str) -> list[Issue]:
    """Chapters whose text opens with the words of their lead, which the book prints just
    before it: the reader would read the same sentence twice."""
    issues = []
    for title, lead, rest in CHAPTER_LEAD.findall(document_html):
        opening = _words(lead)[:REPEATED_WORDS]
        if opening and _words(rest)[: len(opening)] == opening:
            issues.append(
                _warning(
                    IssueKind.LEAD_REPEATED,
                    _(
                        "“%(page)s”: the text opens with the words of the lead, so the book "
                        "prints them twice. Shorten the lead or reword the opening."
                    )
                    % {"page": html.unescape(TAG.sub("", title))},
                )
            )
    return issues


def edition_preflight(*, edition: Edition, blocking_only: bool = False) -> list[Issue]:
    """Every problem found in the edition, blocking errors first. With blocking_only, the
    latest print file is not read: what it fails is only ever a warning."""
    entries = list(Entry.objects.filter(part__edition=edition).select_related("page"))
    issues = _entry_issues(entries)
    for part in edition.parts.all():
        if not part.generated and not any(entry.part_id == part.pk for entry in entries):
            issues.append(
                _warning(IssueKind.EMPTY_PART, _("The part “%(part)s” is empty.") % {"part": part})
            )
    assembled = edition_assemble(edition=edition)
    issues += _image_issues(assembled, edition)
    issues += _link_issues(assembled)
    document_html = renderer_for(BuildKind.PRINT_PDF).html(edition=edition, assembled=assembled)
    issues += _glyph_issues(document_html)
    issues += _lead_issues(document_html)
    issues += _output_profile_issues()
    issues += _base_url_issues()
    if not blocking_only:
        issues += _print_file_issues(edition)
    return sorted(issues, key=lambda issue: not issue.is_blocking)


def edition_build_blockers(*, edition: Edition, kind: str) -> list[str]:
    """What stops a build of this kind: the blocking errors' messages (only the print PDF
    has any)."""
    if kind != BuildKind.PRINT_PDF:
        return []
    issues = edition_preflight(edition=edition, blocking_only=True)
    return [issue.message for issue in issues if issue.is_blocking]


def _print_file_issues(edition: Edition) -> list[Issue]:
    """What the prepress report finds in the latest print PDF: the file the printer gets."""
    build = edition.current_build(BuildKind.PRINT_PDF)
    if build is None or not build.file:
        return []
    report = build_prepress_report(build)
    return [
        _warning(
            IssueKind.PRINT_FILE,
            _("The latest print PDF fails “%(check)s”: %(summary)s %(findings)s")
            % {
                "check": check.label,
                "summary": check.summary,
                "findings": "; ".join(check.findings),
            },
        )
        for check in report.checks
        if not check.passed
    ]


def _base_url_issues() -> list[Issue]:
    """Site links the books print must open for readers, not on the machine that built them."""
    base_url = public_base_url()
    host = urlsplit(base_url).hostname or ""
    try:
        local = ipaddress.ip_address(host).is_private
    except ValueError:
        local = "." not in host or host.endswith(".localhost")  # localhost, intranet names
    if not local:
        return []
    return [
        _warning(
            IssueKind.LOCAL_BASE_URL,
            _(
                "The books link to the site at %(url)s, which readers cannot open. Set "
                "COLLECTION_PUBLIC_BASE_URL to the site's public address."
            )
            % {"url": base_url or "—"},
        )
    ]


def _output_profile_issues() -> list[Issue]:
    configured = settings.COLLECTION_CMYK_PROFILE
    if configured and not cmyk_profile_path():
        # Printing in the default condition when the printing house's profile was meant would
        # go unnoticed.
        return [
            _error(
                IssueKind.BAD_OUTPUT_PROFILE,
                _(
                    "COLLECTION_CMYK_PROFILE names %(path)s, which is not a readable CMYK ICC "
                    "profile. Correct the setting or put the printing house's profile there."
                )
                % {"path": configured},
            )
        ]
    return []
