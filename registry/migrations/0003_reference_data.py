"""Load the shipped reference data: regions, municipalities with outlines, default spheres.

Data and provenance: registry/data/ (see SOURCES.md there). Outlines are © OpenStreetMap
contributors, ODbL 1.0.
"""

from django.db import migrations

from registry import reference_data


def load(apps, schema_editor):
    Region = apps.get_model("registry", "Region")
    Municipality = apps.get_model("registry", "Municipality")
    Sphere = apps.get_model("registry", "Sphere")
    Locale = apps.get_model("wagtailcore", "Locale")

    Region.objects.update_or_create(
        name=reference_data.HOME_REGION, defaults={"federal_district": "volga", "is_home": True}
    )
    outlines = reference_data.web_outlines()
    rows = reference_data.home_municipalities() + reference_data.neighbour_municipalities()
    regions = {}
    for row in rows:
        if row.region not in regions:
            regions[row.region], _ = Region.objects.get_or_create(
                name=row.region, defaults={"federal_district": row.federal_district}
            )
        outline = outlines.get(row.oktmo)
        latitude, longitude, derived = row.latitude, row.longitude, False
        if latitude is None and outline:
            (latitude, longitude), derived = reference_data.point_inside(outline), True
        Municipality.objects.update_or_create(
            oktmo=row.oktmo,
            defaults={
                "region": regions[row.region],
                "name": row.name,
                "slug": row.slug,
                "kind": row.kind,
                "centre": row.centre,
                "latitude": latitude,
                "longitude": longitude,
                "coordinates_derived": derived,
                "outline": outline,
            },
        )

    ru, _ = Locale.objects.get_or_create(language_code="ru")
    for order, (slug, name) in enumerate(reference_data.DEFAULT_SPHERES):
        Sphere.objects.get_or_create(
            slug=slug, locale=ru, defaults={"name": name, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0002_communities_people_evidence"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
