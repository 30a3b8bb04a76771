"""Every admin spreadsheet export in our CSV format, with formulas neutralised.

Wagtail writes CSV itself (comma-separated, no BOM, quotes only where needed) in
SpreadsheetExportMixin, which every listing with `list_export` uses: our registry viewsets,
and Wagtail's own reports (locked pages, aging pages, site history, workflows), whose views we
do not define. Patching the mixin once covers all of them; a subclass would miss the reports.
"""

from itertools import chain

from django.http import StreamingHttpResponse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from registry.exports import csv_lines, neutralise_formula

_wagtail_preprocess = SpreadsheetExportMixin.preprocess_field_value


def preprocess_field_value(self, field, value, export_format):
    # XLSX cells are written as text already; the apostrophe keeps them safe if saved as CSV.
    return neutralise_formula(_wagtail_preprocess(self, field, value, export_format))


def stream_csv(self, queryset):
    headings = [self.get_heading(queryset, field) for field in self.list_export]
    rows = (
        [
            self.preprocess_field_value(field, value, self.FORMAT_CSV)
            for field, value in self.to_row_dict(item).items()
        ]
        for item in queryset
    )
    return csv_lines(chain([headings], rows))


def write_csv_response(self, queryset):
    response = StreamingHttpResponse(
        self.stream_csv(queryset), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
    return response


def apply() -> None:
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.stream_csv = stream_csv
    SpreadsheetExportMixin.write_csv_response = write_csv_response
