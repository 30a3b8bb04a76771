"""A community as a GeoJSON point feature, written by the database.

The map asks for up to 100,000 points at once; building their JSON row by row in Python (or
even in SQL per request) took most of a second. Community.map_feature keeps each feature
pre-serialised in a generated column, so the whole republic is one concatenation.
"""

from django.db.models import F, TextField, Value
from django.db.models.functions import Cast, Concat, Replace

# JSON string escaping with functions every database has (and PostgreSQL accepts in a
# generated column): backslash and quote, and line breaks and tabs, the control characters
# a spreadsheet cell can bring. Other control characters cannot be typed into the forms.
ESCAPES = [("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")]


def json_string(field: str):
    escaped = F(field)
    for raw, escape in ESCAPES:
        escaped = Replace(escaped, Value(raw), Value(escape))
    return Concat(Value('"'), escaped, Value('"'), output_field=TextField())


def point_feature(longitude: str, latitude: str):
    """Properties: name, slug, verification level and the municipality's id."""
    as_text = [Cast(name, TextField()) for name in (longitude, latitude, "municipality_id")]
    return Concat(
        Value('{"type":"Feature","geometry":{"type":"Point","coordinates":['),
        as_text[0],
        Value(","),
        as_text[1],
        Value(']},"properties":{"name":'),
        json_string("name"),
        Value(',"slug":"'),
        F("slug"),
        Value('","level":"'),
        F("verification_level"),
        Value('","municipality":'),
        as_text[2],
        Value("}}"),
        output_field=TextField(),
    )
