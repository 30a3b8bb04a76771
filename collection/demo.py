"""The demo edition «Конструктор сообществ»: the demo pages in four parts plus the generated
parts, frozen, published and built once so a new user can download it right after start."""

from datetime import date
from decimal import Decimal

from wagtail.models import Locale

from cms.models import ArticlePage, CasePage, EventKind, EventPage, Expert, LecturePage
from cms.models.content import ArticleKind

from .builds import build_now
from .models import BuildKind, BuildStatus, Edition, Entry, GeneratedContent, Part
from .services import edition_freeze, edition_publish

TITLE = "Конструктор сообществ"
YEAR = 2026
# The articles of the fairs part: the method, then the experience of the districts.
FAIR_ARTICLE_SLUGS = ["how-to-run-a-community-fair", "four-community-fairs"]
# The cover comes after the print PDF: its spine is as wide as the print PDF's pages.
DEMO_BUILD_KINDS = [BuildKind.PRINT_PDF, BuildKind.COVER, BuildKind.SCREEN_PDF, BuildKind.EPUB]

EDITION = {
    "subtitle": "Сборник материалов программы развития местных сообществ Республики Башкортостан",
    "isbn": "978-5-00000-000-7",
    "udc": "316.35(470.57)",
    "bbk": "60.54(2Рос.Баш)",
    "author_mark": "К65",
    "annotation": (
        "Сборник программы «Конструктор сообществ»: теория местных сообществ, методы и "
        "технологии работы с ними, истории успешных сообществ Башкортостана с их золотыми "
        "правилами и опыт подготовки и проведения ярмарок сообществ. Для лидеров сообществ, "
        "муниципальных команд и всех, кто хочет изменить своё место к лучшему."
    ),
    "publisher": "Центр развития местных сообществ",
    "publisher_address": "450008, Республика Башкортостан, г. Уфа, ул. Ленина, 2",
    "city": "Уфа",
    "printer_name": "Типография «Демонстрационная»",
    "printer_address": "450005, Республика Башкортостан, г. Уфа, ул. Мира, 14",
    "print_run": 500,
    "age_mark": "12+",
    "responsible_editor": "Е. В. Морозова",
    "sheet_format": "60x84/16",
    "signed_to_print": date(2026, 11, 20),
    "publisher_sheets": Decimal("6.80"),
    "order_number": "2611",
}
# The demo experts (cms/demo/people.py) named on the title page.
COMPILERS = ["Ахметова Гульнара Рашитовна", "Соколов Игорь Валерьевич"]
EDITORS = ["Морозова Елена Викторовна"]


def _parts(ru: Locale) -> list[tuple[str, str, list, str]]:
    """(title, introduction, pages, generated content) of each part, in print order."""
    articles = ArticlePage.objects.live().filter(locale=ru).order_by("path")
    fair_articles = articles.filter(slug__in=FAIR_ARTICLE_SLUGS)
    return [
        (
            "Теория",
            "<p>Что такое местное сообщество, как оно рождается и кто его ведёт.</p>",
            list(articles.filter(kind=ArticleKind.THEORY)),
            "",
        ),
        (
            "Технологии и методы",
            "<p>Методы работы с сообществами, лекции и мастер-классы программы.</p>",
            list(articles.filter(kind=ArticleKind.METHOD).exclude(slug__in=FAIR_ARTICLE_SLUGS))
            + list(LecturePage.objects.live().filter(locale=ru).order_by("path")),
            "",
        ),
        (
            "Кейсы успешных сообществ",
            "<p>Истории сообществ Башкортостана и золотые правила, которые из них выросли.</p>",
            list(CasePage.objects.live().filter(locale=ru).order_by("path")),
            "",
        ),
        (
            "Золотые правила",
            "<p>Все золотые правила по темам, со ссылками на кейсы.</p>",
            [],
            GeneratedContent.RULES_DIGEST,
        ),
        (
            "Ярмарки сообществ",
            "<p>Как готовить и проводить ярмарку сообществ: метод и опыт районов.</p>",
            list(fair_articles)
            + list(
                # The fairs told in full; the others are records of the day, not chapters.
                EventPage.objects.live()
                .filter(locale=ru, kind=EventKind.FAIR)
                .exclude(report="")
                .order_by("start_date", "path")
            ),
            "",
        ),
        ("Сообщества реестра", "", [], GeneratedContent.COMMUNITIES_DIRECTORY),
        ("Карта сообществ", "", [], GeneratedContent.COMMUNITIES_MAP),
    ]


def seed_edition(*, build_files: bool = True) -> Edition:
    """Create the demo edition once and build what it lacks; a second run changes nothing."""
    edition, created = Edition.objects.get_or_create(title=TITLE, year=YEAR, defaults=EDITION)
    if created:
        ru = Locale.objects.get(language_code="ru")
        experts = Expert.objects.filter(locale=ru)
        edition.compilers.set(experts.filter(name__in=COMPILERS).order_by("name"))
        edition.editors.set(experts.filter(name__in=EDITORS))
        edition.save()
        for number, (title, introduction, pages, generated) in enumerate(_parts(ru)):
            part = Part.objects.create(
                edition=edition,
                title=title,
                introduction=introduction,
                generated=generated,
                sort_order=number,
            )
            Entry.objects.bulk_create(
                Entry(part=part, page=page, sort_order=order) for order, page in enumerate(pages)
            )
        edition_freeze(edition=edition)
        edition_publish(edition=edition)
    if not build_files:
        return edition
    built = set(edition.builds.filter(status=BuildStatus.SUCCEEDED).values_list("kind", flat=True))
    for kind in DEMO_BUILD_KINDS:
        if kind not in built:
            build_now(edition=edition, kind=kind)
    return edition
