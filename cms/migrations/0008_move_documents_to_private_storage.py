"""Carry Wagtail's documents over to PrivateDocument, their files into the private storage.

Rows keep their ids, so every reference (foreign keys, StreamField blocks, rich text links)
stays valid; tags and the reference index follow the new content type. The old rows go in
0010, once no foreign key points at them.
"""

from django.core.management.color import no_style
from django.db import migrations

from cms.storage import move_to_private_storage

FIELDS = ["id", "title", "created_at", "uploaded_by_user_id", "collection_id", "file_size", "file_hash"]


def copy_documents(apps, schema_editor):
    OldDocument = apps.get_model("wagtaildocs", "Document")
    PrivateDocument = apps.get_model("cms", "PrivateDocument")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    for old in OldDocument.objects.order_by("pk"):
        name = move_to_private_storage(old.file.name)
        PrivateDocument.objects.create(file=name, **{f: getattr(old, f) for f in FIELDS})

    old_type, _ = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    new_type, _ = ContentType.objects.get_or_create(app_label="cms", model="privatedocument")
    TaggedItem.objects.filter(content_type=old_type).update(content_type=new_type)
    ReferenceIndex.objects.filter(to_content_type=old_type).update(to_content_type=new_type)
    ReferenceIndex.objects.filter(content_type=old_type).update(
        content_type=new_type, base_content_type=new_type
    )
    # Rows were inserted with their ids: move the id sequence past them (PostgreSQL).
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [PrivateDocument]):
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0007_privatedocument"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(copy_documents, migrations.RunPython.noop)]
