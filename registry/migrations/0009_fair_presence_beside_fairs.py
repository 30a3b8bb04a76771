"""A presence at a community fair now lives beside the fair pages (cms.FairPresence, which
points down at the community): the registry names no editorial page. Its rows are copied
there first (cms 0014 runs before this one), then the registry's table goes."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0008_place_names_with_full_stops'),
    ]

    operations = [
        migrations.DeleteModel(
            name='FairPresence',
        ),
    ]
