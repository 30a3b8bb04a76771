"""People's names as a Russian book prints them (GOST R 7.0.4, GOST R 7.0.100): initials before
the surname («Е. В. Морозова»), and after «под редакцией» the surname in the genitive
(«Е. В. Морозовой»).

Names are stored as «Фамилия Имя Отчество» (the experts' convention). The genitive follows the
rules of the regular Russian surname types (-ов, -ин, -ский, -ой, consonant endings, and
their feminine forms); a surname of another type (Шевченко, Ким, Дюма) stays as written, which
is what Russian grammar does for most of them.
"""

VOWELS = "аеёиоуыэюя"
FEMININE_PATRONYMIC = ("вна", "чна", "кызы")
MASCULINE_PATRONYMIC = ("вич", "ич", "улы", "оглы")
FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ая")


def _is_feminine(surname: str, given: str, patronymic: str) -> bool:
    """By the patronymic; without one, by the surname's or else the given name's ending."""
    if patronymic:
        return patronymic.lower().endswith(FEMININE_PATRONYMIC)
    return surname.lower().endswith(FEMININE_SURNAME) or given.lower().endswith(("а", "я"))


def _genitive(surname: str, *, feminine: bool) -> str:
    lower = surname.lower()
    if feminine:
        if lower.endswith("ая"):
            return surname[:-2] + "ой"
        if lower.endswith(FEMININE_SURNAME):
            return surname[:-1] + "ой"
        return surname
    if lower.endswith(("ский", "цкий", "ой", "ый", "ий")):
        return surname[:-2] + "ого"
    if lower.endswith(("ь", "й")):
        return surname[:-1] + "я"
    if lower.endswith(("их", "ых")) or lower[-1] in VOWELS:
        return surname
    return surname + "а"


def _parts(full_name: str) -> tuple[str, list[str], bool] | None:
    words = full_name.split()
    if len(words) < 2:
        return None
    surname, given = words[0], words[1]
    patronymic = words[2] if len(words) > 2 else ""
    if not patronymic.lower().endswith(FEMININE_PATRONYMIC + MASCULINE_PATRONYMIC):
        patronymic = ""  # a third word that is no patronymic is no initial either
    feminine = _is_feminine(surname, given, patronymic)
    initials = [f"{word[0]}." for word in (given, patronymic) if word]
    return surname, initials, feminine


def name_with_initials(full_name: str, *, genitive: bool = False) -> str:
    """«Морозова Елена Викторовна» → «Е. В. Морозова» (genitive: «Е. В. Морозовой»);
    a name of one word stays as it is."""
    parts = _parts(full_name)
    if parts is None:
        return full_name
    surname, initials, feminine = parts
    if genitive:
        surname = _genitive(surname, feminine=feminine)
    # No-break spaces: the initials never part from the surname at a line's end.
    return "\u00a0".join([*initials, surname])
