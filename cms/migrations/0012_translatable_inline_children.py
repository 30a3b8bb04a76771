"""Case results, case photos and conference materials become translatable.

wagtail-localize copies inline rows that are not translatable as they are, so a Bashkir case
kept the Russian labels of its results and captions of its photos. Existing rows take their
page's locale; the rows of a page and of its translations share a translation key by position,
so the translations already made stay linked to their source rows. A case photo gets an alt
text of its own, translated with the page (an image's description is not translatable).
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models
from wagtail.models.i18n import BootstrapLocaleField, BootstrapTranslationKeyField

CHILD_MODELS = ["CaseResult", "CasePhoto", "ConferenceMaterial"]


def link_rows(apps, schema_editor):
    for model_name in CHILD_MODELS:
        model = apps.get_model("cms", model_name)
        rows = model.objects.select_related("page").order_by(
            "page__translation_key", "sort_order", "pk"
        )
        keys: dict[tuple, uuid.UUID] = {}  # (page translation key, position) -> row key
        positions: dict[int, int] = {}  # page id -> rows seen so far
        for row in rows:
            position = positions.get(row.page_id, 0)
            positions[row.page_id] = position + 1
            key = keys.setdefault((row.page.translation_key, position), uuid.uuid4())
            model.objects.filter(pk=row.pk).update(
                locale_id=row.page.locale_id, translation_key=key
            )


def _translatable(model_name):
    name = model_name.lower()
    return [
        migrations.AlterField(
            model_name=name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name=name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name=name, unique_together={("translation_key", "locale")}),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0011_conference_event_and_recommendations_link"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        *(BootstrapLocaleField(f"cms.{name}") for name in CHILD_MODELS),
        *(BootstrapTranslationKeyField(f"cms.{name}") for name in CHILD_MODELS),
        migrations.RunPython(link_rows, migrations.RunPython.noop),
        *(operation for name in CHILD_MODELS for operation in _translatable(name)),
        migrations.AddField(
            model_name="casephoto",
            name="alt_text",
            field=models.CharField(
                blank=True,
                help_text="What the photo shows, for those who cannot see it. Empty: the image's own.",
                max_length=300,
                verbose_name="alt text",
            ),
        ),
    ]
