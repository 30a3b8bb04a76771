"""The programme's events across 2026. Municipalities are referred to by OKTMO code and
linked only if the registry's reference data is loaded."""

import datetime

D = datetime.date

UFA = "80701000"
STERLITAMAK = "80745000"
BELORETSK_DISTRICT = "80611000"
NEFTEKAMSK = "80727000"
OKTYABRSKY = "80735000"

# The conference's event; the conference's page of materials links to it.
CONFERENCE_EVENT = "conference-2026"

# (slug, municipality, place, zone name) of the five zones; the first is at home in Ufa.
ZONES = [
    ("ufa", UFA, "Уфа, Дом дружбы народов", "Центральная зона"),
    ("sterlitamak", STERLITAMAK, "Стерлитамак, городской Дворец культуры", "Южная зона"),
    ("beloretsk", BELORETSK_DISTRICT, "Белорецк, центр «Металлург»", "Зауралье"),
    ("neftekamsk", NEFTEKAMSK, "Нефтекамск, молодёжный центр", "Северо-западная зона"),
    ("oktyabrsky", OKTYABRSKY, "Октябрьский, городской Дом культуры", "Западная зона"),
]


def _zonal(*, kind, prefix, title, intro, report, first, days_apart, participants) -> list[dict]:
    """One event in each of the five zones, a few days apart."""
    return [
        {
            "slug": f"{prefix}-{slug}",
            "kind": kind,
            "title": f"{title}: {zone}",
            "intro": intro,
            "start_date": first + datetime.timedelta(days=days_apart * number),
            "place": place,
            "municipality": oktmo,
            "participants_count": participants + 3 * number,
            "report": report,
        }
        for number, (slug, oktmo, place, zone) in enumerate(ZONES)
    ]


def _fair(*, slug, oktmo, title, intro, date, place, visitors, presented, report) -> dict:
    """A community fair. `presented` is how many registry communities of the municipality had
    a stand there: the registry demo marks exactly that many, and the report says so."""
    return {
        "slug": slug,
        "kind": "fair",
        "title": title,
        "intro": intro,
        "start_date": date,
        "place": place,
        "municipality": oktmo,
        "participants_count": visitors,
        "presented": presented,
        "report": f"Свои площадки представили {presented} {_communities(presented)} "
        f"из реестра; {report}",
    }


def _communities(n: int) -> str:
    """«сообщество», «сообщества» or «сообществ», as Russian wants after the number n."""
    if n % 10 == 1 and n % 100 != 11:
        return "сообщество"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "сообщества"
    return "сообществ"


FAIR_EVENTS = [
    _fair(
        slug="fair-abzelilovsky",
        oktmo="80601000",
        title="Ярмарка сообществ Абзелиловского района",
        intro="Мастерицы, краеведы и молодёжные клубы района впервые собрались на одной "
        "площадке у озера Банное.",
        date=D(2026, 7, 4),
        place="с. Аскарово, площадь у районного Дома культуры",
        visitors=186,
        presented=5,
        report="186 посетителей прошли мастер-классы; два сообщества договорились "
        "о совместном фестивале ремёсел.",
    ),
    _fair(
        slug="fair-sterlitamak",
        oktmo=STERLITAMAK,
        title="Ярмарка сообществ Стерлитамака",
        intro="Городская ярмарка в парке Победы: ТОС, спортивные и молодёжные сообщества, "
        "добровольцы.",
        date=D(2026, 7, 18),
        place="Стерлитамак, парк Победы",
        visitors=248,
        presented=5,
        report="248 посетителей отмечены на входе, шестнадцать жителей оставили заявки "
        "на участие в делах сообществ.",
    ),
    _fair(
        slug="fair-tuymazinsky",
        oktmo="80651000",
        title="Ярмарка сообществ Туймазинского района",
        intro="Сельские сообщества района показали, что они делают, и договорились "
        "о встречах с администрацией.",
        date=D(2026, 8, 8),
        place="Туймазы, городской стадион",
        visitors=154,
        presented=4,
        report="154 участника; администрация района пригласила сообщества в совет по "
        "поддержке инициатив.",
    ),
    _fair(
        slug="fair-birsky",
        oktmo="80613000",
        title="Ярмарка сообществ Бирского района",
        intro="Ярмарка на набережной Белой: от клубов исторической реконструкции до садоводов.",
        date=D(2026, 8, 22),
        place="Бирск, набережная",
        visitors=131,
        presented=4,
        report="131 участник, три совместных проекта на осень.",
    ),
    _fair(
        slug="fair-neftekamsk",
        oktmo=NEFTEKAMSK,
        title="Ярмарка сообществ Нефтекамска",
        intro="Родительские, соседские и спортивные сообщества города вышли на площадь "
        "перед Дворцом культуры.",
        date=D(2026, 9, 5),
        place="Нефтекамск, площадь перед Дворцом культуры",
        visitors=212,
        presented=5,
        report="212 посетителей; сорок семей записались в родительское сообщество.",
    ),
]
# The fairs by OKTMO code of their municipality, for the registry demo.
FAIRS = {fair["municipality"]: fair for fair in FAIR_EVENTS}

