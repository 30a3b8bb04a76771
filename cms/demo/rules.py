"""Golden rules of creating and growing a community, each backed by cases (case slugs)."""

RULES = [
    {
        "slug": "find-those-already-acting",
        "theme": "monitoring",
        "statement": "Сначала найдите тех, кто уже действует",
        "explanation": "Сообщества есть почти везде, просто о них не знают. Прежде чем "
        "создавать новое, найдите и поддержите тех, кто уже делает общее дело.",
        "cases": ["tos-zvezdny-ufa", "parents-community-neftekamsk"],
    },
    {
        "slug": "count-deeds-not-claims",
        "theme": "monitoring",
        "statement": "Считайте дела, а не заявления",
        "explanation": "Сообщество подтверждают датированные дела, число участников и "
        "отзывы соседей. Так видно, кто стоит за громкими словами.",
        "cases": ["orientir-search-team-salavat", "tirme-craft-cooperative-abzelilovsky"],
    },
    {
        "slug": "update-the-map-every-season",
        "theme": "monitoring",
        "statement": "Обновляйте карту сообществ каждый сезон",
        "explanation": "Сообщества рождаются и затихают. Карта, которую не обновляют, "
        "через год показывает прошлое, а не настоящее.",
        "cases": ["clean-belaya-meleuz"],
    },
    {
        "slug": "leader-is-followed",
        "theme": "leadership",
        "statement": "Лидер — это тот, за кем идут",
        "explanation": "Должность и громкий голос не делают лидером. Лидера видно по людям, "
        "которые продолжают дело вместе с ним и без него.",
        "cases": ["tochka-rosta-sterlitamak"],
    },
    {
        "slug": "share-roles-from-day-one",
        "theme": "leadership",
        "statement": "Делите роли с первого дня",
        "explanation": "Когда всё держится на одном человеке, сообщество уходит вместе "
        "с ним. Распределённые роли делают группу устойчивой.",
        "cases": ["tos-zvezdny-ufa", "krasnousolsk-festival-community"],
    },
    {
        "slug": "grow-a-successor-early",
        "theme": "leadership",
        "statement": "Растите преемника раньше, чем устанете",
        "explanation": "Преемник вырастает за годы, а не за недели. Доверяйте новичкам "
        "самостоятельные дела как можно раньше.",
        "cases": ["batyr-sports-club-tuymazy", "tochka-rosta-sterlitamak"],
    },
    {
        "slug": "start-small-and-visible",
        "theme": "engagement",
        "statement": "Начните с малого видимого дела",
        "explanation": "Первое дело должно быть по силам и заметно соседям: убранный "
        "берег или покрашенная скамейка убеждают лучше любых обещаний.",
        "cases": ["tos-zvezdny-ufa", "clean-belaya-meleuz"],
    },
    {
        "slug": "invite-in-person",
        "theme": "engagement",
        "statement": "Зовите лично, а не объявлением",
        "explanation": "На объявление откликаются единицы, на личное приглашение — "
        "большинство. Каждый участник может привести ещё одного.",
        "cases": ["parents-community-neftekamsk", "krasnousolsk-festival-community"],
    },
    {
        "slug": "a-role-for-everyone",
        "theme": "engagement",
        "statement": "Дайте каждому посильную роль",
        "explanation": "Люди остаются там, где нужны. Роль по силам — от дежурства "
        "на телефоне до выпечки для ярмарки — делает новичка участником.",
        "cases": ["orientir-search-team-salavat"],
    },
    {
        "slug": "fair-is-a-meeting",
        "theme": "fairs",
        "statement": "Ярмарка — это встреча, а не выставка",
        "explanation": "На ярмарке в дело включаются, а не смотрят со стороны. Каждое "
        "сообщество готовит занятие, к которому можно присоединиться сразу.",
        "cases": ["tirme-craft-cooperative-abzelilovsky", "krasnousolsk-festival-community"],
    },
    {
        "slug": "one-new-member-per-fair",
        "theme": "fairs",
        "statement": "На ярмарке каждое сообщество ищет хотя бы одного нового участника",
        "explanation": "Главный итог ярмарки — не число посетителей, а новые участники "
        "и союзы сообществ. Записывайте их прямо на площадке.",
        "cases": ["tochka-rosta-sterlitamak", "parents-community-neftekamsk"],
    },
    {
        "slug": "come-with-a-solution",
        "theme": "authorities",
        "statement": "Приходите к власти с решением, а не с жалобой",
        "explanation": "Администрация охотнее поддерживает тех, кто предлагает план, "
        "берёт на себя часть работы и показывает результаты.",
        "cases": ["clean-belaya-meleuz", "tos-zvezdny-ufa"],
    },
    {
        "slug": "agree-in-writing",
        "theme": "authorities",
        "statement": "Договаривайтесь о сотрудничестве письменно",
        "explanation": "Соглашение с администрацией переживает смену её руководителей "
        "и снимает взаимные подозрения.",
        "cases": ["batyr-sports-club-tuymazy", "tirme-craft-cooperative-abzelilovsky"],
    },
]
