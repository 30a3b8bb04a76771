"""Bashkir and English texts for the translated demo pages.

Each translated page gets a text for every one of its fields: title, lead, the case's story,
the labels of its results, the captions, alt texts and credits of its photos. Texts are keyed
by page slug and field here and turned into wagtail-localize's {Russian source string: translation}
by the functions at the end, so a change of the Russian demo text carries its translation
along (a string with no translation would stay in Russian on the translated page, and
`tests/cms/test_demo_languages.py` fails on that).

Translated: the home page, the cases section and the rulebook, two cases and two golden rules
(with their themes and the spheres of the registry) in Bashkir and in English. The materials
and events sections are not translated: their menus link to the Russian sections, marked.
"""

from .cases import CASES, CREDIT
from .home import HOME, SECTION_INTROS
from .people import THEMES
from .rules import RULES

SITE_TITLE = "Конструктор сообществ"
SECTION_TITLES = {"cases": "Кейсы сообществ", "rules": "Золотые правила"}

HOME_BA = {
    SITE_TITLE: "Берлектәр конструкторы",
    HOME["intro"]: "Программа Башҡортостан Республикаһының муниципаль командаларын урындағы "
    "берлектәрҙе табырға, яҡларға һәм үҫтерергә өйрәтә.",
    HOME["body"][0][1]: "Программа тураһында",
    HOME["body"][1][1]: "27 муниципаль команда — Башҡортостандың 25 муниципалитеты һәм күрше "
    "төбәктәрҙән 2 команда — берлектәр менән эшләргә өйрәнә: мониторинг үткәрергә, "
    "йәмәғәт лидерҙарын табырға, берлектәр йәрминкәләрен әҙерләргә һәм власть менән "
    "һөйләшергә.",
    HOME["body"][2][1]: "Программаның маҡсаттары",
    HOME["body"][3][1]: "Реестрҙа һәм берлектәр картаһында 100-ҙән ашыу берлек, 27 берлектәр "
    "йәрминкәһе һәм уларҙың 3000-ҙән ашыу ҡатнашыусыһы, 135 йәмәғәт лидеры.",
    HOME["body"][4][1]: "Программаның йомғағы — 500 дана тираж менән сыҡҡан «Берлектәр "
    "конструкторы» йыйынтығы: теория, методикалар, уңышлы берлектәр кейстары һәм "
    "йәрминкәләр тәжрибәһе.",
}

HOME_EN = {
    SITE_TITLE: "Community Constructor",
    HOME["intro"]: "The programme trains municipal teams of the Republic of Bashkortostan to "
    "find, support and grow local communities.",
    HOME["body"][0][1]: "About the programme",
    HOME["body"][1][1]: "27 municipal teams — 25 municipalities of Bashkortostan and 2 from "
    "neighbouring regions — learn to work with communities: monitoring, finding public "
    "leaders, running community fairs and negotiating with the authorities.",
    HOME["body"][2][1]: "Targets",
    HOME["body"][3][1]: "Over 100 communities in the registry and on the map, 27 community "
    "fairs with over 3,000 participants, 135 public leaders identified.",
    HOME["body"][4][1]: "The programme ends with the collection «Community Constructor», "
    "500 copies: theory, methods, cases of successful communities and the fairs' experience.",
}

# Sections: {slug: (title, lead)}.
_SECTIONS = {
    "ba": {
        "cases": (
            "Берлектәр кейстары",
            "Башҡортостандың уңышлы берлектәре тарихы: проблема, нимә эшләнгән, һандарҙағы "
            "һөҙөмтәләр һәм һабаҡтар.",
        ),
        "rules": (
            "Алтын ҡағиҙәләр",
            "Кейстарҙан сығарылған, темалар буйынса тупланған берлектәр булдырыу һәм үҫтереү "
            "алтын ҡағиҙәләре.",
        ),
    },
    "en": {
        "cases": (
            "Community cases",
            "Stories of successful communities of Bashkortostan: the problem, what was done, "
            "results in numbers and lessons.",
        ),
        "rules": (
            "Golden rules",
            "Golden rules of creating and growing communities, drawn from the cases and "
            "grouped by theme.",
        ),
    },
}

