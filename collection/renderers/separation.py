"""Process colour for a CMYK print.

With the printing house's CMYK profile set, the print PDF's output intent is that profile, and
a PDF/X-4 file with a CMYK output intent may carry no device RGB. So the colours of the
stylesheets and of the inline SVG (map, barcode) become `device-cmyk()`, and raster images are
separated to CMYK with the printing house's own profile before WeasyPrint embeds them.
"""

import io
import re
from pathlib import Path

from PIL import Image, ImageCms

HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
STYLE_BLOCK = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.DOTALL)
SVG_PAINT = re.compile(r'\b(fill|stroke|stop-color|color)="(#[0-9a-fA-F]{3,6})"')
# Separated photos are stored again as JPEG (WeasyPrint embeds other formats as PNG, which
# has no CMYK); at this quality the loss is below what offset printing shows.
JPEG_QUALITY = 95


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


class Separation:
    """sRGB colours and images to the CMYK of one ICC profile."""

    def __init__(self, profile_path: Path):
        self.profile = ImageCms.getOpenProfile(str(profile_path))
        self.from_srgb = self._transform(ImageCms.createProfile("sRGB"))
        # The map repeats a few colours on every outline.
        self.colours: dict[str, str] = {}

    def _transform(self, source) -> ImageCms.ImageCmsTransform:
        return ImageCms.buildTransform(
            source, self.profile, "RGB", "CMYK", ImageCms.Intent.RELATIVE_COLORIMETRIC
        )

    def colour(self, hex_colour: str) -> str:
        if hex_colour not in self.colours:
            self.colours[hex_colour] = self._separate(hex_colour)
        return self.colours[hex_colour]

    def _separate(self, hex_colour: str) -> str:
        red, green, blue = _rgb(hex_colour)
        if red == green == blue:
            # Greys, black text above all, print on the black plate alone: a rich black of
            # four inks would blur small type when the plates are slightly out of register.
            inks = (0, 0, 0, 1 - red / 255)
        else:
            pixel = Image.new("RGB", (1, 1), (red, green, blue))
            separated = ImageCms.applyTransform(pixel, self.from_srgb)
            inks = tuple(value / 255 for value in separated.getpixel((0, 0)))
        return "device-cmyk({:.3f} {:.3f} {:.3f} {:.3f})".format(*inks)

    def html(self, html: str) -> str:
        """Stylesheet colours and SVG paint attributes as process colours."""

        def style(match: re.Match) -> str:
            css = HEX_COLOUR.sub(lambda colour: self.colour(colour.group()), match.group(2))
            return match.group(1) + css + match.group(3)

        html = STYLE_BLOCK.sub(style, html)
        return SVG_PAINT.sub(lambda m: f'{m.group(1)}="{self.colour(m.group(2))}"', html)

    def image(self, data: bytes) -> bytes:
        """A raster image separated to CMYK JPEG; greyscale and CMYK images stay as they are."""
        image = Image.open(io.BytesIO(data))
        if image.mode in ("L", "CMYK"):
            return data
        embedded, dpi = image.info.get("icc_profile"), image.info.get("dpi")
        # The photo's own RGB profile (Adobe RGB, say) when it has one; sRGB otherwise.
        source = ImageCms.ImageCmsProfile(io.BytesIO(embedded)) if embedded else None
        rgb_source = source and source.profile.xcolor_space.strip() == "RGB"
        transform = self._transform(source) if rgb_source else self.from_srgb
        if image.mode != "RGB":
            # Transparent areas fall on white paper.
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
            image = flat
        separated = ImageCms.applyTransform(image, transform)
        output = io.BytesIO()
        options = {"dpi": dpi} if dpi else {}
        separated.save(output, "JPEG", quality=JPEG_QUALITY, subsampling=0, **options)
        return output.getvalue()
