"""Line charts of running totals, drawn on the server as SVG: no JavaScript, and they print."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from programme.selectors import TimelinePoint

WIDTH, HEIGHT = 480, 180
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 28


@dataclass(frozen=True)
class ChartDot:
    x: float
    y: float
    month: datetime.date
    value: int


@dataclass(frozen=True)
class LineChart:
    id: str
    caption: str
    width: int
    height: int
    polyline: str
    dots: list[ChartDot]
    max_value: int
    left_x: int
    right_x: int
    top_y: int
    baseline_y: int


def line_chart(*, id: str, caption: str, values: list[tuple[datetime.date, int]]) -> LineChart:
    max_value = max((value for _month, value in values), default=0) or 1
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_width / (len(values) - 1) if len(values) > 1 else 0
    dots = [
        ChartDot(
            x=round(LEFT + index * step, 1),
            y=round(TOP + plot_height * (1 - value / max_value), 1),
            month=month,
            value=value,
        )
        for index, (month, value) in enumerate(values)
    ]
    return LineChart(
        id=id,
        caption=caption,
        width=WIDTH,
        height=HEIGHT,
        polyline=" ".join(f"{dot.x},{dot.y}" for dot in dots),
        dots=dots,
        max_value=max_value,
        left_x=LEFT,
        right_x=WIDTH - RIGHT,
        top_y=TOP,
        baseline_y=HEIGHT - BOTTOM,
    )


def timeline_charts(points: list[TimelinePoint]) -> list[LineChart]:
    """One chart per running total (their scales differ a hundredfold); none without data."""
    if not points:
        return []
    return [
        line_chart(
            id="communities-chart",
            caption=_("Communities in the registry, running total by month"),
            values=[(point.month, point.communities) for point in points],
        ),
        line_chart(
            id="fair-participants-chart",
            caption=_("Participants of community fairs, running total by month"),
            values=[(point.month, point.fair_participants) for point in points],
        ),
    ]
