"""Theory and method articles of the expert-methodological group.

Bodies are full-length texts (`cms.demo.texts`) read into the short block form of
`cms.demo.blocks` by `cms.demo.prose`.
"""

import datetime

from . import prose
from .texts import (
    authorities,
    engagement,
    fair_method,
    fair_stories,
    growth,
    leadership,
    local_community,
    monitoring,
)

D = datetime.date

ARTICLES = [
    {
        "slug": "what-is-a-local-community",
        "kind": "theory",
        "title": "Что такое местное сообщество и зачем оно муниципалитету",
        "intro": "Сообщество — это не список фамилий, а люди, которых объединяет общее дело "
        "и результат, заметный соседям.",
        "date": D(2026, 3, 2),
        "authors": ["Ахметова Гульнара Рашитовна"],
        "themes": ["engagement", "authorities"],
        "body": prose.read(local_community.TEXT),
    },
    {
        "slug": "community-monitoring-in-six-steps",
        "kind": "method",
        "title": "Мониторинг сообществ за шесть шагов",
        "intro": "Пошаговая методика, с которой муниципальная команда за месяц составляет "
        "реестр действующих сообществ.",
        "date": D(2026, 3, 20),
        "authors": ["Соколов Игорь Валерьевич", "Морозова Елена Викторовна"],
        "themes": ["monitoring"],
        "body": prose.read(monitoring.TEXT),
    },
    {
        "slug": "how-to-run-a-community-fair",
        "kind": "method",
        "title": "Как подготовить и провести ярмарку сообществ",
        "intro": "Ярмарка сообществ — день, когда жители, сообщества и власть видят друг "
        "друга. Методика подготовки за восемь недель.",
        "date": D(2026, 5, 25),
        "authors": ["Хасанова Айгуль Маратовна"],
        "themes": ["fairs", "engagement"],
        "body": prose.read(fair_method.TEXT),
    },
    {
        "slug": "leadership-is-a-role",
        "kind": "theory",
        "title": "Лидерство в сообществе: роль, а не должность",
        "intro": "Почему настоящий лидер измеряется числом людей, которые продолжают дело, "
        "и как отличить его от самозваного «представителя общественности».",
        "date": D(2026, 6, 10),
        "authors": ["Юлдашев Азат Фаритович", "Ахметова Гульнара Рашитовна"],
        "themes": ["leadership"],
        "body": prose.read(leadership.TEXT),
    },
    {
        "slug": "how-a-community-grows",
        "kind": "theory",
        "title": "Как рождается и взрослеет сообщество",
        "intro": "Пять стадий жизни местного сообщества, риски каждой из них и поддержка, "
        "которая нужна на каждой стадии.",
        "date": D(2026, 4, 8),
        "authors": ["Морозова Елена Викторовна"],
        "themes": ["engagement"],
        "body": prose.read(growth.TEXT),
    },
    {
        "slug": "community-and-authorities",
        "kind": "theory",
        "title": "Сообщество и власть: от конфликта к партнёрству",
        "intro": "Четыре модели отношений администрации и сообществ и шесть шагов, которыми "
        "спор о проблеме превращается в совместную работу.",
        "date": D(2026, 4, 22),
        "authors": ["Галиев Руслан Ильдарович"],
        "themes": ["authorities"],
        "body": prose.read(authorities.TEXT),
    },
    {
        "slug": "from-onlooker-to-participant",
        "kind": "method",
        "title": "От зрителя к участнику: как вовлекать жителей",
        "intro": "Лестница участия и приёмы, которые помогают жителю подняться с одной "
        "ступени на другую.",
        "date": D(2026, 5, 6),
        "authors": ["Крылова Светлана Николаевна", "Хасанова Айгуль Маратовна"],
        "themes": ["engagement"],
        "body": prose.read(engagement.TEXT),
    },
    {
        "slug": "four-community-fairs",
        "kind": "method",
        "title": "Четыре ярмарки: опыт районов",
        "intro": "Как прошли ярмарки сообществ 2026 года в Абзелиловском и Туймазинском "
        "районах, в Стерлитамаке и в Бирском районе и чему они научили команды.",
        "date": D(2026, 9, 15),
        "authors": ["Хасанова Айгуль Маратовна", "Соколов Игорь Валерьевич"],
        "themes": ["fairs"],
        "body": prose.read(fair_stories.TEXT),
    },
]
