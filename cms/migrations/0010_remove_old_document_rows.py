"""Remove Wagtail's own document rows: 0008 copied them to PrivateDocument (their files to
the private storage), and since 0009 and programme 0011 no foreign key points at them."""

from django.db import migrations


def remove_old_documents(apps, schema_editor):
    apps.get_model("wagtaildocs", "Document").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0009_slides_private_document"),
        ("programme", "0011_municipal_programme_private_document"),
    ]

    operations = [migrations.RunPython(remove_old_documents, migrations.RunPython.noop)]
