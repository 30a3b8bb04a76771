import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("cms", "0008_move_documents_to_private_storage")]

    operations = [
        migrations.AlterField(
            model_name="conferencematerial",
            name="slides",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="cms.privatedocument",
                verbose_name="slides",
            ),
        ),
        migrations.AlterField(
            model_name="lecturepage",
            name="slides",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="cms.privatedocument",
                verbose_name="slides",
            ),
        ),
    ]
