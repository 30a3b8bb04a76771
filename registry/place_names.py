"""One spelling of place names: the type of a settlement abbreviated as ГОСТ Р 7.0.12-2011 has
it, with its full stop: «г. Белебей», «с. Старобалтачево», «р. п. Чишмы», «ЗАТО г. Межгорье».

OKTMO and the address registries write «г Белебей», «с Старобалтачево», «рп Чишмы», and the
municipalities' own titles «город Нефтекамск»: the registry stores, prints and serves one form.
"""

import re

ABBREVIATIONS = {
    "город": "г.",
    "г": "г.",
    "село": "с.",
    "с": "с.",
    "рабочий посёлок": "р. п.",
    "рабочий поселок": "р. п.",
    "рп": "р. п.",
    "р.п": "р. п.",
    "р. п": "р. п.",
    "посёлок": "пос.",
    "поселок": "пос.",
    "пос": "пос.",
    "п": "пос.",
    "деревня": "д.",
    "д": "д.",
}
# The type opens the name (or follows «ЗАТО») and a capitalised name follows it.
SETTLEMENT_TYPE = re.compile(
    r"^(ЗАТО\s+)?("
    + "|".join(re.escape(word) for word in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")\.?\s+(?=[А-ЯЁ0-9])"
)


def place_name(name: str) -> str:
    """A settlement or municipality name in the registry's spelling."""
    name = " ".join(name.split())
    match = SETTLEMENT_TYPE.match(name)
    if match is None:
        return name
    closed = match.group(1) or ""
    return f"{closed}{ABBREVIATIONS[match.group(2)]} {name[match.end() :]}"
