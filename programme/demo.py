"""Demo municipal programmes: a concept document for a few participating municipalities."""

import datetime

from cms.demo.slides import slides_pdf
from cms.factories import DocumentFactory
from programme.models import MunicipalProgramme
from registry.models import Municipality

DEMO_COUNT = 3
POINTS = [
    "Реестр сообществ и куратор в администрации",
    "Ежегодная ярмарка сообществ",
    "Малые гранты на инициативы жителей",
    "Обучение лидеров по сборнику «Конструктор сообществ»",
]


def seed_municipal_programmes() -> tuple[int, int]:
    """Programmes for the first participating municipalities; (created, already there)."""
    municipalities = Municipality.objects.filter(participating=True, region__is_home=True)
    created = existing = 0
    for municipality in municipalities.order_by("oktmo")[:DEMO_COUNT]:
        if MunicipalProgramme.objects.filter(municipality=municipality).exists():
            existing += 1
            continue
        title = f"Концепция муниципальной программы поддержки сообществ: {municipality.name}"
        document = DocumentFactory(
            title=title,
            file=slides_pdf(
                title=title,
                speaker=municipality.name,
                points=POINTS,
                name=f"municipal-programme-{municipality.oktmo}.pdf",
            ),
        )
        MunicipalProgramme.objects.create(
            municipality=municipality,
            title=title,
            adopted_on=datetime.date(2026, 10, 15),
            document=document,
            summary="Программа на 2027–2029 годы: реестр и куратор сообществ, ежегодная "
            "ярмарка, малые гранты на инициативы жителей и обучение лидеров.",
        )
        created += 1
    return created, existing
