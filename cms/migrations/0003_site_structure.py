"""The site tree every installation starts with: the translation locales, the Russian home page
and its sections. Content goes into them through the admin or the demo command."""

import uuid

from django.db import migrations

HOME = {"model": "homepage", "title": "Конструктор сообществ", "slug": "home"}
SECTIONS = [
    {"model": "sectionpage", "title": "Материалы", "slug": "materials"},
    {"model": "sectionpage", "title": "Кейсы сообществ", "slug": "cases"},
    {"model": "rulebookpage", "title": "Золотые правила", "slug": "rules"},
    {"model": "sectionpage", "title": "События", "slug": "events"},
]
TRANSLATION_LANGUAGES = ["ba", "en"]


def create_site_structure(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")

    ru, _ = Locale.objects.get_or_create(language_code="ru")
    for code in TRANSLATION_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    # Wagtail's own migration leaves a "Welcome" page of the plain Page type; ours replaces it.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", slug="home").delete()

    def create(spec, *, path, depth, numchild, url_path):
        content_type, _ = ContentType.objects.get_or_create(app_label="cms", model=spec["model"])
        model = apps.get_model("cms", spec["model"])
        return model.objects.create(
            title=spec["title"],
            draft_title=spec["title"],
            slug=spec["slug"],
            content_type=content_type,
            path=path,
            depth=depth,
            numchild=numchild,
            url_path=url_path,
            live=True,
            locale=ru,
            translation_key=uuid.uuid4(),
        )

    home = create(HOME, path="00010001", depth=2, numchild=len(SECTIONS), url_path="/home/")
    for number, spec in enumerate(SECTIONS, start=1):
        create(
            spec,
            path=f"{home.path}{number:04d}",
            depth=3,
            numchild=0,
            url_path=f"/home/{spec['slug']}/",
        )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": HOME["title"]},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site_structure, migrations.RunPython.noop)]
