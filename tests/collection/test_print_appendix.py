"""The demo edition's registry appendix and map, and its prepress report, read from the built
print PDF as a printing house and an editor read them."""

import re

from django.utils import translation

from collection.prepress import prepress_report

# «г Белебей», «с Аскарово», «рп Чишмы»: a settlement type without its full stop.
BARE_TYPE = re.compile(r"(?<![\w.])(г|с|рп) [А-ЯЁ]")


def pages_with(book, text):
    return [number for number, page in enumerate(book.texts, start=1) if text in page]


def test_the_appendix_spells_every_place_with_its_full_stop(book):
    pages = pages_with(book, "Подтверждение:")  # the directory's entries
    directory = " ".join(book.texts[n - 1] for n in pages).replace("\xa0", " ")
    assert not BARE_TYPE.search(directory)
    assert not re.search(r"город [А-ЯЁ]", directory)  # «г. Нефтекамск», not «город …»
    assert "г. Нефтекамск" in directory or "г. Уфа" in directory


def test_the_map_page_is_named_explained_and_scaled(book):
    # The map, then the inset on its own page: each has its scale bar.
    [page, inset_page] = pages_with(book, "Масштаб")
    text = book.texts[page - 1].replace("\xa0", " ")
    for legend in ("участник программы", "другое муниципальное образование", "сообщество реестра"):
        assert legend in text
    assert "р-н" in text  # participating districts are named
    assert "км" in text
    assert "Челябинская область" in text  # the enclosed land of the neighbour, named
    assert "Границы: © участники OpenStreetMap" in text
    assert "contributors" not in " ".join(book.texts)
    # The demo's participants in Orenburg and Magnitogorsk sit in the inset, not off the map.
    inset = book.texts[inset_page - 1].replace("\xa0", " ")
    assert "Сообщества за пределами республики" in inset
    assert "г. Магнитогорск" in inset and "г. Оренбург" in inset


def test_the_demo_print_passes_the_prepress_report(book):
    content = book.pdf.stream.getvalue()
    with translation.override("en"):
        # The demo edition: A5 with 3 mm of bleed, 16-page sheets.
        report = prepress_report(content, signature=16, trim_mm=(148, 210), bleed_mm=3)
    assert report.passed, [check for check in report.checks if not check.passed]
    assert report.output_condition.startswith("FOGRA39")
