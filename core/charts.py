"""Line charts drawn on the server as SVG: no JavaScript, they print, and each has a table.

The registry draws members over monitoring dates with them, the programme running totals by
month. Render one with templates/components/line_chart.html.
"""

import datetime
from dataclasses import dataclass

WIDTH, HEIGHT = 480, 180
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 28


@dataclass(frozen=True)
class ChartDot:
    x: float
    y: float


@dataclass(frozen=True)
class LineChart:
    id: str
    caption: str
    # The table behind the chart: a header per column, a row per point (date first).
    columns: list[str]
    rows: list[tuple]
    date_format: str
    dots: list[ChartDot]
    polyline: str
    max_value: int
    width: int = WIDTH
    height: int = HEIGHT
    left_x: int = LEFT
    right_x: int = WIDTH - RIGHT
    top_y: int = TOP
    baseline_y: int = HEIGHT - BOTTOM

    @property
    def first_date(self) -> datetime.date:
        return self.rows[0][0]

    @property
    def last_date(self) -> datetime.date:
        return self.rows[-1][0]


def line_chart(
    *, id: str, caption: str, columns: list[str], rows: list[tuple], date_format: str
) -> LineChart | None:
    """Plot the second column of `rows` (date, value, ...) against the first; None if empty.

    `date_format` is a Django date format for the table and the axis (e.g. "d.m.Y").
    """
    if not rows:
        return None
    max_value = max(row[1] for row in rows) or 1
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_width / (len(rows) - 1) if len(rows) > 1 else 0
    dots = [
        ChartDot(
            x=round(LEFT + index * step, 1),
            y=round(TOP + plot_height * (1 - row[1] / max_value), 1),
        )
        for index, row in enumerate(rows)
    ]
    return LineChart(
        id=id,
        caption=caption,
        columns=columns,
        rows=rows,
        date_format=date_format,
        dots=dots,
        polyline=" ".join(f"{dot.x},{dot.y}" for dot in dots),
        max_value=max_value,
    )
