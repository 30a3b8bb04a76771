"""Crop marks as one PDF form shared by every page of a size.

WeasyPrint's `marks: crop` builds, parses and paints an SVG image on every page: about a tenth
of a 300-page build. The same marks (hairlines on the trim lines, in the outer half of the
bleed, as WeasyPrint places them) are drawn here once per page size and placed on each page.
"""

import pydyf

MARK_WIDTH_PT = 0.5


def _marks_content(media: list[float], trim: list[float]) -> bytes:
    left, bottom, right, top = media
    trim_left, trim_bottom, trim_right, trim_top = trim
    segments = []
    for y in (trim_bottom, trim_top):
        segments.append((left, y, (left + trim_left) / 2, y))
        segments.append(((right + trim_right) / 2, y, right, y))
    for x in (trim_left, trim_right):
        segments.append((x, bottom, x, (bottom + trim_bottom) / 2))
        segments.append((x, (top + trim_top) / 2, x, top))
    paths = " ".join(f"{x1:.3f} {y1:.3f} m {x2:.3f} {y2:.3f} l" for x1, y1, x2, y2 in segments)
    # DeviceGray black: allowed with any PDF/X output intent.
    return f"q 0 G {MARK_WIDTH_PT} w {paths} S Q".encode()


def add_crop_marks(pdf: pydyf.PDF) -> None:
    """Draw crop marks over every page that has a bleed (a MediaBox beyond its TrimBox)."""
    forms = {}
    for number in pdf.pages["Kids"][::3]:
        page = pdf.objects[number]
        media, trim = list(page["MediaBox"]), list(page.get("TrimBox", page["MediaBox"]))
        if media == trim:
            continue
        key = (tuple(media), tuple(trim))
        if key not in forms:
            form = pydyf.Stream(
                [_marks_content(media, trim)],
                {"Type": "/XObject", "Subtype": "/Form", "BBox": pydyf.Array(media)},
            )
            pdf.add_object(form)
            forms[key] = (f"CropMarks{len(forms)}", form)
        name, form = forms[key]
        resources = pdf.objects[int(page["Resources"].split()[0])]
        resources.setdefault("XObject", pydyf.Dictionary())[name] = form.reference
        # WeasyPrint leaves its page transformation in force at the end of the content: the
        # marks are drawn in the page's own coordinates after restoring the initial state.
        content = pdf.objects[int(page["Contents"].split()[0])]
        content.stream.insert(0, b"q")
        content.stream.append(f"Q /{name} Do".encode())
