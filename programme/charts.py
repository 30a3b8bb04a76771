"""Charts of the programme's running totals by month."""

from django.utils.translation import gettext as _

from core.charts import LineChart, line_chart
from programme.selectors import TimelinePoint


def _running_total(*, id: str, caption: str, rows: list[tuple]) -> LineChart | None:
    return line_chart(
        id=id,
        caption=caption,
        columns=[_("Month"), _("Running total")],
        rows=rows,
        date_format="m.Y",
    )


def timeline_charts(points: list[TimelinePoint]) -> list[LineChart]:
    """One chart per running total (their scales differ a hundredfold); none without data."""
    if not points:
        return []
    return [
        _running_total(
            id="communities-chart",
            caption=_("Communities in the registry, running total by month"),
            rows=[(point.month, point.communities) for point in points],
        ),
        _running_total(
            id="fair-participants-chart",
            caption=_("Participants of community fairs, running total by month"),
            rows=[(point.month, point.fair_participants) for point in points],
        ),
    ]
