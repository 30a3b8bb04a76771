"""Every page type renders with its fields, through the Django test client."""

import datetime

import pytest
from django.utils import timezone

from cms import factories
from cms.models import (
    ArticlePage,
    CasePhoto,
    CaseResult,
    ConferenceMaterial,
    GoldenRuleCase,
    MaterialKind,
)
from registry.models import Municipality, Sphere

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_home_page_shows_intro_latest_cases_and_rules(client, home, cases_section, rulebook):
    home.intro = "Программа развития местных сообществ"
    home.save_revision().publish()
    case = factories.CasePageFactory(parent=cases_section, title="Двор без заборов", slug="p1")
    rule = factories.GoldenRulePageFactory(parent=rulebook, statement="Начинайте с общего дела")
    html = html_of(client, home)
    assert "Программа развития местных сообществ" in html
    assert case.title in html and case.url in html
    assert rule.statement in html and rule.url in html


def test_main_navigation_lists_the_home_sections(client, home):
    html = html_of(client, home)
    nav = html.split('class="main-nav"')[1].split("</nav>")[0]
    for section in home.get_children().live():
        assert f'href="{section.url}"' in nav
        assert section.title in nav


def test_section_page_lists_children_with_pagination(client, materials):
    start = timezone.now() - datetime.timedelta(days=30)
    articles = [
        factories.ArticlePageFactory(
            parent=materials, first_published_at=start + datetime.timedelta(days=day)
        )
        for day in range(13)
    ]
    first = html_of(client, materials)
    assert articles[-1].title in first  # newest first
    assert 'rel="next"' in first
    second = client.get(materials.url, {"page": 2}).content.decode()
    assert articles[0].title in second
    assert articles[-1].title not in second


def test_article_page_shows_kind_date_authors_and_themes(client, materials):
    author = factories.ExpertFactory(name="Ирина Петрова")
    theme = factories.ThemeFactory(name="Лидерство")
    article = factories.ArticlePageFactory(parent=materials, date=datetime.date(2026, 3, 1))
    article.authors.add(author)
    article.themes.add(theme)
    article.save_revision().publish()
    html = html_of(client, article)
    assert "Ирина Петрова" in html
    assert "Лидерство" in html
    assert 'datetime="2026-03-01"' in html
    assert article.body[0].value.source in html


def test_conference_page_shows_its_materials(client, materials):
    speaker = factories.ExpertFactory(name="Олег Смирнов")
    slides = factories.DocumentFactory(title="Слайды доклада")
    conference = factories.ConferencePageFactory(parent=materials, place="Уфа, Конгресс-холл")
    ConferenceMaterial.objects.create(
        page=conference,
        kind=MaterialKind.TALK,
        title="Сообщества и власть",
        speaker=speaker,
        slides=slides,
        video_url="https://video.example.org/talk-1",
        text="<p>Тезисы доклада</p>",
    )
    html = html_of(client, conference)
    assert "Уфа, Конгресс-холл" in html
    assert "Сообщества и власть" in html
    assert "Олег Смирнов" in html
    assert slides.url in html
    assert 'href="https://video.example.org/talk-1"' in html
    assert "Тезисы доклада" in html
    assert "<iframe" not in html


def test_lecture_page_shows_all_its_fields(client, materials, events_section):
    event = factories.EventPageFactory(
        parent=events_section, title="Школа организаторов", slug="p4"
    )
    lecturer = factories.ExpertFactory(name="Анна Иванова")
    slides = factories.DocumentFactory(title="Слайды лекции")
    lecture = factories.LecturePageFactory(
        parent=materials,
        event=event,
        place="Стерлитамак",
        video_url="https://video.example.org/lecture",
        slides=slides,
        summary="<p>Краткое содержание лекции</p>",
    )
    lecture.lecturers.add(lecturer)
    lecture.save_revision().publish()
    html = html_of(client, lecture)
    for text in ("Анна Иванова", "Стерлитамак", "Краткое содержание лекции"):
        assert text in html
    assert lecture.get_kind_display() in html
    assert f'href="{event.url}"' in html
    assert slides.url in html
    assert 'href="https://video.example.org/lecture"' in html


def test_event_page_shows_facts_report_and_its_lectures(client, materials, events_section):
    municipality = Municipality.objects.first()
    event = factories.EventPageFactory(
        parent=events_section,
        start_date=datetime.date(2026, 6, 6),
        end_date=datetime.date(2026, 6, 7),
        place="Дом культуры",
        municipality=municipality,
        participants_count=240,
        report="<p>Пришли жители трёх сёл</p>",
    )
    lecture = factories.LecturePageFactory(
        parent=materials, event=event, title="Как вести ярмарку", slug="p6"
    )
    draft = factories.LecturePageFactory(
        parent=materials, event=event, title="Черновик", slug="p7", live=False
    )
    html = html_of(client, event)
    for text in (event.get_kind_display(), "Дом культуры", "240", "Пришли жители трёх сёл"):
        assert text in html
    assert 'datetime="2026-06-06"' in html and 'datetime="2026-06-07"' in html
    assert str(municipality) in html
    assert f'href="{lecture.url}"' in html
    assert draft.title not in html


