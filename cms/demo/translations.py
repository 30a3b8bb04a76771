"""Bashkir and English texts for the translated pages, keyed by the Russian source string.

Strings that have no translation here stay in Russian in the translated page, as
wagtail-localize does with any untranslated segment.
"""

from .cases import CASES
from .home import HOME, SECTION_INTROS
from .people import THEMES
from .rules import RULES

SITE_TITLE = "Конструктор сообществ"
CASES_TITLE = "Кейсы сообществ"
RULES_TITLE = "Золотые правила"

_case = {case["slug"]: case for case in CASES}
_rule = {rule["slug"]: rule for rule in RULES}
_theme = {theme["slug"]: theme for theme in THEMES}

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

SECTIONS_BA = {
    "cases": {
        CASES_TITLE: "Берлектәр кейстары",
        SECTION_INTROS["cases"]: "Башҡортостандың уңышлы берлектәре тарихы: проблема, "
        "нимә эшләнгән, һандарҙағы һөҙөмтәләр һәм һабаҡтар.",
    },
    "rules": {
        RULES_TITLE: "Алтын ҡағиҙәләр",
        SECTION_INTROS["rules"]: "Кейстарҙан сығарылған, темалар буйынса тупланған "
        "берлектәр булдырыу һәм үҫтереү алтын ҡағиҙәләре.",
    },
}

THEMES_BA = {
    "engagement": {
        _theme["engagement"]["name"]: "Халыҡты йәлеп итеү",
        _theme["engagement"]["description"]: "Кешеләр килһен һәм ҡалһын өсөн нимә эшләргә.",
    },
    "leadership": {
        _theme["leadership"]["name"]: "Лидерлыҡ",
        _theme["leadership"]["description"]: "Берлекте кем алып бара һәм яңы лидерҙарҙы нисек "
        "үҫтерергә.",
    },
}

CASES_BA = {
    "tos-zvezdny-ufa": {
        _case["tos-zvezdny-ufa"]["title"]: "«Звёздный» ТЙҮ: торғондар кире ҡайтарған ихата",
        _case["tos-zvezdny-ufa"]["intro"]: "Өфөләге биш күп ҡатлы йорт торғондары "
        "территориаль йәмәғәт үҙидараһына берләште һәм район хакимиәте менән бергә "
        "ихатаны төҙөкләндерҙе.",
        _case["tos-zvezdny-ufa"]["community_name"]: "«Звёздный» ТЙҮ",
        _case["tos-zvezdny-ufa"]["lessons"]: "Фатирҙарҙы йөрөп сығыу иғландарҙан мөһимерәк: "
        "шәхсән саҡырылғандар килә. Хакимиәт менән яҙма килешеү үҙ-ара шикләнеүҙе бөтөрҙө.",
    },
    "tochka-rosta-sterlitamak": {
        _case["tochka-rosta-sterlitamak"]["title"]: "«Үҫеш нөктәһе» йәштәр клубы: "
        "подвалдан — ҡала проекттарына",
        _case["tochka-rosta-sterlitamak"]["intro"]: "Стәрлетамаҡтың өлкән класс уҡыусылары "
        "һәм студенттары буш торған подвалды клубҡа әйләндерҙе һәм ике йылда ҡаланың "
        "ун дүрт проектын үткәрҙе.",
        _case["tochka-rosta-sterlitamak"]["community_name"]: "«Үҫеш нөктәһе» йәштәр клубы",
        _case["tochka-rosta-sterlitamak"]["lessons"]: "Нигеҙ һалыусылар уҡырға киткәс тә "
        "клуб йәшәүен дауам итте: ролдәр алдан бүленгәйне. Йәштәр үҙҙәренә ҡарар ҡабул "
        "итеүҙе ышанып тапшырған урында ҡала.",
    },
}

RULES_BA = {
    "start-small-and-visible": {
        _rule["start-small-and-visible"]["statement"]: "Бәләкәй, әммә күренеп торған эштән "
        "башлағыҙ",
        _rule["start-small-and-visible"]["explanation"]: "Беренсе эш көс етерлек һәм "
        "күршеләргә күренеп торорлоҡ булырға тейеш: таҙартылған яр йәки буялған эскәмйә "
        "теләһә ниндәй вәғәҙәнән яҡшыраҡ ышандыра.",
    },
    "leader-is-followed": {
        _rule["leader-is-followed"]["statement"]: "Лидер — артынан кешеләр эйәргән кеше",
        _rule["leader-is-followed"]["explanation"]: "Вазифа һәм ҡысҡырыҡ тауыш кешене лидер "
        "итмәй. Лидерҙы уның менән бергә һәм унһыҙ ҙа эште дауам иткән кешеләр буйынса "
        "күрергә була.",
    },
}
