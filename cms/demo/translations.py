"""Bashkir and English texts for the translated demo pages.

Each translated page gets a text for every one of its fields: title, lead, the case's full
story and the blocks of its body (table cells, quotes and callouts included), the labels of its
results, the captions, alt texts and credits of its photos. Texts are keyed
by page slug and field here and turned into wagtail-localize's {Russian source string: translation}
by the functions at the end, so a change of the Russian demo text carries its translation
along (a string with no translation would stay in Russian on the translated page, and
`tests/cms/test_demo_languages.py` fails on that).

Translated: the home page, the cases section and the rulebook, two cases and two golden rules
(with their themes and the spheres of the registry) in Bashkir and in English. The materials
and events sections are not translated: their menus link to the Russian sections, marked.
"""

from .case_stories import STORIES, case_body
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

# The cases' full stories (cms.demo.case_stories), matched to it by position: the paragraphs
# added to the problem, actions and lessons, and the blocks of the body (difficulties and
# resources, an ordinary day, the participants' words, what's next, how to repeat it) in the
# short block form of cms.demo.blocks.
_STORIES = {
    "ba": {
        "tos-zvezdny-ufa": {
            "problem": [
                (
                    "Йорттар һикһәненсе йылдар аҙағында завод ятаҡтары итеп төҙөлдө, һәм улар "
                    "араһындағы ихата бер ҡасан да бер кемгә лә ҡарамады. Идара итеүсе компания "
                    "уны муниципаль ер тип иҫәпләне, ә район хакимиәте — йорт янындағы территория "
                    "тип. Утыҙ йыл эсендә асфальт соҡорҙарҙан торған ямаулы юрғанға әйләнде, ә "
                    "ҡомлоҡ урынында кистәрен машиналар ҡуйылған бетон рамка ғына ҡалды."
                ),
                (
                    "Торғондар шикәйәттәрҙе берәмләп яҙҙы һәм бер үк яуап алды: «планға "
                    "индерелгән». Иң яманы шул булды: күршеләр бер-береһенә ышанмай башланы. Өлкән "
                    "быуын бөлгөнлөктә «килмешәк» арендаторҙарҙы ғәйепләне, йәш ғаиләләр — «һәр "
                    "саҡ бөтә нәмәгә ҡаршы» пенсионерҙарҙы. 2019 йылда майҙансыҡтағы һуңғы "
                    "әткенсәк ватылғас, балаларҙы күрше кварталға уйнарға алып йөрөй башланылар."
                ),
            ],
            "actions": [
                (
                    "Барыһы ла бер кем дә уҡымаған иғландан башланды. Пенсиялағы бухгалтер Гөлнара "
                    "подъездарға йыйылышҡа саҡырыу элде — дүрт кеше генә килде. Шунан ул һәм тағы "
                    "алты күрше подъездарҙы үҙ-ара бүлеште һәм өс аҙнала бөтә 420 фатирҙы йөрөп "
                    "сыҡты. Һәр ишек төбөндә өс һорау бирҙеләр: ихатала йәшәргә нимә ҡамасаулай, "
                    "үҙегеҙ нимә эшләргә әҙер һәм һеҙгә ҡасан килергә уңайлы."
                ),
                (
                    "Яуаптарҙы таблицаға йыйҙылар, һәм торғондарҙың бер үк нәмәне тиерлек теләгәне "
                    "асыҡланды: хәүефһеҙ майҙансыҡ, туҡталышҡа барған һуҡмаҡ буйлап яҡтылыҡ һәм "
                    "машиналар менән тәртип. Икенсе йыйылышҡа, стенала инде ошо таблица эленеп "
                    "торғанда, туҡһан кеше килде. Улар ТЙҮ булдырыу өсөн тауыш бирҙе, ете кешенән "
                    "торған совет һайланы һәм сиктәрҙе раҫланы — биш йорт һәм улар араһындағы "
                    "ихата."
                ),
                (
                    "Ихата проектын үҙҙәре һыҙҙы. Өсөнсө подъездағы архитектор студентка план "
                    "төҙөнө, ә уны фекерләшеү тап ихатала барҙы: асфальтта аҡбур менән ҡайҙа "
                    "майҙансыҡ, ҡайҙа машина ҡуйыу урыны һәм ҡайҙа сәскә түтәлдәре буласағын "
                    "билдәләнеләр. Шулай машиналар тураһындағы бәхәс үҙенән-үҙе хәл ителде: "
                    "водителдәр билдәләүҙән һуң машина ҡуйыу урындары кәмемәйәсәген, ә күбәйәсәген "
                    "күрҙе."
                ),
                (
                    "Әҙер проект менән ТЙҮ советы район хакимиәтенә килде. Һөйләшеү шикәйәттән "
                    "түгел, ә тәҡдимдән башланды: әгәр ҡала асфальтты һәм яҡтыртыуҙы ремонтлаһа, "
                    "торғондар өмәләрҙе, буяу эштәрен һәм майҙансыҡты ҡарауҙы үҙ өҫтәренә ала. "
                    "Килешеүгә ике айҙан ҡул ҡуйылды, ә майҙансыҡ проекты урындағы инициативаларҙы "
                    "яҡлау программаһы конкурсында еңде: республика бюджетынан 1,2 миллион һум, ун "
                    "процентын күршеләр йыйған аҡса һәм уларҙың хеҙмәте тәшкил итте."
                ),
                (
                    "Төҙөлөштө торғондар үҙҙәре ҡабул итте: сиратлап дежур торҙо, һәр этапты "
                    "фотоға төшөрҙө һәм һүрәттәрҙе дөйөм чатҡа һалды. Тәүҙә «контролёрҙар»ҙан "
                    "ризаһыҙ булған подрядсы, совет уға үлсәүҙәр менән фотоларҙы күрһәткәс, ахырҙа "
                    "майҙансыҡтың кәртәләрен үҙ иҫәбенә яңынан эшләне."
                ),
            ],
            "lessons": [
                (
                    "ТЙҮ советы әйтеүенсә, иң мөһиме төҙөлөштә түгел, ә баҫҡыс майҙансыҡтарында "
                    "булды. Егерме йыл буйы теш аша ғына һаулыҡ һорашҡан кешеләр бергәләп "
                    "эскәмйәләр буяны һәм шыуғыстарҙың төҫө тураһында бәхәсләште. Хәҙер ихатала "
                    "йылына өс байрам үтә, һәм уларҙың һәр береһен бер йорт әҙерләй."
                ),
                (
                    "Икенсе һабаҡ — документтар тураһында. Килешеүҙәр ауыҙ һүҙендә генә булғанда, "
                    "хакимиәттә яуаплы кеше алмашынған һайын ихата эше бер йылға артҡа сигенде. "
                    "Яҡтарҙың бурыстары исемлеге һәм эштәр графигы булған килешеү район "
                    "башлыҡтарының икәүһе алмашынһа ла көсөндә ҡалды."
                ),
            ],
            "body": [
                ("heading", "Ҡыйынлыҡтар һәм уларҙы нисек еңгәндәр"),
                (
                    "paragraph",
                    (
                        "Беренсе ҡыйынлыҡ ышанмауҙа булды. Торғондарҙың бер өлөшө ТЙҮ-ны аҡса "
                        "йыйыу өсөн булдыралар тип уйланы, һәм беренсе йыйылышта: «Тағы кемдер "
                        "беҙҙән аҡса эшләргә теләй», — тигән һүҙ яңғыраны. Совет асыҡлыҡ менән "
                        "яуап бирҙе: өлөшләп финанслауҙың һәр һумы һәр подъезд янындағы таҡтаға "
                        "эленгән таблицаға яҙылды, ә чектар ҡаҙнасыла һаҡланды һәм теләгән һәр "
                        "кемгә күрһәтелде."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Икенсеһе — әүҙемдәрҙең арыуы. Беренсе йыл аҙағына советтың ете ағзаһынан "
                        "даими рәүештә өсәү генә эшләне. Совет бурыстарҙы бер айлыҡ бәләкәй "
                        "йомоштарға бүлде — сәскә түтәлдәренә һыу һибергә, майҙансыҡты тикшерергә, "
                        "яҡтыртыу иҫәпләгесенең күрһәткестәрен яҙып алырға — һәм уларҙы кешеләрҙән "
                        "шәхсән һорай башланы. «Бер тапҡыр һәм нимәлә икәне аңлашылһа» ярҙам "
                        "итергә бөтәһе лә тиерлек әҙер булып сыҡты."
                    ),
                ),
                ("heading", "Эш нимәгә таянды"),
                (
                    "table",
                    (
                        "Ихата проектының ресурстары",
                        [
                            ["Сығанаҡ", "Нимә бирҙе", "Күләме"],
                            [
                                "Урындағы инициативаларҙы яҡлау программаһы",
                                "Майҙансыҡ һәм уның өҫкө ҡатламы",
                                "1,08 млн ₽",
                            ],
                            ["Биш йорт торғондары", "Аҡса менән өлөшләп финанслау", "120 мең ₽"],
                            ["Биш йорт торғондары", "Өмәләрҙә эшләү", "14 өмә"],
                            [
                                "Район хакимиәте",
                                "Асфальтты ремонтлау һәм яҡтыртыу",
                                "килешеү буйынса",
                            ],
                        ],
                    ),
                ),
                ("heading", "Берлек тормошонан бер көн"),
                (
                    "paragraph",
                    (
                        "«Звёздный» ихатаһындағы шәмбе өмәһе иртәнге туғыҙҙа өсөнсө подъезд "
                        "сығарған сәй өҫтәле янында башлана. Совет рәйесе йомоштарҙы әле кесаҙна "
                        "уҡ дөйөм чатта төҙөлгән исемлек буйынса тарата: кем ҡомлоҡ кәртәләрен "
                        "буяй, кем бордюрҙарҙы ағарта, кем япраҡтарҙы ташып сығара. Балалар "
                        "үҙҙәренең бәләкәй тырмаларын һәм төшкә тиклем үҙҙәре яуап биргән газон "
                        "өлөшөн ала."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Төшкә табан эш тамамлана, һәм майҙансыҡта дөйөм табын әҙерләнә: һәр фатир "
                        "үҙе бешергәнде алып килә. Шунда уҡ, табын артында, киләһе эште "
                        "фекерләшәләр — был юлы бишенсе йорт артындағы бәләкәй ағаслыҡ өсөн "
                        "һыйырсыҡ ояларын. Ай эсендә күсеп килгән яңы күршеләрҙе ТЙҮ советы бөтәһе "
                        "менән таныштыра, ә көн аҙағында подъезд янындағы таҡтаға «элек» һәм «һуң» "
                        "фотоһын элә: уны һуңынан аҙна буйы ҡарап йөрөйҙәр."
                    ),
                ),
                ("heading", "Ҡатнашыусылар һүҙе"),
                (
                    "quote",
                    (
                        (
                            "Дүрт йөҙ фатирҙы йөрөп сығыу мөмкин түгел тип уйлай инем. Кисенә ун "
                            "ишек кенә кәрәк икән, һәм бер айҙан һин бөтә ихатаны исемдәре менән "
                            "беләһең."
                        ),
                        "Гөлнара, ТЙҮ советы рәйесе",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Ихатаны аҡбур менән билдәләп сыҡҡас, машина ҡуйыу тураһындағы бәхәс "
                            "ярты сәғәттә тамамланды. Кешеләр һүҙҙәр менән бәхәсләшә, ә "
                            "асфальттағы һүрәт менән бәхәсләшеүе ҡыйын."
                        ),
                        "Алина, архитектор студентка, ихата проектының авторы",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Элек миңә күршеләр тураһында зарланырға килә торғайнылар, хәҙер "
                            "тәҡдимдәр менән киләләр. Был башҡа эш, һәм ул миңә күберәк оҡшай."
                        ),
                        "Район хакимиәтенең ТЙҮ-лар менән эшләү буйынса белгесе",
                    ),
                ),
                ("heading", "Алда нимә"),
                (
                    "paragraph",
                    (
                        "ТЙҮ икенсе проектты әҙерләй: һорау алынғандарҙың һәр өсөнсөһө һораған "
                        "тротуар һәм туҡталышҡа яҡтыртылған һуҡмаҡ. Совет күрше ТЙҮ менән уртаҡ "
                        "ғариза тураһында килеште һәм уның әүҙемдәрен фатирҙар буйынса һорау алыу "
                        "үткәрергә өйрәтә. Ҡаланың берлектәр йәрминкәһендә «Звёздный» үҙ тәжрибәһе "
                        "менән уртаҡлашты, һәм уға кәңәш һорап тағы өс ихатаның торғондары килде."
                    ),
                ),
                (
                    "callout",
                    (
                        "tip",
                        "Нисек ҡабатларға",
                        (
                            "Подъездарҙы бер нисә әүҙем араһында бүлегеҙ һәм һәр фатирҙа бер үк өс "
                            "һорауҙы бирегеҙ. Яуаптарҙы таблицаға йыйығыҙ һәм уны йыйылышта "
                            "күрһәтегеҙ: кешеләр үҙҙәрен ишеткәндәрен күргәндә килә."
                        ),
                    ),
                ),
            ],
        },
        "tochka-rosta-sterlitamak": {
            "problem": [
                (
                    "Микрорайонда дүрт меңгә яҡын үҫмер һәм студент йәшәне, әммә кинотеатр "
                    "ябылғас, уларҙың кисте аҡсаһыҙ үткәрерлек бер генә урыны ла ҡалманы. Йәштәр "
                    "магазиндар янында һәм балалар майҙансыҡтарында йыйылды, торғондар "
                    "участковыйға зарланды, һәм түңәрәк йомолдо."
                ),
                (
                    "Йәштәр өсөн ҡала саралары бүлек планы буйынса үтте, һәм уларға мәктәп "
                    "уҡыусыларын класы менән алып килделәр. Һуңынан клубҡа нигеҙ һалған биш "
                    "студент шундай байрамдарҙа тамашасы ғына булыуҙарын, ә үҙҙәренең уйлап "
                    "табыусы һәм башҡарыусы булырға теләүҙәрен иҫкә ала."
                ),
            ],
            "actions": [
                (
                    "Подвал тураһындағы фекер осраҡлы тыуҙы: нигеҙ һалыусыларҙың береһе Данияр "
                    "атаһына кладовойҙы йыйыштырырға ярҙамлашҡанда, йорттағы күрше бүлмәнең ун йыл "
                    "буш торғанын күрҙе. Идара итеүсе компания, әгәр йәштәр ремонтты үҙҙәре яһаһа "
                    "һәм электр өсөн түләһә, уны түләүһеҙ файҙаланыуға бирергә ризалашты."
                ),
                (
                    "Ремонт бөтә йәйҙе алды. Төҙөлөш материалдарын ихатала үткән хәйриә "
                    "концертында йыйылған аҡсаға һатып алдылар, ә эшләргә студенттар ғына түгел, "
                    "уларҙың ата-әсәләре, хатта тәүҙә шикәйәт яҙған торғондар ҙа килде. Электрик "
                    "булған өлкән йәштәге күрше проводканы бушлай үткәрҙе һәм шунан бирле клубты "
                    "«беҙҙең балалар» тип атай."
                ),
                (
                    "Беренсе көндән үк нигеҙ һалыусылар килеште: клубҡа директор түгел, ә совет "
                    "етәкселек итә. Ете кешенән торған совет һәр йыл яңынан һайлана, һәм бер генә "
                    "проектты ла бер үк координатор рәттән ике тапҡыр алып бармай. Шулай ике йылда "
                    "туғыҙ кеше проектты идеянан алып отчётҡа тиклем алып барырға өйрәнде."
                ),
                (
                    "Проекттарҙы клуб тауыш биреү юлы менән һайлай. Беренсеһе Стәрлетамаҡ тарихы "
                    "буйынса ҡала квесы булды, унан һуң — скверҙағы эскәмйәләрҙе ремонтлау, "
                    "ихатала кино күрһәтеүҙәр, өҫтәл уйындары йәрминкәһе, беренсе ярҙам курстары "
                    "һәм ҡала байрамын әҙерләүҙә ярҙам. Һәр проект өсөн бер биттән торған ҡыҫҡа "
                    "план яҙыла: маҡсат, кем эшләй, күпмегә төшә һәм килеп сыҡҡанын нисек белербеҙ."
                ),
                (
                    "Һынау ике йылдан килде: нигеҙ һалыусылар Өфөгә һәм Ҡазанға уҡырға китте. Яңы "
                    "совет ул йылда беренсе йылдағынан күберәк проект үткәрҙе, ә сығарылыш "
                    "уҡыусылары яңы килгәндәргә остаз булды һәм каникулдарҙа ҡайтып йөрөй."
                ),
            ],
            "lessons": [
                (
                    "Клуб ышанысҡа таяна: ысын эш тапшырылған һәм һәр аҙымы ҡабат тикшерелмәгән "
                    "үҫмер ҡала. Клуб советы яңы килгәндәргә беренсе айҙа уҡ аңлы рәүештә "
                    "яуаплылыҡ тапшыра."
                ),
                (
                    "Айырым һабаҡ — йорт торғондары менән мөнәсәбәттәр. Клуб уларҙы асылышҡа үҙе "
                    "саҡырҙы, подъездға дежурныйҙың телефонын элде һәм кис унынан һуң бер тапҡыр "
                    "ҙа шау-шыу ҡуптарманы. Бер йылдан, бүлмәнең яҙмышы хәл ителгәндә, торғондар "
                    "клубты яҡлап яҙылған хатҡа ҡул ҡуйҙы."
                ),
            ],
            "body": [
                ("heading", "Ҡыйынлыҡтар һәм уларҙы нисек еңгәндәр"),
                (
                    "paragraph",
                    (
                        "Икенсе йылдың яҙында подвалды ҡар һыуы баҫты, һәм клуб бер ай эшләмәне. "
                        "Клуб советы идара итеүсе компанияны көтөп торманы: йәштәр һыуҙы үҙҙәре "
                        "һурҙырып сығарҙы, бүлмәне киптерҙе һәм йыһаҙҙы поддондарға күтәрҙе, ә "
                        "һуңынан торғондар менән бергә йорттоң отмосткаһын ремонтлатыуға өлгәште. "
                        "Ҡатнашыусылар әйтеүенсә, был хәл клубты теләһә ниндәй байрамдан да "
                        "нығыраҡ берләштерҙе."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Яҡтылыҡ һәм интернет өсөн аҡса менән ҡыйыныраҡ булды. Ағзалыҡ түләүҙәре "
                        "мәктәп уҡыусыларын ҡурҡытты, шуға күрә клуб ике урындағы предприятие "
                        "менән килеште: улар иҫәптәрҙе түләй, ә клуб кварталына бер тапҡыр уларҙың "
                        "хеҙмәткәрҙәре өсөн ғаилә байрамы үткәрә. Шулай клубта аҡса ла, яңы өлкән "
                        "дуҫтар ҙа барлыҡҡа килде."
                    ),
                ),
                ("heading", "Эш нимәгә таянды"),
                (
                    "table",
                    (
                        "Клубтың ике йыллыҡ ресурстары",
                        [
                            ["Сығанаҡ", "Нимә бирҙе"],
                            ["Идара итеүсе компания", "Түләүһеҙ файҙаланыуға бүлмә"],
                            ["Ихатала хәйриә концерты", "Ремонт өсөн төҙөлөш материалдары"],
                            ["Ике урындағы предприятие", "Яҡтылыҡ һәм интернет өсөн түләү"],
                            ["Клубтың сығарылыш уҡыусылары", "Остазлыҡ һәм проекттар үткәреү"],
                        ],
                    ),
                ),
                ("heading", "Берлек тормошонан бер көн"),
                (
                    "paragraph",
                    (
                        "Клубта шишәмбе — совет көнө. Киске алтыла дөйөм өҫтәл артына һайланған "
                        "ете ҡатнашыусы һәм килергә теләгән һәр кем йыйыла. Һәр проект "
                        "координаторы биш минут эсендә аҙна буйы нимә эшләнгәнен, нимә килеп "
                        "сыҡмағанын һәм ниндәй ярҙам кәрәклеген һөйләй. Ҡарарҙарҙы тауыш биреү юлы "
                        "менән ҡабул итәләр, ә протоколды советтың иң йәш ағзаһы яҙа — шулай яңы "
                        "килгәндәр тиҙерәк өйрәнеп китә."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Советтан һуң подвал кешегә тула: бер мөйөштә мәктәп төркөмө репетиция "
                        "яһай, икенсеһендә квест өсөн реквизит әҙерләйҙәр, компьютер артында үткән "
                        "проект тураһында ролик монтажлайҙар. Киске унда дежурный утты һүндерә, "
                        "тәҙрәләрҙе тикшерә һәм йорт чатына ҡыҫҡа ғына «Яптыҡ, бөтәгеҙгә лә "
                        "хәйерле төн» тип яҙа. Клубта әйтеүҙәренсә, торғондар был хәбәрҙе көтөп "
                        "ала."
                    ),
                ),
                ("heading", "Ҡатнашыусылар һүҙе"),
                (
                    "quote",
                    (
                        (
                            "Мәктәптә миңә бер эште лә аҙағына еткермәйһең, ти торғайнылар. Клубта "
                            "мин ике йөҙ кешегә квест үткәрҙем, һәм мине көн һайын бер кем дә "
                            "тикшермәне."
                        ),
                        "Тимур, ҡала квесы координаторы",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Клуб беҙ бишәүҙән бойондороҡло булмаһын тип шунда уҡ хәл иттек. Юҡһа "
                            "ул беҙ уҡырға киткән көндө үк ябылыр ине."
                        ),
                        "Данияр, клубҡа нигеҙ һалыусыларҙың береһе",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Башта мин улар өҫтөнән шикәйәт яҙа инем. Һуңынан асылышҡа килдем һәм "
                            "балаларҙың минең фатирҙағынан да яҡшыраҡ ремонт яһағанын күрҙем."
                        ),
                        "Клуб эшләгән йортта йәшәүсе ҡатын",
                    ),
                ),
                ("heading", "Алда нимә"),
                (
                    "paragraph",
                    (
                        "Клуб күрше микрорайонда икенсе бүлмә асыу өсөн Президент грантына ғариза "
                        "әҙерләй һәм үҙ методикаһы буйынса ике мәктәптең әүҙемдәрен өйрәтә. "
                        "Стәрлетамаҡтың берлектәр йәрминкәһендә клубҡа утыҙ яңы ҡатнашыусы яҙылды, "
                        "һәм совет беренсе тапҡыр проекттарға сират индерҙе."
                    ),
                ),
                (
                    "callout",
                    (
                        "tip",
                        "Нисек ҡабатларға",
                        (
                            "Проекттарға етәкселекте сиратлап тапшырығыҙ һәм һәр береһе өсөн бер "
                            "биттән торған план яҙығыҙ. Шулай йәштәр эш аша өйрәнә, ә клуб бер "
                            "лидерҙан ғына бойондороҡло булмай."
                        ),
                    ),
                ),
            ],
        },
    },
    "en": {
        "tos-zvezdny-ufa": {
            "problem": [
                (
                    "The buildings went up in the late eighties as hostels for a factory's "
                    "workers, and the courtyard between them never belonged to anyone. The "
                    "management company considered it municipal land, the district administration "
                    "— the buildings' own grounds. In thirty years the asphalt turned into a "
                    "patchwork of potholes, and all that remained of the sandpit was a concrete "
                    "frame where cars were parked in the evenings."
                ),
                (
                    "Residents wrote complaints one by one and got the same answer: “included in "
                    "the plan”. Worst of all, the neighbours stopped trusting each other. The "
                    "older generation blamed the decay on “newcomer” tenants, young families "
                    "blamed the pensioners who were “always against everything”. When the last "
                    "swing on the playground broke in 2019, parents began taking their children to "
                    "play in the next block."
                ),
            ],
            "actions": [
                (
                    "It all began with a notice that nobody read. Gulnara, a retired accountant, "
                    "put up an invitation to a meeting in the entrances — four people came. Then "
                    "she and six other neighbours divided the entrances between them and in three "
                    "weeks visited all 420 flats. At every door they asked three questions: what "
                    "makes life in the courtyard hard, what are you ready to do yourself, and when "
                    "would it suit you to come."
                ),
                (
                    "The answers were put together in a table, and it turned out that the "
                    "residents wanted almost the same things: a safe playground, lighting along "
                    "the path to the bus stop and some order with the cars. Ninety people came to "
                    "the second meeting, with that table already on the wall. They voted to set up "
                    "the TOS, elected a council of seven and approved its boundaries — five "
                    "buildings and the courtyard between them."
                ),
                (
                    "They drew up the plan of the courtyard themselves. An architecture student "
                    "from the third entrance made the plan, and it was discussed right in the "
                    "courtyard: they marked out in chalk on the asphalt where the playground, the "
                    "parking and the flower beds would be. That settled the dispute about the cars "
                    "by itself: the drivers saw that the marking would give them more parking "
                    "spaces, not fewer."
                ),
                (
                    "The TOS council took the finished plan to the district administration. The "
                    "conversation began not with a complaint but with an offer: the residents take "
                    "on the clean-up days, the painting and looking after the playground if the "
                    "city repairs the asphalt and the lighting. The agreement was signed two "
                    "months later, and the playground project won the competition of the local "
                    "initiatives support programme: 1.2 million roubles from the republic's "
                    "budget, with ten per cent coming from the neighbours as money they raised and "
                    "work they did."
                ),
                (
                    "The residents supervised the building work themselves: they took turns on "
                    "watch, photographed every stage and posted the pictures in the shared chat. "
                    "The contractor, at first unhappy about the “inspectors”, in the end redid the "
                    "playground's borders at his own expense when the council showed him photos "
                    "with measurements."
                ),
            ],
            "lessons": [
                (
                    "The TOS council says the main thing happened not on the building site but on "
                    "the landings. People who had greeted each other through clenched teeth for "
                    "twenty years painted benches together and argued about the colour of the "
                    "slides. Now the courtyard has three celebrations a year, each prepared by one "
                    "of the buildings."
                ),
                (
                    "The second lesson is about paperwork. While the arrangements were only "
                    "verbal, every change of the official in charge at the administration set the "
                    "courtyard back a year. The agreement, with its list of each side's duties and "
                    "its schedule of works, has outlived two heads of the district."
                ),
            ],
            "body": [
                ("heading", "Difficulties and how they were overcome"),
                (
                    "paragraph",
                    (
                        "The first difficulty was distrust. Some residents decided the TOS was "
                        "being set up to collect money, and at the first meeting someone said: "
                        "“Somebody wants to make money off us again.” The council answered with "
                        "openness: every rouble of co-financing was entered in a table posted on "
                        "the board at each entrance, and the receipts were kept by the treasurer "
                        "and shown to anyone who asked."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The second was the activists' fatigue. By the end of the first year only "
                        "three of the seven council members were still working regularly. The "
                        "council split the duties into small tasks for a month — water the flower "
                        "beds, check the playground, take the lighting meter reading — and began "
                        "asking people for them in person. It turned out that almost everyone was "
                        "ready to help “once, and with something clear”."
                    ),
                ),
                ("heading", "What the work rested on"),
                (
                    "table",
                    (
                        "Resources of the courtyard project",
                        [
                            ["Source", "What it gave", "Amount"],
                            [
                                "Local initiatives support programme",
                                "Playground and surfacing",
                                "₽1.08 million",
                            ],
                            [
                                "Residents of the five buildings",
                                "Co-financing in money",
                                "₽120,000",
                            ],
                            [
                                "Residents of the five buildings",
                                "Work at the clean-up days",
                                "14 clean-up days",
                            ],
                            [
                                "District administration",
                                "Asphalt repair and lighting",
                                "under the agreement",
                            ],
                        ],
                    ),
                ),
                ("heading", "A day in the life of the community"),
                (
                    "paragraph",
                    (
                        "A Saturday clean-up at Zvyozdny starts at nine in the morning at a small "
                        "tea table brought out by the third entrance. The council chair hands out "
                        "tasks from a list drawn up in the shared chat back on Thursday: who "
                        "paints the sandpit's borders, who whitewashes the kerbs, who carts away "
                        "the leaves. The children get their own small rakes and a patch of lawn "
                        "that is theirs to look after until lunch."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "By noon the work is done, and a shared table is laid on the playground: "
                        "every flat brings something it has baked. Right there at the table they "
                        "discuss the next job — this time nesting boxes for the little grove "
                        "behind the fifth building. The TOS council introduces everyone to the "
                        "neighbours who moved in during the month, and at the end of the day pins "
                        "a “before” and “after” photo on the board at the entrance: people keep "
                        "looking at it for a week."
                    ),
                ),
                ("heading", "In the participants' words"),
                (
                    "quote",
                    (
                        (
                            "I thought it was impossible to go round four hundred flats. It turned "
                            "out you only need ten doors an evening, and in a month you know the "
                            "whole courtyard by name."
                        ),
                        "Gulnara, chair of the TOS council",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "When we marked out the courtyard in chalk, the argument about parking "
                            "was over in half an hour. People argue with words, but it's hard to "
                            "argue with a drawing on the asphalt."
                        ),
                        "Alina, architecture student, author of the courtyard plan",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "People used to come to me to complain about their neighbours; now "
                            "they come with proposals. It's a different job, and I like it better."
                        ),
                        "TOS liaison officer at the district administration",
                    ),
                ),
                ("heading", "What's next"),
                (
                    "paragraph",
                    (
                        "The TOS is preparing a second project: a pavement and a lit path to the "
                        "bus stop, which every third person surveyed asked for. The council has "
                        "agreed with a neighbouring TOS to apply jointly and is teaching its "
                        "activists to run a door-to-door survey. At the city's community fair "
                        "Zvyozdny shared its experience, and residents of three more courtyards "
                        "came to it for advice."
                    ),
                ),
                (
                    "callout",
                    (
                        "tip",
                        "How to repeat it",
                        (
                            "Divide the entrances among several activists and ask the same three "
                            "questions in every flat. Put the answers in a table and show it at "
                            "the meeting: people come when they see they have been heard."
                        ),
                    ),
                ),
            ],
        },
        "tochka-rosta-sterlitamak": {
            "problem": [
                (
                    "About four thousand teenagers and students lived in the neighbourhood, but "
                    "after the cinema closed they were left without a single place to spend an "
                    "evening without money. Young people gathered outside shops and on children's "
                    "playgrounds, residents complained to the local police officer, and the circle "
                    "closed."
                ),
                (
                    "City events for young people followed the department's plan, and "
                    "schoolchildren were brought to them class by class. The five students who "
                    "would later found the club remember being spectators at such festivities, "
                    "when they wanted to be the ones who come up with the ideas and make them "
                    "happen."
                ),
            ],
            "actions": [
                (
                    "The idea of the basement came by chance: Daniyar, one of the founders, was "
                    "helping his father clear out a storeroom and saw that the room next door had "
                    "stood empty for ten years. The management company agreed to let the young "
                    "people use it free of charge if they renovated it themselves and paid for the "
                    "electricity."
                ),
                (
                    "The renovation took the whole summer. The building materials were bought with "
                    "money raised at a charity concert in the courtyard, and it was not only the "
                    "students who came to work but their parents too, and even residents who had "
                    "at first written complaints. An elderly neighbour, an electrician, did the "
                    "wiring for free and has called the club “our kids” ever since."
                ),
                (
                    "From the first day the founders agreed that the club is run by a council, not "
                    "a director. The council of seven is re-elected every year, and no project is "
                    "led by the same coordinator twice in a row. That is how in two years nine "
                    "people learned to take a project from the idea to the report."
                ),
                (
                    "The club chooses its projects by vote. The first was a city quest on the "
                    "history of Sterlitamak, followed by repairing the benches in the square, film "
                    "screenings in the courtyard, a board-game fair, first-aid courses and help "
                    "with preparing the city festival. Every project gets a short one-page plan: "
                    "the goal, who does what, how much it costs and how we will know it worked."
                ),
                (
                    "The test came two years later: the founders left to study in Ufa and Kazan. "
                    "That year the new council ran more projects than in the first, and the club's "
                    "former members became mentors to the newcomers and come back in the holidays."
                ),
            ],
            "lessons": [
                (
                    "The club rests on trust: a teenager who is given a real job and isn't checked "
                    "at every step stays. The club council deliberately gives newcomers "
                    "responsibility in their very first month."
                ),
                (
                    "A separate lesson is about relations with the building's residents. The club "
                    "invited them to the opening itself, put up the phone number of the member on "
                    "duty in the entrance and never once made noise after ten at night. A year "
                    "later, when the fate of the premises was being decided, the residents signed "
                    "a letter in support of the club."
                ),
            ],
            "body": [
                ("heading", "Difficulties and how they were overcome"),
                (
                    "paragraph",
                    (
                        "In the spring of the second year the basement was flooded with meltwater, "
                        "and the club was closed for a month. The club council did not wait for "
                        "the management company: the members pumped out the water themselves, "
                        "dried the room and raised the furniture onto pallets, and then, together "
                        "with the residents, got the building's footing repaired. The members say "
                        "this episode brought the club together more than any celebration."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Money for electricity and the internet was harder. Membership fees put "
                        "schoolchildren off, so the club made a deal with two local businesses: "
                        "they pay the bills, and once a quarter the club holds a family party for "
                        "their staff. That way the club gained both money and new grown-up friends."
                    ),
                ),
                ("heading", "What the work rested on"),
                (
                    "table",
                    (
                        "The club's resources over two years",
                        [
                            ["Source", "What it gave"],
                            ["Management company", "Premises for free use"],
                            [
                                "Charity concert in the courtyard",
                                "Building materials for the renovation",
                            ],
                            ["Two local businesses", "Electricity and internet bills paid"],
                            ["Former club members", "Mentoring and running projects"],
                        ],
                    ),
                ),
                ("heading", "A day in the life of the community"),
                (
                    "paragraph",
                    (
                        "Tuesday at the club is council day. At six in the evening the seven "
                        "elected members and anyone else who wants to come gather round the shared "
                        "table. Each project coordinator has five minutes to tell what was done "
                        "during the week, what didn't work and what help is needed. Decisions are "
                        "taken by vote, and the minutes are kept by the youngest council member — "
                        "that way newcomers find their feet faster."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "After the council the basement fills up: a school band rehearses in one "
                        "corner, props for a quest are being made in another, and at the computer "
                        "someone is editing a video about the last project. At ten in the evening "
                        "the member on duty turns off the lights, checks the windows and writes a "
                        "short “Locked up, good night everyone” in the building's chat. The "
                        "residents, they say at the club, wait for that message."
                    ),
                ),
                ("heading", "In the participants' words"),
                (
                    "quote",
                    (
                        (
                            "At school they told me I never finish anything. At the club I ran a "
                            "quest for two hundred people, and nobody checked up on me every day."
                        ),
                        "Timur, coordinator of the city quest",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "We decided from the start that the club mustn't depend on the five of "
                            "us. Otherwise it would have closed the day we left to study."
                        ),
                        "Daniyar, one of the club's founders",
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "At first I wrote complaints about them. Then I came to the opening "
                            "and saw that the kids had done a better renovation than the one in my "
                            "own flat."
                        ),
                        "A resident of the building where the club meets",
                    ),
                ),
                ("heading", "What's next"),
                (
                    "paragraph",
                    (
                        "The club is preparing an application for a Presidential Grant to open a "
                        "second space in the neighbouring district, and is training the activists "
                        "of two schools in its method. At the Sterlitamak community fair thirty "
                        "new members signed up, and for the first time the council introduced a "
                        "waiting list for projects."
                    ),
                ),
                (
                    "callout",
                    (
                        "tip",
                        "How to repeat it",
                        (
                            "Hand over the lead of projects in turn and write a one-page plan for "
                            "each. That way young people learn by doing, and the club does not "
                            "depend on a single leader."
                        ),
                    ),
                ),
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
        story = _STORIES[language][slug]
        for field in ("problem", "actions", "lessons"):
            strings |= _pairs(STORIES[slug][field], story[field])
        strings |= _pairs(case_body(slug), story["body"])
        translated[slug] = strings
    return translated


def _pairs(source, translated) -> dict[str, str]:
    """{Russian string: translation} of two texts of the same shape (a string, or a list or
    tuple of them, nested), matched by position."""
    if isinstance(source, str):
        return {source: translated}
    pairs = {}
    for part, part_text in zip(source, translated, strict=False):
        pairs |= _pairs(part, part_text)
    return pairs


def rules(language: str) -> dict[str, dict[str, str]]:
    return {
        slug: {_rule[slug]["statement"]: statement, _rule[slug]["explanation"]: explanation}
        for slug, (statement, explanation) in _RULES[language].items()
    }
