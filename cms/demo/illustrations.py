"""The demo's pictures, drawn with Pillow: scenes of the southern Urals (hills, a village, a group
of people) and portrait silhouettes, each framed by a band of Bashkir ornament.

A picture is fixed by its seed, so a re-seeded demo looks the same; the seeds vary the season,
the hills and the people, so neighbouring cards never look alike. Nothing is fetched.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFilter

# One colour scheme a season: sky (top, horizon), sun, hills from far to near, figures, ornament.
SEASONS = [
    {  # a summer morning
        "sky": ((86, 146, 192), (226, 236, 238)),
        "sun": (255, 240, 200),
        "hills": [(128, 156, 176), (96, 146, 104), (64, 124, 76), (40, 94, 56)],
        "figures": (34, 46, 58),
        "ornament": ((156, 40, 36), (238, 196, 92)),
    },
    {  # an autumn afternoon
        "sky": ((112, 150, 186), (240, 222, 186)),
        "sun": (255, 226, 160),
        "hills": [(150, 150, 160), (196, 140, 70), (168, 96, 44), (112, 64, 36)],
        "figures": (48, 36, 30),
        "ornament": ((28, 72, 110), (236, 190, 90)),
    },
    {  # a winter day
        "sky": ((132, 168, 200), (236, 240, 244)),
        "sun": (255, 250, 236),
        "hills": [(176, 190, 204), (214, 224, 234), (188, 202, 216), (150, 168, 186)],
        "figures": (40, 52, 70),
        "ornament": ((22, 86, 128), (228, 238, 246)),
    },
    {  # a summer evening
        "sky": ((60, 56, 110), (240, 160, 104)),
        "sun": (255, 206, 132),
        "hills": [(112, 92, 126), (78, 86, 104), (52, 70, 76), (32, 48, 52)],
        "figures": (22, 26, 34),
        "ornament": ((30, 92, 70), (244, 200, 100)),
    },
    {  # a spring dawn
        "sky": ((120, 170, 196), (250, 226, 204)),
        "sun": (255, 232, 208),
        "hills": [(150, 176, 186), (140, 180, 120), (96, 156, 88), (58, 118, 64)],
        "figures": (30, 44, 40),
        "ornament": ((120, 44, 70), (244, 214, 120)),
    },
]


def _gradient(size, top, bottom) -> Image.Image:
    """A vertical gradient from `top` to `bottom`."""
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _ridge(rng, width, base, amplitude) -> list[tuple[float, float]]:
    """The outline of a hill range: a sum of slow waves with random phases."""
    waves = [
        (rng.uniform(0.6, 2.4), rng.uniform(0, math.tau), rng.uniform(0.3, 1)) for _ in range(3)
    ]
    points = []
    for x in range(0, width + 20, 20):
        t = x / width * math.tau
        y = sum(weight * math.sin(freq * t + phase) for freq, phase, weight in waves)
        points.append((x, base - amplitude * y / 2))
    return points


def _sun(picture, rng, scheme):
    width, height = picture.size
    x, y, r = rng.uniform(0.15, 0.85) * width, rng.uniform(0.12, 0.3) * height, height * 0.07
    glow = Image.new("L", picture.size, 0)
    ImageDraw.Draw(glow).ellipse([x - 3 * r, y - 3 * r, x + 3 * r, y + 3 * r], fill=110)
    glow = glow.filter(ImageFilter.GaussianBlur(r))
    picture.paste(Image.new("RGB", picture.size, scheme["sun"]), mask=glow)
    ImageDraw.Draw(picture).ellipse([x - r, y - r, x + r, y + r], fill=scheme["sun"])


def _houses(draw, rng, ridge, colour, height):
    """A village on a middle ridge: walls and pitched roofs."""
    start = rng.randrange(2, len(ridge) // 2)
    for x, y in ridge[start : start + rng.randint(12, 24) : 3]:
        if rng.random() < 0.25:
            continue
        w = rng.uniform(0.03, 0.05) * height
        h = w * rng.uniform(0.6, 0.9)
        draw.rectangle([x, y - h, x + w, y + 4], fill=colour)
        draw.polygon(
            [(x - w * 0.15, y - h), (x + w / 2, y - h - w * 0.55), (x + w * 1.15, y - h)],
            fill=colour,
        )


def _people(draw, rng, ridge, colour, height):
    """A group of people standing together on the nearest hill."""
    width = ridge[-1][0]
    centre = rng.uniform(0.3, 0.7) * width
    for _ in range(rng.randint(4, 8)):
        x = centre + rng.gauss(0, 0.06 * width)
        ground = min(ridge, key=lambda point: abs(point[0] - x))[1] + 0.03 * height
        size = rng.uniform(0.09, 0.12) * height
        head = size * 0.17
        draw.ellipse([x - head, ground - size, x + head, ground - size + 2 * head], fill=colour)
        draw.rounded_rectangle(
            [x - size * 0.2, ground - size + 2.1 * head, x + size * 0.2, ground],
            radius=size * 0.12,
            fill=colour,
        )


def _ornament(draw, width, top, band, colours):
    """A band of the Bashkir "kuskar" motif: rhombi with ram's-horn hooks on a dark ground."""
    ground, figure = colours
    draw.rectangle([0, top, width, top + band], fill=ground)
    step = band * 1.6
    mid = top + band / 2
    for i in range(int(width / step) + 2):
        x = i * step
        r = band * 0.32
        draw.polygon([(x, mid - r), (x + r, mid), (x, mid + r), (x - r, mid)], fill=figure)
        draw.polygon(
            [(x, mid - r / 2.4), (x + r / 2.4, mid), (x, mid + r / 2.4), (x - r / 2.4, mid)],
            fill=ground,
        )
        hook = band * 0.22
        cx = x + step / 2
        draw.arc(
            [cx - hook, mid - 2 * hook, cx + hook, mid],
            180,
            360 + 90,
            fill=figure,
            width=max(2, band // 14),
        )
        draw.arc(
            [cx - hook, mid, cx + hook, mid + 2 * hook],
            0,
            270,
            fill=figure,
            width=max(2, band // 14),
        )
    line = max(2, band // 16)
    draw.rectangle([0, top, width, top + line], fill=figure)
    draw.rectangle([0, top + band - line, width, top + band], fill=figure)


def _jpeg(picture: Image.Image, name: str) -> ImageFile:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=88)
    return ImageFile(buffer, name=f"{name}.jpg")


def landscape(seed: int, *, width=1500, height=1000, name="illustration") -> ImageFile:
    """A scene: sky and sun, three hill ranges with a village, people on the nearest hill."""
    rng = random.Random(seed)
    scheme = SEASONS[seed % len(SEASONS)]
    picture = _gradient((width, height), *scheme["sky"])
    _sun(picture, rng, scheme)
    draw = ImageDraw.Draw(picture)
    band = height // 12
    horizon = height * rng.uniform(0.42, 0.52)
    ridges = []
    for depth, colour in enumerate(scheme["hills"]):
        ridge = _ridge(rng, width, horizon + depth * height * 0.11, height * (0.16 - depth * 0.02))
        draw.polygon([*ridge, (width, height), (0, height)], fill=colour)
        ridges.append(ridge)
        if depth == 1:
            _houses(draw, rng, ridge, scheme["hills"][3], height)
    _people(draw, rng, ridges[-1], scheme["figures"], height)
    _ornament(draw, width, height - band, band, scheme["ornament"])
    return _jpeg(picture, name)


def portrait(seed: int, *, width=800, height=1000, name="portrait") -> ImageFile:
    """A portrait silhouette on a soft ground, the ornament band at its foot."""
    rng = random.Random(seed)
    scheme = SEASONS[seed % len(SEASONS)]
    picture = _gradient((width, height), scheme["sky"][1], scheme["hills"][1])
    draw = ImageDraw.Draw(picture)
    cx = width / 2 + rng.uniform(-0.05, 0.05) * width
    head = width * rng.uniform(0.12, 0.14)
    top = height * 0.24
    colour = scheme["figures"]
    draw.ellipse([cx - 2.6 * head, top + 2.7 * head, cx + 2.6 * head, top + 8 * head], fill=colour)
    draw.ellipse([cx - head, top, cx + head, top + 2.5 * head], fill=colour)
    band = height // 12
    _ornament(draw, width, height - band, band, scheme["ornament"])
    return _jpeg(picture, name)
