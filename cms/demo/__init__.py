"""Demo content of the programme «Конструктор сообществ»: Russian texts as Python data
(people, events, materials, cases, translations) and the idempotent seeding that loads them."""
