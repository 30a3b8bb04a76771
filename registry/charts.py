"""A small growth chart drawn on the server as SVG, so it needs no JavaScript and prints."""

from dataclasses import dataclass

from registry.public_selectors import GrowthPoint

WIDTH, HEIGHT = 480, 180
PADDING_LEFT, PADDING_RIGHT, PADDING_TOP, PADDING_BOTTOM = 44, 12, 12, 28


@dataclass(frozen=True)
class ChartDot:
    x: float
    y: float
    point: GrowthPoint


@dataclass(frozen=True)
class GrowthChart:
    width: int
    height: int
    polyline: str
    dots: list[ChartDot]
    max_members: int
    baseline_y: float
    top_y: float
    left_x: float
    right_x: float
    points: list[GrowthPoint]


def growth_chart(points: list[GrowthPoint]) -> GrowthChart | None:
    """Members over time as a line; None when there is nothing to draw."""
    if not points:
        return None
    max_members = max(point.members for point in points) or 1
    plot_width = WIDTH - PADDING_LEFT - PADDING_RIGHT
    plot_height = HEIGHT - PADDING_TOP - PADDING_BOTTOM
    step = plot_width / (len(points) - 1) if len(points) > 1 else 0
    dots = [
        ChartDot(
            x=round(PADDING_LEFT + index * step, 1),
            y=round(PADDING_TOP + plot_height * (1 - point.members / max_members), 1),
            point=point,
        )
        for index, point in enumerate(points)
    ]
    return GrowthChart(
        width=WIDTH,
        height=HEIGHT,
        polyline=" ".join(f"{dot.x},{dot.y}" for dot in dots),
        dots=dots,
        max_members=max_members,
        baseline_y=HEIGHT - PADDING_BOTTOM,
        top_y=PADDING_TOP,
        left_x=PADDING_LEFT,
        right_x=WIDTH - PADDING_RIGHT,
        points=points,
    )
