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
    a stand there: the registry demo marks exactly that many, and the report says so. The
    report's paragraphs are separated by blank lines."""
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


def _plural(n: int, one: str, few: str, many: str) -> str:
    """The form of a noun Russian wants after the number n: 1 «сообщество», 3 «сообщества»,
    5 «сообществ»."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _communities(n: int) -> str:
    return _plural(n, "сообщество", "сообщества", "сообществ")


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
        "о совместном фестивале ремёсел.\n\n"
        "Ярмарку готовили шесть недель. Команда района объехала сёла, встретилась "
        "с мастерицами, краеведами и молодёжью и договорилась, что каждое сообщество покажет "
        "не стенд с грамотами, а своё живое дело: войлок, кумыс, старые фотографии, "
        "тропу к озеру.\n\n"
        "Больше всего людей собралось у краеведов: они попросили жителей принести семейные "
        "снимки и тут же отсканировали больше сотни фотографий для будущей выставки. "
        "Мастерицы провели шесть мастер-классов по валянию и вышивке, а молодёжный клуб "
        "записал тех, кто готов помогать на летних субботниках у озера.\n\n"
        "На итоговой встрече глава района обещал найти помещение для общей мастерской. "
        "Главным итогом организаторы считают то, что сообщества впервые увидели друг друга "
        "и поняли, что делают похожие дела.",
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
        "на участие в делах сообществ.\n\n"
        "Ярмарка заняла главную аллею парка. Площадки расставили по кругу, чтобы "
        "посетитель, пройдя его целиком, увидел все сообщества, а не только самые заметные. "
        "У входа волонтёры раздавали карту ярмарки и карточку «Чем я могу помочь».\n\n"
        "Советы ТОС показывали, как благоустраивают дворы, спортивные клубы устроили "
        "открытые тренировки для детей и родителей, молодёжные объединения — квест по "
        "истории парка. Те, кто заполнил карточку, получили приглашения на встречи "
        "сообществ в ближайший месяц.\n\n"
        "После ярмарки администрация города предложила проводить её каждый год и включить "
        "в план городских праздников.",
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
        "поддержке инициатив.\n\n"
        "Сельские сообщества приехали в Туймазы на автобусе, который выделила "
        "администрация: многие впервые оказались на одной площадке с соседями из других "
        "сёл. Каждое сообщество за три минуты рассказало о себе со сцены, а потом отвечало "
        "на вопросы у своего стола.\n\n"
        "Разговор с администрацией прошёл как открытый микрофон: сообщества называли, что им "
        "мешает, и предлагали, чем могут помочь сами. Первое заседание совета по поддержке "
        "инициатив назначено на осень, в него вошли по одному представителю от каждого "
        "сообщества.",
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
        report="131 участник, три совместных проекта на осень.\n\n"
        "Ярмарку провели на набережной Белой в день города, поэтому к площадкам подходили и "
        "те, кто о сообществах раньше не слышал. Клуб исторической реконструкции разбил "
        "лагерь, садоводы устроили обмен рассадой и семенами, библиотека — буккроссинг.\n\n"
        "Проекты на осень сложились прямо на ярмарке: реконструкторы и библиотека готовят "
        "цикл встреч для школьников, садоводы с советом ТОС — озеленение двора, молодёжный "
        "клуб с краеведами — экскурсии по старому городу.",
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
        report="212 посетителей; сорок семей записались в родительское сообщество.\n\n"
        "Ярмарку открыли родительские сообщества: они устроили детскую площадку, где "
        "родители могли оставить детей и спокойно обойти стенды. Соседские сообщества "
        "показывали, как договариваются о правилах двора, спортивные звали на утренние "
        "пробежки.\n\n"
        "Кроме сорока семей, ещё двадцать жителей вступили в соседские чаты своих домов. "
        "Организаторы собрали отзывы посетителей: чаще всего просили повторить ярмарку "
        "весной и добавить площадку для пожилых жителей.",
    ),
]
# The fairs by OKTMO code of their municipality, for the registry demo.
FAIRS = {fair["municipality"]: fair for fair in FAIR_EVENTS}

# The other participants held their fairs between the told ones and the autumn modules.
RECORDED_FAIRS_FROM = D(2026, 7, 11)
RECORDED_FAIRS_DAYS_APART = 4


def recorded_fair_stands(municipality) -> int:
    """How many of its communities a participant would bring to its fair: two to four."""
    return 2 + int(municipality.oktmo) % 3


def recorded_fair(municipality, number: int, *, presented: int) -> dict:
    """The fair of a participant whose report is not written up: its day, place, visitors
    and how many of its communities had a stand, as the organisers recorded them. The figures
    vary with the municipality's code, the same on every run."""
    visitors = 96 + int(municipality.oktmo) % 89
    return {
        "slug": f"fair-{municipality.slug}",
        "kind": "fair",
        "title": f"Ярмарка сообществ: {municipality.name}",
        "intro": f"Сообщества муниципалитета показали жителям свои дела: {presented} "
        f"{_communities(presented)} из реестра, {visitors} "
        f"{_plural(visitors, 'посетитель', 'посетителя', 'посетителей')}.",
        "start_date": RECORDED_FAIRS_FROM
        + datetime.timedelta(days=RECORDED_FAIRS_DAYS_APART * number),
        "place": f"{municipality.centre or municipality.name}, Дом культуры",
        "municipality": municipality.oktmo,
        "participants_count": visitors,
        "presented": presented,
        "report": "",
    }


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
