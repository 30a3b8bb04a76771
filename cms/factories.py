"""Factories for editorial content, shared by the tests and the demo command.

Images are drawn locally with Pillow, never downloaded.
"""

import datetime
import io

import factory
import wagtail_factories
from anyascii import anyascii
from django.core.files.images import ImageFile
from django.utils.text import slugify
from faker import Faker
from PIL import Image, ImageDraw

from cms import models
from registry.factories import CommunityFactory

fake = Faker("ru_RU")


def generated_image_file(*, width=1600, height=1000, colour=(46, 111, 149), label="") -> ImageFile:
    """A JPEG drawn in memory: a coloured field with a lighter band and an optional label."""
    picture = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(picture)
    lighter = tuple(min(255, c + 60) for c in colour)
    draw.rectangle([0, height * 2 // 3, width, height], fill=lighter)
    if label:
        draw.text((width // 20, height // 20), label, fill=(255, 255, 255))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return ImageFile(buffer, name=f"{label or 'image'}.jpg")


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Фото {n}")
    description = factory.LazyAttribute(lambda o: f"Иллюстрация: {o.title}")
    file = factory.LazyAttribute(lambda o: generated_image_file(label=o.title))


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Презентация {n}")


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Expert

    name = factory.LazyFunction(fake.name)
    affiliation = factory.LazyFunction(fake.company)
    role = models.ExpertRole.MEMBER
    bio = factory.LazyFunction(lambda: f"<p>{fake.paragraph(nb_sentences=3)}</p>")


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Theme

    name = factory.Sequence(lambda n: f"Тема {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")


def paragraph_body(text: str) -> list[tuple]:
    """A StreamField value of one paragraph, as factories and the demo write bodies."""
    return [("paragraph", f"<p>{text}</p>")]


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Страница {n}")
    # Titles are Russian and slugs ASCII; Wagtail's own default would slugify to nothing.
    slug = factory.LazyAttribute(lambda o: slugify(anyascii(o.title)))
    intro = factory.LazyFunction(lambda: fake.sentence(nb_words=12))

    class Meta:
        abstract = True


class BodyPageFactory(BasePageFactory):
    body = factory.LazyFunction(lambda: paragraph_body(fake.paragraph(nb_sentences=5)))

    class Meta:
        abstract = True


class SectionPageFactory(BasePageFactory):
    class Meta:
        model = models.SectionPage


class ArticlePageFactory(BodyPageFactory):
    kind = models.ArticleKind.THEORY
    date = datetime.date(2026, 3, 1)

    class Meta:
        model = models.ArticlePage


class ConferencePageFactory(BodyPageFactory):
    start_date = datetime.date(2026, 2, 12)
    place = "Уфа"

    class Meta:
        model = models.ConferencePage


class LecturePageFactory(BodyPageFactory):
    kind = models.LectureKind.LECTURE
    date = datetime.date(2026, 4, 20)
    summary = factory.LazyFunction(lambda: f"<p>{fake.sentence()}</p>")

    class Meta:
        model = models.LecturePage


class CasePageFactory(BodyPageFactory):
    community_name = factory.Sequence(lambda n: f"Сообщество {n}")
    problem = factory.LazyFunction(lambda: f"<p>{fake.paragraph()}</p>")
    actions = factory.LazyFunction(lambda: f"<p>{fake.paragraph()}</p>")
    lessons = factory.LazyFunction(lambda: f"<p>{fake.paragraph()}</p>")

    class Meta:
        model = models.CasePage


class GoldenRulePageFactory(BasePageFactory):
    statement = factory.Sequence(lambda n: f"Золотое правило {n}")
    explanation = factory.LazyFunction(lambda: f"<p>{fake.paragraph()}</p>")
    theme = factory.SubFactory(ThemeFactory)

    class Meta:
        model = models.GoldenRulePage


class EventPageFactory(BodyPageFactory):
    kind = models.EventKind.FAIR
    start_date = datetime.date(2026, 6, 6)
    place = "Дом культуры"

    class Meta:
        model = models.EventPage


class FairPresenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FairPresence
        django_get_or_create = ("community", "date")

    community = factory.SubFactory(CommunityFactory)
    date = datetime.date(2026, 9, 12)
    note = "Площадка сообщества на ярмарке"
