"""EAN-13 of an ISBN as SVG bars: the encoding is short enough to keep here."""

from collection.models import isbn13_validate

L_CODES = ["0001101", "0011001", "0010011", "0111101", "0100011",
           "0110001", "0101111", "0111011", "0110111", "0001011"]  # fmt: skip
# R codes are L codes inverted; G codes are R codes reversed.
R_CODES = ["".join("1" if bit == "0" else "0" for bit in code) for code in L_CODES]
G_CODES = [code[::-1] for code in R_CODES]
# The first digit is not drawn: it chooses which of the left six digits use G codes.
PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
          "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]  # fmt: skip
MODULE_MM = 0.33  # the nominal module width (100% magnification)
BAR_HEIGHT_MM = 22.85


def ean13_modules(isbn: str) -> str:
    """The 95 modules (1 = bar) of a valid ISBN-13, hyphens allowed."""
    isbn13_validate(isbn)
    digits = [int(d) for d in isbn.replace("-", "").replace(" ", "")]
    left = "".join(
        (L_CODES if parity == "L" else G_CODES)[digit]
        for parity, digit in zip(PARITY[digits[0]], digits[1:7], strict=True)
    )
    right = "".join(R_CODES[digit] for digit in digits[7:])
    return "101" + left + "01010" + right + "101"


def ean13_svg(isbn: str) -> str:
    """The barcode with the digits under it, in millimetres, quiet zones included."""
    modules = ean13_modules(isbn)
    digits = isbn.replace("-", "").replace(" ", "")
    quiet = 11
    width = (len(modules) + 2 * quiet) * MODULE_MM
    height = BAR_HEIGHT_MM + 3.5
    bars = []
    x = 0
    while x < len(modules):
        if modules[x] == "1":
            run = len(modules[x:]) - len(modules[x:].lstrip("1"))
            bars.append(
                f'<rect x="{(quiet + x) * MODULE_MM:.2f}" y="0" width="{run * MODULE_MM:.2f}" '
                f'height="{BAR_HEIGHT_MM}"/>'
            )
            x += run
        else:
            x += 1
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="barcode" width="{width:.2f}mm" '
        f'height="{height:.2f}mm" viewBox="0 0 {width:.2f} {height:.2f}" role="img" '
        f'aria-label="ISBN {isbn}"><rect width="100%" height="100%" fill="#ffffff"/>'
        f'<g fill="#000000">{"".join(bars)}'
        f'<text x="{width / 2:.2f}" y="{height - 0.4:.2f}" text-anchor="middle" font-size="3" '
        f'font-family="PT Sans">{digits}</text></g></svg>'
    )
