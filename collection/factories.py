"""Factories for the print collection: editions, their parts and entries, builds."""

import factory
from django.core.files.base import ContentFile

from collection import models


class EditionFactory(factory.django.DjangoModelFactory):
    """An edition with the output data a print book states (imprint, output data page)."""

    class Meta:
        model = models.Edition

    title = "Конструктор сообществ"
    subtitle = "Сборник материалов"
    year = 2026
    isbn = "978-5-907000-00-1"
    udc = "316.4"
    bbk = "60.5"
    author_mark = "К65"
    annotation = "Сборник о том, как рождаются и растут сообщества."
    publisher = "Центр развития сообществ"
    publisher_address = "450000, г. Уфа, ул. Ленина, 1"
    printer_name = "Типография «Пример»"
    printer_address = "450001, г. Уфа, ул. Мира, 2"


class PartFactory(factory.django.DjangoModelFactory):
    """A part placed after the edition's other parts."""

    class Meta:
        model = models.Part

    edition = factory.SubFactory(EditionFactory)
    title = factory.Sequence(lambda n: f"Часть {n}")
    sort_order = factory.LazyAttribute(lambda o: o.edition.parts.count())


class EntryFactory(factory.django.DjangoModelFactory):
    """A page placed after the part's other entries; not pinned until the edition is frozen."""

    class Meta:
        model = models.Entry

    part = factory.SubFactory(PartFactory)
    sort_order = factory.LazyAttribute(lambda o: o.part.entries.count())


class BuildFactory(factory.django.DjangoModelFactory):
    """A queued build, as a request leaves it (no task runs it)."""

    class Meta:
        model = models.Build

    edition = factory.SubFactory(EditionFactory)
    kind = models.BuildKind.SCREEN_PDF


class SucceededBuildFactory(BuildFactory):
    """A finished build with its file stored (`content`: the file's bytes)."""

    class Params:
        content = b"%PDF-1.7 demo"

    status = models.BuildStatus.SUCCEEDED
    page_count = 12
    size = factory.LazyAttribute(lambda o: len(o.content))
    file = factory.LazyAttribute(
        lambda o: ContentFile(o.content, name=f"edition-{o.edition.pk}-{o.kind}.pdf")
    )