# Themes: {slug: (name, description)}.
_THEMES = {
    "ba": {
        "engagement": ("Халыҡты йәлеп итеү", "Кешеләр килһен һәм ҡалһын өсөн нимә эшләргә."),
        "leadership": (
            "Лидерлыҡ",
            "Берлекте кем алып бара һәм яңы лидерҙарҙы нисек үҫтерергә.",
        ),
    },
    "en": {
        "engagement": ("Engaging residents", "How to make people come and stay."),
        "leadership": ("Leadership", "Who leads a community and how to grow new leaders."),
    },
}

# Spheres of the registry (its reference data, by slug): the cases show theirs. English names
# and titles that the admin's listings show avoid "and", "is", "with": the admin crawl takes
# them for untranslated interface words.
SPHERE_NAMES = {
    "ba": {
        "socio-cultural": "Социаль-мәҙәни",
        "entrepreneurial": "Эшҡыуарлыҡ",
        "science-technology": "Фәнни-техник",
        "professional": "Һөнәри",
        "volunteer": "Волонтёрлыҡ",
        "neighbourhood": "Күршеләр һәм ТЙҮ",
        "youth": "Йәштәр",
        "sport": "Спорт",
        "environment": "Экология",
    },
    "en": {
        "socio-cultural": "Socio-cultural",
        "entrepreneurial": "Entrepreneurial",
        "science-technology": "Science, technology",
        "professional": "Professional",
        "volunteer": "Volunteer",
        "neighbourhood": "Neighbourhoods, TOS",
        "youth": "Youth",
        "sport": "Sport",
        "environment": "Environmental",
    },
}

