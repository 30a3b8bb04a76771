"""Editions of the print collection: parts, entries pinned to approved revisions, builds."""

import math
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.coreutils import string_to_ascii
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from cms.storage import private_storage

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def isbn13_validate(value: str) -> None:
    """An ISBN-13 with or without hyphens and a correct check digit."""
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) != 13 or not digits.isdigit():
        raise ValidationError(_("An ISBN has 13 digits (hyphens allowed)."), code="isbn_format")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    if (10 - total % 10) % 10 != int(digits[12]):
        raise ValidationError(
            _("The ISBN's check digit is wrong: check the number for a typo."), code="isbn_checksum"
        )


class TrimSize(models.TextChoices):
    A5 = "a5", _("A5 (148 × 210 mm)")
    A4 = "a4", _("A4 (210 × 297 mm)")
    F60X84_16 = "60x84-16", _("60×84/16 (145 × 200 mm)")


# Trim width and height in millimetres.
TRIM_SIZES_MM = {
    TrimSize.A5: (148, 210),
    TrimSize.A4: (210, 297),
    TrimSize.F60X84_16: (145, 200),
}
# Page margins in millimetres (inside, outside, top, bottom); the text block is what is left.
PAGE_MARGINS_MM = (20, 15, 20, 20)


class SheetFormat(models.TextChoices):
    """The paper sheet (cm) and how many leaves it is folded into, as the output data states."""

    F60X84_16 = "60x84/16", "60×84/16"
    F60X90_16 = "60x90/16", "60×90/16"
    F70X100_16 = "70x100/16", "70×100/16"
    F84X108_32 = "84x108/32", "84×108/32"
    F60X84_8 = "60x84/8", "60×84/8"
    F70X100_8 = "70x100/8", "70×100/8"


# The sheet format a trim size is usually printed on, when the edition names none.
DEFAULT_SHEET_FORMATS = {
    TrimSize.A5: SheetFormat.F60X84_16,
    TrimSize.A4: SheetFormat.F60X84_8,
    TrimSize.F60X84_16: SheetFormat.F60X84_16,
}
# A conventional printed sheet is a printed sheet of 60×90 cm.
CONVENTIONAL_SHEET_CM2 = 60 * 90


def conventional_sheets(*, page_count: int, sheet_format: str) -> Decimal:
    """«Усл. печ. л.»: printed sheets (pages / the fraction, one side of the paper sheet
    carrying as many pages as the sheet has leaves) times the format's coefficient, the
    sheet's area over 60×90 cm to two decimals (0.93 for 60×84, 1.30 for 70×100)."""
    size, fraction = sheet_format.split("/")
    width, height = (int(cm) for cm in size.split("x"))
    coefficient = (Decimal(width * height) / CONVENTIONAL_SHEET_CM2).quantize(Decimal("0.01"))
    sheets = Decimal(page_count) / int(fraction) * coefficient
    return sheets.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class AgeMark(models.TextChoices):
    """The information product mark under Federal Law 436-FZ."""

    ZERO = "0+", "0+"
    SIX = "6+", "6+"
    TWELVE = "12+", "12+"
    SIXTEEN = "16+", "16+"
    EIGHTEEN = "18+", "18+"


class Signature(models.IntegerChoices):
    """Pages in one folded sheet of the printing house: the book block is a multiple of it."""

    FOUR = 4, _("4 pages")
    EIGHT = 8, _("8 pages")
    SIXTEEN = 16, _("16 pages")
    THIRTY_TWO = 32, _("32 pages")


class EditionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    FROZEN = "frozen", _("Frozen")
    PUBLISHED = "published", _("Published")


