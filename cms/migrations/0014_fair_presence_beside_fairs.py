"""The presences at community fairs move here from the registry, with their ids: the registry
names no editorial page, the fair's side points down at the community. `run_before` keeps
the registry's migrations free of cms: its 0009 drops the old table after this copy."""

import django.db.models.deletion
import modelcluster.fields
from django.core.management.color import no_style
from django.db import migrations, models


def _copy(source, target, schema_editor):
    alias = schema_editor.connection.alias
    target.objects.using(alias).bulk_create(
        target(
            id=row.id,
            community_id=row.community_id,
            fair_id=row.fair_id,
            date=row.date,
            note=row.note,
        )
        for row in source.objects.using(alias).order_by("id")
    )
    # Explicit ids leave PostgreSQL's sequence behind: the next presence would reuse one.
    with schema_editor.connection.cursor() as cursor:
        for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), [target]):
            cursor.execute(sql)


def copy_from_registry(apps, schema_editor):
    _copy(apps.get_model("registry", "FairPresence"), apps.get_model("cms", "FairPresence"),
          schema_editor)


def copy_back_to_registry(apps, schema_editor):
    _copy(apps.get_model("cms", "FairPresence"), apps.get_model("registry", "FairPresence"),
          schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0013_translatable_table_cells'),
        ('registry', '0008_place_names_with_full_stops'),
    ]
    run_before = [
        ('registry', '0009_fair_presence_beside_fairs'),
    ]

    operations = [
        migrations.CreateModel(
            name='FairPresence',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('date', models.DateField(verbose_name='date')),
                ('note', models.TextField(blank=True, verbose_name='note')),
                ('community', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='fair_presences', to='registry.community', verbose_name='community')),
                ('fair', models.ForeignKey(blank=True, limit_choices_to={'kind': 'fair'}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='community_presences', to='cms.eventpage', verbose_name='fair')),
            ],
            options={
                'verbose_name': 'presence at a community fair',
                'verbose_name_plural': 'presences at community fairs',
                'ordering': ['-date'],
            },
        ),
        migrations.RunPython(copy_from_registry, copy_back_to_registry),
    ]