def test_case_page_shows_the_whole_story(client, cases_section, rulebook):
    sphere = Sphere.objects.first()
    municipality = Municipality.objects.first()
    case = factories.CasePageFactory(
        parent=cases_section,
        community_name="ТОС «Солнечный»",
        municipality=municipality,
        sphere=sphere,
        problem="<p>Двор зарос</p>",
        actions="<p>Провели субботник</p>",
        lessons="<p>Зовите соседей лично</p>",
    )
    CaseResult.objects.create(page=case, value="120", label="жителей пришли на ярмарку")
    image = factories.ImageFactory(description="Жители красят скамейки")
    CasePhoto.objects.create(page=case, image=image, caption="Субботник", credit="Фото: А. Ким")
    rule = factories.GoldenRulePageFactory(parent=rulebook, statement="Зовите лично")
    GoldenRuleCase.objects.create(rule=rule, case=case)
    html = html_of(client, case)
    for text in (
        "ТОС «Солнечный»",
        "Двор зарос",
        "Провели субботник",
        "Зовите соседей лично",
        "120",
        "жителей пришли на ярмарку",
        'alt="Жители красят скамейки"',
        "Субботник",
        "Фото: А. Ким",
    ):
        assert text in html
    assert str(municipality) in html
    assert str(sphere) in html
    assert f'<a href="{rule.url}">Зовите лично</a>' in html


def test_golden_rule_page_links_to_its_live_cases(client, cases_section, rulebook):
    theme = factories.ThemeFactory(name="Доверие")
    rule = factories.GoldenRulePageFactory(
        parent=rulebook,
        statement="Сначала дело, потом устав",
        explanation="<p>Люди верят делам</p>",
        theme=theme,
    )
    case = factories.CasePageFactory(parent=cases_section, title="Клуб рыбаков", slug="p8")
    draft = factories.CasePageFactory(
        parent=cases_section, title="Черновой кейс", slug="p9", live=False
    )
    GoldenRuleCase.objects.create(rule=rule, case=case)
    GoldenRuleCase.objects.create(rule=rule, case=draft)
    html = html_of(client, rule)
    assert "Сначала дело, потом устав" in html
    assert "Люди верят делам" in html
    assert "Доверие" in html
    assert f'href="{case.url}"' in html
    assert "Черновой кейс" not in html


def test_rulebook_groups_rules_by_theme(client, rulebook):
    first = factories.ThemeFactory(name="Мониторинг", sort_order=1)
    second = factories.ThemeFactory(name="Ярмарки", sort_order=2)
    factories.GoldenRulePageFactory(parent=rulebook, statement="Считайте участников", theme=first)
    factories.GoldenRulePageFactory(
        parent=rulebook, statement="Ярмарка у всех на виду", theme=second
    )
    html = html_of(client, rulebook)
    assert html.index("Мониторинг") < html.index("Считайте участников") < html.index("Ярмарки")
    assert html.index("Ярмарки") < html.index("Ярмарка у всех на виду")


def test_body_blocks_render_readably(client, materials, rulebook):
    rule = factories.GoldenRulePageFactory(parent=rulebook, statement="Правило из текста")
    document = factories.DocumentFactory(title="Шаблон заявки")
    image = factories.ImageFactory(description="Схема ярмарки")
    raw_body = [
        {"type": "heading", "value": {"text": "Как начать", "level": "h3"}},
        {"type": "paragraph", "value": "<p>Обычный абзац</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "Схема на площади", "decorative": False},
                "caption": "Схема",
                "credit": "Автор",
            },
        },
        {"type": "quote", "value": {"text": "Цитата участника", "attribution": "Участник"}},
        {"type": "callout", "value": {"kind": "tip", "title": "Совет", "text": "<p>Совет дня</p>"}},
        {"type": "golden_rule", "value": {"rule": rule.pk}},
        {
            "type": "table",
            "value": {
                "caption": "Итоги",
                "table": {
                    "data": [["Год", "Люди"], ["2026", "300"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        },
        {
            "type": "method",
            "value": {
                "title": "Пять шагов",
                "steps": [
                    {"title": "Соберите команду", "text": "<p>Четыре человека</p>"},
                    {"title": "Найдите площадку", "text": "<p>Удобное место</p>"},
                ],
            },
        },
        {"type": "video", "value": {"url": "https://video.example.org/v", "title": "Запись"}},
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]
    body = ArticlePage.body.field.stream_block.to_python(raw_body)
    article = factories.ArticlePageFactory(parent=materials, body=body)
    html = html_of(client, article)
    assert "<h3>Как начать</h3>" in html
    assert "Обычный абзац" in html
    assert 'alt="Схема на площади"' in html and "<figcaption>" in html
    assert "<blockquote><p>Цитата участника</p></blockquote>" in html
    assert "Совет дня" in html
    assert f'<a href="{rule.url}">Правило из текста</a>' in html
    assert "<caption>Итоги</caption>" in html and '<th scope="col">Год</th>' in html
    assert "<td>300</td>" in html
    method = html.split('class="method__steps"')[1].split("</ol>")[0]
    assert method.index("Соберите команду") < method.index("Найдите площадку")
    assert 'href="https://video.example.org/v"' in html and "<iframe" not in html
    assert document.url in html and "Шаблон заявки" in html


def test_unknown_address_gets_the_404_page(client, home):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="ru">' in response.content.decode()
    assert 'href="/ru/search/' in response.content.decode()