class Edition(ClusterableModel):
    """One edition of the collection: bibliographic data, format, parts in order."""

    title = models.CharField(_("title"), max_length=300)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    edition_number = models.PositiveSmallIntegerField(_("edition number"), default=1)
    isbn = models.CharField(
        _("ISBN"), max_length=17, blank=True, validators=[isbn13_validate], help_text="978-…"
    )
    udc = models.CharField(_("UDC"), max_length=100, blank=True)
    bbk = models.CharField(_("BBK"), max_length=100, blank=True)
    author_mark = models.CharField(_("author mark"), max_length=20, blank=True)
    annotation = models.TextField(_("annotation"), blank=True)
    authors = ParentalManyToManyField(
        "cms.Expert", verbose_name=_("authors"), blank=True, related_name="+"
    )
    compilers = ParentalManyToManyField(
        "cms.Expert", verbose_name=_("compilers"), blank=True, related_name="+"
    )
    editors = ParentalManyToManyField(
        "cms.Expert", verbose_name=_("editors"), blank=True, related_name="+"
    )
    reviewers = ParentalManyToManyField(
        "cms.Expert", verbose_name=_("reviewers"), blank=True, related_name="+"
    )
    responsible_editor = models.CharField(
        _("responsible editor"), max_length=200, blank=True, help_text=_("As printed: И. И. Иванов")
    )
    age_mark = models.CharField(
        _("age mark"),
        max_length=3,
        choices=AgeMark.choices,
        blank=True,
        help_text=_("The information product mark under Federal Law 436-FZ."),
    )
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    publisher_address = models.CharField(_("publisher's address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, default="Уфа")
    printer_name = models.CharField(_("printing house"), max_length=300, blank=True)
    printer_address = models.CharField(_("printing house address"), max_length=300, blank=True)
    print_run = models.PositiveIntegerField(_("print run"), default=500)
    trim_size = models.CharField(
        _("trim size"), max_length=20, choices=TrimSize.choices, default=TrimSize.A5
    )
    bleed_mm = models.PositiveSmallIntegerField(_("bleed, mm"), default=3)
    paper_name = models.CharField(_("paper"), max_length=100, default="офсетная")
    paper_thickness_mm = models.DecimalField(
        _("paper thickness, mm"),
        max_digits=4,
        decimal_places=3,
        default="0.100",
        help_text=_("Used to compute the spine width."),
    )
    signature_pages = models.PositiveSmallIntegerField(
        _("signature"),
        choices=Signature.choices,
        default=Signature.SIXTEEN,
        help_text=_(
            "Pages in one folded sheet of the printing house (16 for A5 on most presses). The "
            "print PDF gets blank pages before the output data to fill the last sheet."
        ),
    )
    sheet_format = models.CharField(
        _("sheet format"),
        max_length=20,
        choices=SheetFormat.choices,
        blank=True,
        help_text=_("The paper sheet and its fraction; empty: the usual one for the trim size."),
    )
    signed_to_print = models.DateField(_("signed to print"), null=True, blank=True)
    publisher_sheets = models.DecimalField(
        _("publisher's sheets"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("«Уч.-изд. л.»: 40,000 characters with spaces per sheet."),
    )
    order_number = models.CharField(_("printing order number"), max_length=50, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=EditionStatus.choices, default=EditionStatus.DRAFT
    )
    frozen_at = models.DateTimeField(_("frozen at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("subtitle"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("edition_number")]),
        MultiFieldPanel(
            [
                FieldPanel("isbn"),
                FieldRowPanel([FieldPanel("udc"), FieldPanel("bbk"), FieldPanel("author_mark")]),
                FieldPanel("age_mark"),
                FieldPanel("annotation"),
            ],
            heading=_("Imprint"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("compilers"),
                FieldPanel("editors"),
                FieldPanel("reviewers"),
                FieldPanel("responsible_editor"),
            ],
            heading=_("People"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publisher"), FieldPanel("city")]),
                FieldPanel("publisher_address"),
                FieldPanel("printer_name"),
                FieldPanel("printer_address"),
            ],
            heading=_("Publisher and printer"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("trim_size"), FieldPanel("bleed_mm")]),
                FieldRowPanel([FieldPanel("paper_name"), FieldPanel("paper_thickness_mm")]),
                FieldRowPanel([FieldPanel("print_run"), FieldPanel("signature_pages")]),
                FieldPanel("sheet_format"),
            ],
            heading=_("Format"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signed_to_print"), FieldPanel("order_number")]),
                FieldPanel("publisher_sheets"),
            ],
            heading=_("Output data"),
        ),
        FieldPanel("status", read_only=True),
        InlinePanel("parts", label=_("part"), heading=_("Parts")),
    ]

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ["-year", "title"]

    def __str__(self):
        return f"{self.title} ({self.year})"

    @property
    def trim_mm(self) -> tuple[int, int]:
        return TRIM_SIZES_MM[self.trim_size]

    @property
    def printed_sheet_format(self) -> str:
        """The sheet format the output data states: the edition's, else the trim size's."""
        return self.sheet_format or DEFAULT_SHEET_FORMATS[self.trim_size]

    @property
    def sheet_format_label(self) -> str:
        return SheetFormat(self.printed_sheet_format).label

    def conventional_sheets(self, page_count: int) -> Decimal:
        return conventional_sheets(page_count=page_count, sheet_format=self.printed_sheet_format)

    @property
    def text_width_mm(self) -> int:
        inside, outside, _top, _bottom = PAGE_MARGINS_MM
        return self.trim_mm[0] - inside - outside

    def spine_width_mm(self, page_count: int) -> Decimal:
        """The book block's thickness: one sheet of paper carries two pages."""
        sheets = math.ceil(page_count / 2)
        return (sheets * Decimal(self.paper_thickness_mm)).quantize(Decimal("0.1"))

    def current_build(self, kind: str):
        """The latest build of this kind that succeeded, or None."""
        return (
            self.builds.filter(kind=kind, status=BuildStatus.SUCCEEDED)
            .order_by("-finished_at", "-pk")
            .first()
        )


class GeneratedContent(models.TextChoices):
    RULES_DIGEST = "rules_digest", _("Digest of the golden rules")
    COMMUNITIES_DIRECTORY = "communities_directory", _("Directory of the registry's communities")
    COMMUNITIES_MAP = "communities_map", _("Map of the registry's communities")


class Part(ClusterableModel, Orderable):
    """A part of the edition (theory, methods, cases, fairs) with its introduction."""

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="parts")
    title = models.CharField(_("title"), max_length=300)
    introduction = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)
    generated = models.CharField(
        _("generated content"),
        max_length=30,
        choices=GeneratedContent.choices,
        blank=True,
        help_text=_(
            "Printed after the introduction, made from the site's live data at every build."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("introduction"),
        FieldPanel("generated"),
        InlinePanel("entries", label=_("entry"), heading=_("Entries")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("part")
        verbose_name_plural = _("parts")

    def __str__(self):
        return self.title


class Entry(Orderable):
    """A page in a part, pinned to the approved revision the edition prints."""

    part = ParentalKey(Part, on_delete=models.CASCADE, related_name="entries")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    include_children = models.BooleanField(
        _("with its child pages"),
        default=False,
        help_text=_("Print the page's live child pages after it, in the site's order."),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("pinned revision"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Child pages' pinned revision ids, in the order they are printed.
    child_revisions = models.JSONField(_("pinned child revisions"), default=list, editable=False)

    panels = [PageChooserPanel("page"), FieldPanel("include_children")]

    class Meta(Orderable.Meta):
        verbose_name = _("entry")
        verbose_name_plural = _("entries")

    def __str__(self):
        return str(self.page) if self.page_id else str(_("(deleted page)"))

    def live_children(self):
        """The live child pages printed after the page, in the site's order; none unless the
        entry includes them."""
        if self.page is None or not self.include_children:
            return Page.objects.none()
        return self.page.get_children().live().order_by("path")


class BuildKind(models.TextChoices):
    PRINT_PDF = "print_pdf", _("Print PDF")
    SCREEN_PDF = "screen_pdf", _("Screen PDF")
    EPUB = "epub", _("EPUB")
    COVER = "cover", _("Cover")


# The word a download's name ends with, after the title and year (an EPUB needs none).
BUILD_DOWNLOAD_WORDS = {
    BuildKind.PRINT_PDF: "print",
    BuildKind.SCREEN_PDF: "screen",
    BuildKind.COVER: "cover",
    BuildKind.EPUB: "",
}


class BuildStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")


ACTIVE_BUILD_STATUSES = [BuildStatus.QUEUED, BuildStatus.RUNNING]


class BuildStage(models.TextChoices):
    """The steps renderers report (a renderer may also report a stage in words of its own)."""

    HTML = "html", _("preparing the text")
    IMAGES = "images", _("adding the images")
    LAYOUT = "layout", _("laying out the pages")
    PDF = "pdf", _("writing the PDF")
    PACKAGE = "package", _("packing the EPUB")
    DONE = "done", _("done")


class Build(models.Model):
    """One run of a renderer for an edition: its progress, log, result and what it used."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="builds"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=BuildKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=BuildStatus.choices, default=BuildStatus.QUEUED
    )
    stage = models.CharField(_("stage"), max_length=200, blank=True)
    percent = models.PositiveSmallIntegerField(_("percent done"), default=0)
    log = models.TextField(_("log"), blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Renewed by the running build while its worker lives; a stale one means the worker died.
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    size = models.PositiveBigIntegerField(_("size, bytes"), null=True, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    file = models.FileField(_("file"), upload_to="collection/", storage=private_storage, blank=True)
    pinned_revisions = models.JSONField(_("pinned revisions used"), default=list, blank=True)
    generated_parts = models.JSONField(_("generated parts used"), default=list, blank=True)

    class Meta:
        verbose_name = _("build")
        verbose_name_plural = _("builds")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One queued or running build per edition and kind: a second request cannot
            # start the same work twice, whichever process it comes from.
            models.UniqueConstraint(
                fields=["edition", "kind"],
                condition=models.Q(status__in=["queued", "running"]),
                name="collection_one_active_build_per_kind",
            )
        ]

    def __str__(self):
        return f"{self.edition} · {self.get_kind_display()} · {self.get_status_display()}"

    @property
    def stage_label(self) -> str:
        """A known step in words, anything else as the renderer reported it."""
        return BuildStage(self.stage).label if self.stage in BuildStage.values else self.stage

    @property
    def filename(self) -> str:
        """The name a download is saved under, read like a book's: the edition's title in
        Latin letters, its year and the kind, e.g. konstruktor-soobshchestv-2026-print.pdf.
        The stored name stays unique; this one is only what the reader's disk sees."""
        title = slugify(string_to_ascii(self.edition.title)) or "edition"
        words = [title, str(self.edition.year), BUILD_DOWNLOAD_WORDS.get(self.kind, self.kind)]
        extension = self.file.name.rsplit(".", 1)[-1]
        return f"{'-'.join(word for word in words if word)}.{extension}"
