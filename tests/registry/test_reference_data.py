import pytest

from registry import reference_data
from registry.models import Municipality, MunicipalityKind, Region, Sphere

pytestmark = pytest.mark.django_db


def home_municipalities():
    return Municipality.objects.filter(region__is_home=True)


def test_bashkortostan_has_54_districts_and_9_urban_okrugs():
    home = home_municipalities()
    assert home.count() == 63
    assert home.filter(kind=MunicipalityKind.DISTRICT).count() == 54
    assert home.filter(kind=MunicipalityKind.URBAN_OKRUG).count() == 9
    assert Region.objects.get(is_home=True).name == "Республика Башкортостан"


def test_every_home_municipality_has_an_outline_and_a_point():
    home = home_municipalities()
    assert not home.filter(outline__isnull=True).exists()
    assert not home.filter(latitude__isnull=True).exists()
    assert home.filter(coordinates_derived=True).count() == 29


def test_each_derived_point_lies_inside_its_outline():
    for municipality in home_municipalities().filter(coordinates_derived=True):
        assert reference_data.contains_point(
            municipality.outline,
            latitude=municipality.latitude,
            longitude=municipality.longitude,
        ), municipality.name


def test_outlines_are_small_enough_for_the_web():
    import json

    size = sum(len(json.dumps(m.outline)) for m in home_municipalities())
    assert 100_000 < size < 320_000


def test_neighbouring_regions_have_their_federal_districts():
    neighbours = Municipality.objects.filter(region__is_home=False)
    assert neighbours.count() == 15
    assert not neighbours.filter(outline__isnull=False).exists()
    districts = dict(Region.objects.filter(is_home=False).values_list("name", "federal_district"))
    assert districts == {
        "Оренбургская область": "volga",
        "Челябинская область": "ural",
        "Свердловская область": "ural",
        "Пермский край": "volga",
        "Удмуртская Республика": "volga",
        "Республика Татарстан": "volga",
    }


def test_default_spheres_are_russian():
    names = list(Sphere.objects.filter(locale__language_code="ru").values_list("name", flat=True))
    assert len(names) == 9
    assert names[0] == "Социокультурные"
