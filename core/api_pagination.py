"""The page-number pagination of the site's REST APIs (the registry's and the collection's)."""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param


class LimitedCountPagination(PageNumberPagination):
    """Page numbers and sizes; a bad page is the client's error (400), not a missing page.

    The total is counted exactly up to `count_limit` matches and no further, as search APIs
    do: an exact count costs time in proportion to the matches (tens of milliseconds at 100,000
    communities), a bounded one does not. Beyond the limit `count` is `count_limit` and
    `count_exact` is false; `next` still leads on page by page to the last match.
    """

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    count_limit = 1000
    # The browsable API's numbered links need a page count, which a bounded count lacks.
    template = "rest_framework/pagination/previous_and_next.html"

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdecimal() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {
                    "page_size": _("Give a whole number from 1 to %(max)d.")
                    % {"max": self.max_page_size}
                }
            )
        return int(raw)

    def _page_number(self, request) -> int:
        raw = request.query_params.get(self.page_query_param, "1")
        if not raw.isdecimal() or int(raw) < 1:
            raise ValidationError({"page": _("Give a page number: a whole number from 1.")})
        return int(raw)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.number = self._page_number(request)
        size = self.get_page_size(request)
        counted = queryset[: self.count_limit + 1].count()
        self.count_exact = counted <= self.count_limit
        self.count = min(counted, self.count_limit)
        if self.count_exact and self.number > 1 and (self.number - 1) * size >= self.count:
            pages = max(1, -(-self.count // size))
            raise ValidationError({"page": _("There are only %(pages)d pages.") % {"pages": pages}})
        offset = (self.number - 1) * size
        rows = list(queryset[offset : offset + size + 1])  # one more tells if a next page exists
        if not rows and self.number > 1:
            raise ValidationError({"page": _("There are fewer pages than that.")})
        self.has_next = len(rows) > size
        return rows[:size]

    def get_next_link(self):
        if not self.has_next:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.page_query_param, self.number + 1)

    def get_previous_link(self):
        if self.number == 1:
            return None
        url = self.request.build_absolute_uri()
        if self.number == 2:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, self.number - 1)

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "count_exact": self.count_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        described = super().get_paginated_response_schema(schema)
        described["properties"]["count"]["description"] = (
            f"Matches, counted exactly up to {self.count_limit}."
        )
        described["properties"]["count_exact"] = {
            "type": "boolean",
            "description": f"False when more than {self.count_limit} records match.",
        }
        described["required"].append("count_exact")
        return described

    def get_schema_operation_parameters(self, view):
        page, size = super().get_schema_operation_parameters(view)
        page["schema"]["minimum"] = 1
        size["schema"].update(minimum=1, maximum=self.max_page_size, default=self.page_size)
        return [page, size]

    def get_html_context(self):
        return {"previous_url": self.get_previous_link(), "next_url": self.get_next_link()}
