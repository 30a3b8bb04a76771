"""Names on the title page and in the bibliographic record: initials first, and the surname in
the genitive after «под редакцией» (the demo book's own names are checked in the built PDF,
tests/collection/test_print_book.py)."""

import pytest

from collection.russian_names import name_with_initials

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "name, nominative, genitive",
    [
        ("Морозова Елена Викторовна", "Е. В. Морозова", "Е. В. Морозовой"),
        ("Соколов Игорь Валерьевич", "И. В. Соколов", "И. В. Соколова"),
        ("Галиуллина Гузель Ринатовна", "Г. Р. Галиуллина", "Г. Р. Галиуллиной"),
        ("Бельский Олег Петрович", "О. П. Бельский", "О. П. Бельского"),
        ("Толстая Анна Львовна", "А. Л. Толстая", "А. Л. Толстой"),
        ("Гоголь Николай Васильевич", "Н. В. Гоголь", "Н. В. Гоголя"),
        ("Шмидт Отто Юльевич", "О. Ю. Шмидт", "О. Ю. Шмидта"),
        ("Шевченко Ольга Ивановна", "О. И. Шевченко", "О. И. Шевченко"),
        ("Хасанова Айгуль", "А. Хасанова", "А. Хасановой"),
        ("ЮНЕСКО", "ЮНЕСКО", "ЮНЕСКО"),
    ],
)
def test_initials_come_first_and_the_editor_is_named_in_the_genitive(name, nominative, genitive):
    assert name_with_initials(name).replace(NBSP, " ") == nominative
    assert name_with_initials(name, genitive=True).replace(NBSP, " ") == genitive


def test_initials_never_part_from_the_surname():
    assert name_with_initials("Морозова Елена Викторовна") == f"Е.{NBSP}В.{NBSP}Морозова"
