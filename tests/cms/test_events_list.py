"""The events section lists events with their dates: upcoming soonest first, then past ones
most recent first, filtered by kind and municipality through a GET form."""

import datetime
import re

import pytest
from django.utils import timezone

from cms import factories
from cms.models import EventKind
from cms.selectors import PAST_EVENTS_PAGE_SIZE
from registry.models import Municipality

pytestmark = pytest.mark.django_db


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def titles_in(html: str, section_id: str) -> list[str]:
    """The card titles, in order, inside the <section> labelled by `section_id`."""
    start = html.index(f'aria-labelledby="{section_id}"')
    part = html[start : html.index("</section>", start)]
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', part)


@pytest.fixture
def calendar(events_section):
    ufa = Municipality.objects.get(oktmo="80701000")
    abzelil = Municipality.objects.get(oktmo="80601000")
    make = factories.EventPageFactory
    return {
        "ufa": ufa,
        "abzelil": abzelil,
        "far fair": make(
            parent=events_section, title="Ярмарка через месяц", kind=EventKind.FAIR,
            start_date=days(30), municipality=abzelil,
        ),
        "soon school": make(
            parent=events_section, title="Школа через неделю", kind=EventKind.SCHOOL,
            start_date=days(7), municipality=ufa,
        ),
        "running": make(
            parent=events_section, title="Конференция идёт", kind=EventKind.CONFERENCE,
            start_date=days(-1), end_date=days(1), municipality=ufa,
        ),
        "old fair": make(
            parent=events_section, title="Давняя ярмарка", kind=EventKind.FAIR,
            start_date=days(-200), municipality=abzelil,
        ),
        "recent table": make(
            parent=events_section, title="Недавний круглый стол", kind=EventKind.ROUND_TABLE,
            start_date=days(-10), municipality=ufa,
        ),
        "draft": make(
            parent=events_section, title="Черновик события", start_date=days(3), live=False
        ),
    }  # fmt: skip


def test_upcoming_events_come_first_soonest_first_then_past_ones_latest_first(
    client, events_section, calendar
):
    html = client.get(events_section.url).content.decode()
    assert titles_in(html, "upcoming-events") == [
        "Конференция идёт",
        "Школа через неделю",
        "Ярмарка через месяц",
    ]
    assert titles_in(html, "past-events") == ["Недавний круглый стол", "Давняя ярмарка"]
    assert "Черновик события" not in html
    assert html.index('id="upcoming-events"') < html.index('id="past-events"')


def test_cards_show_dates_written_in_russian(client, events_section):
    factories.EventPageFactory(
        parent=events_section,
        title="Двухдневная конференция",
        start_date=datetime.date(2026, 2, 12),
        end_date=datetime.date(2026, 2, 13),
    )
    factories.EventPageFactory(
        parent=events_section,
        title="Модуль на стыке месяцев",
        start_date=datetime.date(2026, 2, 28),
        end_date=datetime.date(2026, 3, 2),
    )
    factories.EventPageFactory(
        parent=events_section, title="Однодневная школа", start_date=datetime.date(2026, 5, 16)
    )
    html = client.get(events_section.url).content.decode()
    assert (
        '<time datetime="2026-02-12">12</time>–<time datetime="2026-02-13">13 февраля 2026</time>'
        in html
    )
    assert "28 февраля</time> – <time" in html and "2 марта 2026</time>" in html
    assert '<time datetime="2026-05-16">16 мая 2026</time>' in html


def test_filter_by_kind_and_municipality_keeps_the_chosen_values(client, events_section, calendar):
    abzelil = calendar["abzelil"]
    html = client.get(events_section.url, {"kind": "fair"}).content.decode()
    assert titles_in(html, "upcoming-events") == ["Ярмарка через месяц"]
    assert titles_in(html, "past-events") == ["Давняя ярмарка"]
    assert '<option value="fair" selected>' in html

    html = client.get(events_section.url, {"municipality": calendar["ufa"].slug}).content.decode()
    assert titles_in(html, "upcoming-events") == ["Конференция идёт", "Школа через неделю"]
    assert titles_in(html, "past-events") == ["Недавний круглый стол"]
    assert f'<option value="{calendar["ufa"].slug}" selected>' in html
    # Only municipalities with events are offered.
    assert f'<option value="{abzelil.slug}">' in html
    assert html.count("<option") == 1 + 2 + 1 + len(EventKind.choices)

    html = client.get(
        events_section.url, {"kind": "school", "municipality": abzelil.slug}
    ).content.decode()
    assert titles_in(html, "upcoming-events") == titles_in(html, "past-events") == []
    assert '<label for="id_kind">' in html and 'role="search"' in html


def test_an_unknown_filter_value_is_answered_with_a_message_not_an_error(
    client, events_section, calendar
):
    response = client.get(events_section.url, {"kind": "party", "municipality": "nowhere"})
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode()


def test_the_events_list_takes_a_fixed_number_of_queries(
    client, events_section, calendar, django_assert_max_num_queries
):
    client.get(events_section.url)  # warm the site and locale caches
    with django_assert_max_num_queries(22) as few:
        client.get(events_section.url)
    # Counted now: the captured slice indexes Django's query log, which later queries rotate.
    limit = len(few.captured_queries)
    for n in range(10):
        factories.EventPageFactory(
            parent=events_section,
            start_date=days(n - 5),
            municipality=calendar["ufa"] if n % 2 else calendar["abzelil"],
        )
    client.get(events_section.url)  # new pages start a new content version: warm it again
    with django_assert_max_num_queries(limit):
        client.get(events_section.url, {"kind": "fair"})
    with django_assert_max_num_queries(limit):
        client.get(events_section.url)


def test_other_sections_still_list_their_pages_latest_first(client, materials):
    article = factories.ArticlePageFactory(parent=materials, title="Статья о сообществах")
    html = client.get(materials.url).content.decode()
    assert article.title in html and 'id="upcoming-events"' not in html


def test_an_empty_group_says_why_it_is_empty(client, events_section):
    factories.EventPageFactory(
        parent=events_section, title="Прошлая школа", kind=EventKind.SCHOOL, start_date=days(-3)
    )
    html = client.get(events_section.url).content.decode()
    filtered = client.get(events_section.url, {"kind": "fair"}).content.decode()

    assert "Предстоящих мероприятий пока нет." in html
    assert "Нет предстоящих мероприятий, подходящих под эти фильтры." in filtered
    assert "Нет прошедших мероприятий, подходящих под эти фильтры." in filtered


def test_past_events_come_a_page_at_a_time_and_the_pages_keep_the_filters(
    client, events_section, calendar
):
    for n in range(PAST_EVENTS_PAGE_SIZE):
        factories.EventPageFactory(
            parent=events_section, title=f"Ярмарка №{n + 1}", kind=EventKind.FAIR,
            start_date=days(-20 - n), municipality=calendar["ufa"],
        )  # fmt: skip

    first = client.get(events_section.url, {"kind": "fair"}).content.decode()
    second = client.get(events_section.url, {"kind": "fair", "page": "2"}).content.decode()

    assert titles_in(first, "past-events") == [f"Ярмарка №{n + 1}" for n in range(12)]
    assert titles_in(second, "past-events") == ["Давняя ярмарка"]
    assert 'href="?kind=fair&amp;page=2" rel="next"' in first
    assert titles_in(second, "upcoming-events") == ["Ярмарка через месяц"]
