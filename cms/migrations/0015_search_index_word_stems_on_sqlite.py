"""On SQLite, the full-text index stores the word stems of titles and bodies (cms/word_stems.py),
so search finds every form of a word. The index entries keep their text as it was; only what
the triggers copy into the FTS5 table changes, and the rows already there are rewritten.
PostgreSQL stems with its own `russian` configuration: nothing changes there."""

from django.db import migrations

TRIGGERS = {
    "insert": (
        "CREATE TRIGGER insert_{entries}_fts AFTER INSERT ON {entries} BEGIN "
        "INSERT INTO {entries}_fts(title, body, autocomplete, rowid) "
        "VALUES ({title}, {body}, NEW.autocomplete, NEW.id); END"
    ),
    "update": (
        "CREATE TRIGGER update_{entries}_fts AFTER UPDATE ON {entries} BEGIN "
        "UPDATE {entries}_fts SET title={title}, body={body}, autocomplete=NEW.autocomplete "
        "WHERE rowid=NEW.id; END"
    ),
}


def _fts_text(stems: bool):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        title, body = ("word_stems(NEW.title)", "word_stems(NEW.body)")
        if not stems:
            title, body = "NEW.title", "NEW.body"
        for name, sql in TRIGGERS.items():
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_{entries}_fts")
            schema_editor.execute(sql.format(entries=entries, title=title, body=body))
        # The rows already indexed, rewritten as the new triggers would have written them.
        source = "word_stems(title), word_stems(body)" if stems else "title, body"
        schema_editor.execute(f"DELETE FROM {entries}_fts")
        schema_editor.execute(
            f"INSERT INTO {entries}_fts(title, body, autocomplete, rowid) "  # noqa: S608
            f"SELECT {source}, autocomplete, id FROM {entries}"
        )

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0014_fair_presence_beside_fairs"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(_fts_text(stems=True), _fts_text(stems=False))]