EVENTS = [
    {
        "slug": CONFERENCE_EVENT,
        "kind": "conference",
        "title": "Межрегиональная конференция «Местные сообщества: ресурс развития территорий»",
        "intro": "Эксперты, муниципальные команды и лидеры сообществ Приволжья и Урала "
        "обсудили, как находить и поддерживать местные сообщества.",
        "start_date": D(2026, 2, 12),
        "end_date": D(2026, 2, 13),
        "place": "Уфа, Конгресс-холл «Торатау»",
        "municipality": UFA,
        "participants_count": 146,
        "report": "Конференция собрала 146 участников из Башкортостана и пяти соседних "
        "регионов. По её итогам сформирован пул экспертов, из которого собрана "
        "экспертно-методическая группа программы.",
    },
    *_zonal(
        kind="zonal_seminar",
        prefix="seminar",
        title="Зональный установочный семинар",
        intro="Мониторинг сообществ, выявление общественных лидеров и подготовка "
        "информационной кампании для муниципальных команд зоны.",
        report="Команды муниципалитетов составили первые списки действующих "
        "сообществ и наметили, кого пригласить в число общественных лидеров.",
        first=D(2026, 3, 5),
        days_apart=5,
        participants=38,
    ),
    {
        "slug": "school-2026",
        "kind": "school",
        "title": "Межрегиональная школа организаторов сообществ",
        "intro": "Однодневная школа: лекции, мастер-классы, проектирование ярмарок "
        "сообществ и консультации по написанию кейсов и «золотых правил».",
        "start_date": D(2026, 5, 16),
        "place": "Уфа, Уфимский университет науки и технологий",
        "municipality": UFA,
        "participants_count": 312,
        "report": "312 участников из 27 муниципалитетов спроектировали свои ярмарки "
        "сообществ и получили консультации по описанию кейсов.",
    },
    *_zonal(
        kind="zonal_module",
        prefix="module",
        title="Зональный модуль «Муниципальная программа поддержки сообществ»",
        intro="Команды разрабатывают концепцию муниципальной программы, которая "
        "поддерживает местные сообщества после окончания проекта.",
        report="Каждая команда представила концепцию программы поддержки "
        "сообществ и обсудила её с представителями администрации.",
        first=D(2026, 9, 10),
        days_apart=4,
        participants=55,
    ),
    *FAIR_EVENTS,
    {
        "slug": "round-table-2026",
        "kind": "round_table",
        "title": "Итоговый круглый стол «Сообщества и местное самоуправление»",
        "intro": "Власть, местное самоуправление, общественность, наука и СМИ обсудили "
        "итоги программы и приняли рекомендации.",
        "start_date": D(2026, 11, 26),
        "place": "Уфа, Дом республики",
        "municipality": UFA,
        "participants_count": 64,
        "report": "Участники представили реестр сообществ и сборник «Конструктор "
        "сообществ» и приняли рекомендации по муниципальным программам поддержки.",
    },
]
