"""Assembly: an edition's content, part by part, read from the revisions its entries print."""

from dataclasses import dataclass, field

from wagtail.models import Page, Revision

from .generated import GeneratedSection, generated_section
from .models import Edition, Entry, Part


@dataclass
class Chapter:
    """One printed page of the site: the pinned revision's content as a page object."""

    page: Page
    revision_id: int
    anchor: str
    entry_id: int
    is_child: bool = False

    @property
    def template_names(self) -> list[str]:
        """The print template of the page's type, falling back to the generic one."""
        return [
            f"collection/print/pages/{self.page._meta.model_name}.html",
            "collection/print/pages/page.html",
        ]


@dataclass
class AssembledPart:
    part: Part
    anchor: str
    chapters: list[Chapter] = field(default_factory=list)
    generated: GeneratedSection | None = None


def _printed_revisions(entry: Entry) -> list[tuple[int, bool]]:
    """(revision id, is a child page) pairs an entry prints: pinned ones, else what is live."""
    if entry.revision_id:
        return [(entry.revision_id, False)] + [(rid, True) for rid in entry.child_revisions]
    if entry.page is None or not entry.page.live:
        return []
    return [(entry.page.live_revision_id, False)] + [
        (child.live_revision_id, True) for child in entry.live_children()
    ]


def edition_assemble(*, edition: Edition) -> list[AssembledPart]:
    """The edition's content in part and entry order, read from the pinned revisions.

    Entries not pinned yet print their page's approved live revision, so a draft edition
    shows what is approved now; freezing fixes that choice.
    """
    parts = list(edition.parts.prefetch_related("entries__page").order_by("sort_order"))
    printed = {
        entry.pk: _printed_revisions(entry) for part in parts for entry in part.entries.all()
    }
    revisions = Revision.objects.in_bulk(
        [rid for pairs in printed.values() for rid, _child in pairs]
    )
    assembled = []
    for part_number, part in enumerate(parts, start=1):
        item = AssembledPart(part=part, anchor=f"part-{part_number}")
        if part.generated:
            item.generated = generated_section(kind=part.generated)
        for entry in part.entries.all():
            for revision_id, is_child in printed[entry.pk]:
                if revision_id in revisions:
                    item.chapters.append(
                        Chapter(
                            page=revisions[revision_id].as_object(),
                            revision_id=revision_id,
                            anchor=f"chapter-{revision_id}",
                            entry_id=entry.pk,
                            is_child=is_child,
                        )
                    )
        assembled.append(item)
    return assembled


def entry_assemble(*, entry: Entry) -> list[AssembledPart]:
    """One entry's chapters inside its part, for a preview of just that chapter."""
    for item in edition_assemble(edition=entry.part.edition):
        if item.part.pk == entry.part_id:
            item.chapters = [c for c in item.chapters if c.entry_id == entry.pk]
            return [item]
    return []


def edition_pinned_revisions(*, assembled: list[AssembledPart]) -> list[dict]:
    """What a build records: each printed page and the revision it printed."""
    return [
        {"page": chapter.page.pk, "revision": chapter.revision_id, "title": chapter.page.title}
        for item in assembled
        for chapter in item.chapters
    ]


def edition_generated_parts(*, assembled: list[AssembledPart]) -> list[dict]:
    """What a build records of its generated parts: which part, what kind, which records."""
    return [
        {"part": item.part.title, "kind": item.generated.kind, **item.generated.record}
        for item in assembled
        if item.generated
    ]
