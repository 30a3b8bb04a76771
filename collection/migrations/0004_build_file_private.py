"""Builds' files move to the private storage: only the download views hand them out."""

from django.db import migrations, models

import cms.storage


def move_files(apps, schema_editor):
    queryset = apps.get_model("collection", "Build").objects.all()
    cms.storage.move_field_files_to_private_storage(queryset, "file")


class Migration(migrations.Migration):
    dependencies = [("collection", "0003_part_generated")]

    operations = [
        migrations.AlterField(
            model_name="build",
            name="file",
            field=models.FileField(
                blank=True,
                storage=cms.storage.private_storage,
                upload_to="collection/",
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_files, migrations.RunPython.noop),
    ]
