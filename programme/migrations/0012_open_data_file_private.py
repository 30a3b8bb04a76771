"""Open-data archives move to the private storage: the download view is the only way in."""

from django.db import migrations, models

import cms.storage


def move_files(apps, schema_editor):
    queryset = apps.get_model("programme", "OpenDataArchive").objects.all()
    cms.storage.move_field_files_to_private_storage(queryset, "file")


class Migration(migrations.Migration):
    dependencies = [("programme", "0011_municipal_programme_private_document")]

    operations = [
        migrations.AlterField(
            model_name="opendataarchive",
            name="file",
            field=models.FileField(
                storage=cms.storage.private_storage, upload_to="open-data/", verbose_name="file"
            ),
        ),
        migrations.RunPython(move_files, migrations.RunPython.noop),
    ]