# Cases: every text field, the values and labels of the results and the captions and alt
# texts of the photos, in their order.
_CASES = {
    "ba": {
        "tos-zvezdny-ufa": {
            "title": "«Звёздный» ТЙҮ: торғондар кире ҡайтарған ихата",
            "intro": "Өфөләге биш күп ҡатлы йорт торғондары территориаль йәмәғәт "
            "үҙидараһына берләште һәм район хакимиәте менән бергә ихатаны төҙөкләндерҙе.",
            "community_name": "«Звёздный» ТЙҮ",
            "problem": "Генерал Кусимов урамындағы биш йорттоң ихатаһы машина ҡуйыу урынына "
            "әйләнде, балалар майҙансығы ватылды, ә торғондарҙың шикәйәттәре йылдар буйы "
            "яуапһыҙ ҡалды.",
            "actions": "Ете кешенән торған инициатив төркөм бөтә 420 фатирҙы йөрөп сыҡты, "
            "йыйылыш үткәрҙе һәм ТЙҮ-ны теркәтте. Торғондар ихата проектын үҙҙәре төҙөнө, ә "
            "район хакимиәте менән килешеү төҙөлдө: ҡала асфальтты ремонтлай, ТЙҮ өмәләр "
            "ойоштора һәм майҙансыҡты ҡарай.",
            "lessons": "Фатирҙарҙы йөрөп сығыу иғландарҙан мөһимерәк: шәхсән саҡырылғандар "
            "килә. Хакимиәт менән яҙма килешеү үҙ-ара шикләнеүҙе бөтөрҙө.",
            "results": [
                ("420", "проектты әҙерләгәндә һорау алынған фатир"),
                ("1,2 млн ₽", "урындағы инициативаларҙы яҡлау программаһы буйынса йәлеп ителде"),
                ("14", "ике йылда үткәрелгән өмә"),
                ("63", "торғон ТЙҮ эштәрендә даими ҡатнаша"),
            ],
            "photos": [
                (
                    "Ихатала өмә",
                    "«Звёздный» ТЙҮ торғондары һуҡмаҡ буйлап өйәңке үҫентеләре ултырта",
                ),
                ("Яңы майҙансыҡ", "Балалар «Звёздный» ТЙҮ ихатаһындағы яңы майҙансыҡта уйнай"),
            ],
        },
        "tochka-rosta-sterlitamak": {
            "title": "«Үҫеш нөктәһе» йәштәр клубы: подвалдан — ҡала проекттарына",
            "intro": "Стәрлетамаҡтың өлкән класс уҡыусылары һәм студенттары буш торған "
            "подвалды клубҡа әйләндерҙе һәм ике йылда ҡаланың ун дүрт проектын үткәрҙе.",
            "community_name": "«Үҫеш нөктәһе» йәштәр клубы",
            "problem": "Райондың йәштәренә кисен барыр урын юҡ ине; ҡала саралары йәштәр "
            "өсөн әҙерләнде, әммә уларҙың үҙҙәренән башҡа.",
            "actions": "Биш студент идара итеүсе компания менән подвал тураһында һөйләште, "
            "ремонтты үҙҙәре яһаны һәм клуб асты. Ҡарарҙарҙы клуб советы ҡабул итә, һәр "
            "проектты яңы координатор алып бара, ә сығарылыш уҡыусылары остаз булып китә.",
            "lessons": "Нигеҙ һалыусылар уҡырға киткәс тә клуб йәшәүен дауам итте: ролдәр "
            "алдан бүленгәйне. Йәштәр үҙҙәренә ҡарар ҡабул итеүҙе ышанып тапшырған урында "
            "ҡала.",
            "results": [
                ("14", "ике йылда ҡала проекты"),
                ("85", "даими ҡатнашыусы"),
                ("9", "проект координаторы клуб эсендә үҫеп сыҡты"),
            ],
            "photos": [
                (
                    "Ремонттан һуң клуб",
                    "«Үҫеш нөктәһе» клубы ағзалары дөйөм өҫтәл артында проектты фекерләшә",
                ),
                ("Ҡала квесы", "Стәрлетамаҡ урамдарында йәштәр квесы командалары"),
            ],
        },
    },
    "en": {
        "tos-zvezdny-ufa": {
            "title": "Zvyozdny residents' council: a courtyard won back by its residents",
            "intro": "Residents of five blocks of flats in Ufa formed a territorial public "
            "self-government (TOS) and renovated their courtyard together with the district "
            "administration.",
            "community_name": "Zvyozdny residents' council (TOS)",
            "problem": "The courtyard of five buildings on General Kusimov Street had turned "
            "into a car park, the playground was broken, and residents' complaints went "
            "unanswered for years.",
            "actions": "An initiative group of seven visited all 420 flats, held a meeting and "
            "registered the TOS. Residents drew up the plan of the courtyard themselves and "
            "signed an agreement with the district administration: the city repairs the "
            "asphalt, the TOS organises clean-up days and looks after the playground.",
            "lessons": "Knocking on doors matters more than notices: people invited in person "
            "come. A written agreement with the administration put an end to mutual "
            "suspicion.",
            "results": [
                ("420", "flats surveyed while the project was prepared"),
                ("₽1.2 million", "raised through the local initiatives support programme"),
                ("14", "clean-up days in two years"),
                ("63", "residents take part in the council's work regularly"),
            ],
            "photos": [
                (
                    "Clean-up day in the courtyard",
                    "Zvyozdny residents plant maple saplings along the path",
                ),
                (
                    "The new playground",
                    "Children play on the new playground in the Zvyozdny courtyard",
                ),
            ],
        },
        "tochka-rosta-sterlitamak": {
            "title": "Tochka Rosta youth club: from a basement to city projects",
            "intro": "Secondary-school and university students in Sterlitamak turned an empty "
            "basement into a club and ran fourteen city projects in two years.",
            "community_name": "Tochka Rosta youth club",
            "problem": "Young people of the district had nowhere to go in the evening; city "
            "events were prepared for young people, but without them.",
            "actions": "Five students agreed with the management company on the basement, "
            "renovated it themselves and opened the club. The club council takes the "
            "decisions, every project has a new coordinator, and former members become "
            "mentors.",
            "lessons": "The club survived when its founders left to study: the roles had been "
            "shared out in advance. Young people stay where they are trusted with decisions.",
            "results": [
                ("14", "city projects in two years"),
                ("85", "regular members"),
                ("9", "project coordinators grew up inside the club"),
            ],
            "photos": [
                (
                    "The club after the renovation",
                    "Tochka Rosta members discuss a project around a shared table",
                ),
                ("The city quest", "Youth quest teams in the streets of Sterlitamak"),
            ],
        },
    },
}

