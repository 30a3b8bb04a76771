"""The presences at community fairs move from the registry to cms with their ids, and back."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cms.factories import EventPageFactory, FairPresenceFactory
from cms.models import FairPresence

BEFORE = [
    ("cms", "0013_translatable_table_cells"),
    ("registry", "0008_place_names_with_full_stops"),
]
AFTER = [
    ("cms", "0014_fair_presence_beside_fairs"),
    ("registry", "0009_fair_presence_beside_fairs"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_presences_keep_their_ids_fairs_and_notes_across_the_move(events_section):
    fair = EventPageFactory(parent=events_section, title="Ярмарка")
    kept = FairPresenceFactory(fair=fair, date=datetime.date(2026, 9, 12), note="Стенд №4")
    other = FairPresenceFactory(community=kept.community, date=datetime.date(2026, 10, 1))
    rows = set(FairPresence.objects.values_list("id", "community_id", "fair_id", "date", "note"))

    old_apps = migrate(BEFORE)
    old = old_apps.get_model("registry", "FairPresence")
    assert set(old.objects.values_list("id", "community_id", "fair_id", "date", "note")) == rows

    migrate(AFTER)
    assert (
        set(FairPresence.objects.values_list("id", "community_id", "fair_id", "date", "note"))
        == rows
    )
    # The id sequence follows the copied ids (PostgreSQL): a new presence takes the next one.
    new = FairPresenceFactory(community=kept.community, date=datetime.date(2026, 11, 1))
    assert new.pk > max(kept.pk, other.pk)
