"""The growth chart of a community or a municipality: members by monitoring date."""

from django.utils.translation import gettext as _

from core.charts import LineChart, line_chart
from registry.public_selectors import GrowthPoint


def growth_chart(points: list[GrowthPoint], *, caption: str) -> LineChart | None:
    return line_chart(
        id="growth",
        caption=caption,
        columns=[_("Date"), _("Members"), _("Activities in the period")],
        rows=[(point.date, point.members, point.activities) for point in points],
        date_format="d.m.Y",
    )
