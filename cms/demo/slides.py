"""Slides of a conference talk, made locally as a small PDF with WeasyPrint."""

from django.core.files.base import ContentFile
from django.utils.html import escape
from weasyprint import HTML

PAGE_STYLE = """
@page { size: 254mm 143mm; margin: 14mm; }
body { font-family: "DejaVu Sans", sans-serif; color: #1c2b39; }
h1 { font-size: 22pt; color: #2e6f95; }
li { font-size: 15pt; margin-bottom: 6mm; }
"""


def slides_pdf(*, title: str, speaker: str, points: list[str], name: str) -> ContentFile:
    """A two-page 16:9 deck: the title page, then the talk's key points."""
    items = "".join(f"<li>{escape(point)}</li>" for point in points)
    html = (
        f'<html lang="ru"><head><style>{PAGE_STYLE}</style></head><body>'
        f"<h1>{escape(title)}</h1><p>{escape(speaker)}</p>"
        f'<h1 style="break-before: page">Главное</h1><ul>{items}</ul></body></html>'
    )
    return ContentFile(HTML(string=html).write_pdf(), name=name)