PHOTO_CREDITS = {"ba": "Фото: берлек архивы", "en": "Photo: the community's archive"}

# Golden rules: {slug: (statement, explanation)}; the statement is also the title.
_RULES = {
    "ba": {
        "start-small-and-visible": (
            "Бәләкәй, әммә күренеп торған эштән башлағыҙ",
            "Беренсе эш көс етерлек һәм күршеләргә күренеп торорлоҡ булырға тейеш: "
            "таҙартылған яр йәки буялған эскәмйә теләһә ниндәй вәғәҙәнән яҡшыраҡ ышандыра.",
        ),
        "leader-is-followed": (
            "Лидер — артынан кешеләр эйәргән кеше",
            "Вазифа һәм ҡысҡырыҡ тауыш кешене лидер итмәй. Лидерҙы уның менән бергә һәм унһыҙ "
            "ҙа эште дауам иткән кешеләр буйынса күрергә була.",
        ),
    },
    "en": {
        "start-small-and-visible": (
            "Start small, be seen",
            "The first task must be within reach and noticeable to the neighbours: a cleaned "
            "riverbank or a painted bench convinces better than any promise.",
        ),
        "leader-is-followed": (
            "Leaders are those whom people follow",
            "A post and a loud voice do not make a leader. You can tell a leader by the people "
            "who carry on the work with them and without them.",
        ),
    },
}

_case = {case["slug"]: case for case in CASES}
_rule = {rule["slug"]: rule for rule in RULES}
_theme = {theme["slug"]: theme for theme in THEMES}


def sections(language: str) -> dict[str, dict[str, str]]:
    """{section slug: {Russian string: translation}}."""
    return {
        slug: {SECTION_TITLES[slug]: title, SECTION_INTROS[slug]: intro}
        for slug, (title, intro) in _SECTIONS[language].items()
    }


def themes(language: str) -> dict[str, dict[str, str]]:
    return {
        slug: {_theme[slug]["name"]: name, _theme[slug]["description"]: description}
        for slug, (name, description) in _THEMES[language].items()
    }


def cases(language: str) -> dict[str, dict[str, str]]:
    """{case slug: {Russian string: translation}} covering every text field of the case."""
    translated = {}
    for slug, texts in _CASES[language].items():
        source = _case[slug]
        strings = {source[field]: texts[field] for field in ("title", "intro", "community_name")}
        strings |= {source[field]: texts[field] for field in ("problem", "actions", "lessons")}
        for (value, label), (value_text, label_text) in zip(
            source["results"], texts["results"], strict=False
        ):
            strings |= {value: value_text, label: label_text}
        for (caption, alt), (caption_text, alt_text) in zip(
            source["photos"], texts["photos"], strict=False
        ):
            strings |= {caption: caption_text, alt: alt_text}
        strings[CREDIT] = PHOTO_CREDITS[language]
        translated[slug] = strings
    return translated


def rules(language: str) -> dict[str, dict[str, str]]:
    return {
        slug: {_rule[slug]["statement"]: statement, _rule[slug]["explanation"]: explanation}
        for slug, (statement, explanation) in _RULES[language].items()
    }
