"""Municipality names and centres in the registry's one spelling: «г. Белебей», not «г Белебей»
beside «город Нефтекамск»; neighbours named as their OKTMO titles are (registry/data)."""

from django.db import migrations

from registry import reference_data
from registry.place_names import place_name

# The neighbours' names before the reference data was put in the OKTMO titles' form.
OLD_NAMES = {
    "75701000": "г Челябинск",
    "75738000": "г Магнитогорск",
    "75609000": "р-н Ашинский",
    "65701000": "г Екатеринбург",
    "65747000": "г Красноуфимск",
    "57701000": "Пермский",
    "57722000": "Кунгурский",
}


def spell(apps, schema_editor):
    Municipality = apps.get_model("registry", "Municipality")
    renamed = {row.oktmo: row.name for row in reference_data.neighbour_municipalities()}
    for municipality in Municipality.objects.all():
        name = municipality.name
        if OLD_NAMES.get(municipality.oktmo) == name:  # not renamed by a curator since
            name = renamed[municipality.oktmo]
        municipality.name = place_name(name)
        municipality.centre = place_name(municipality.centre)
        municipality.save(update_fields=["name", "centre"])


class Migration(migrations.Migration):
    dependencies = [("registry", "0007_covering_community_indexes")]

    operations = [migrations.RunPython(spell, migrations.RunPython.noop)]
