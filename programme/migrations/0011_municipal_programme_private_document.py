import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0008_move_documents_to_private_storage"),
        ("programme", "0010_open_data_build_request"),
    ]

    operations = [
        migrations.AlterField(
            model_name="municipalprogramme",
            name="document",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="cms.privatedocument",
                verbose_name="document",
            ),
        ),
    ]
