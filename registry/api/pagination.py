from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class RegistryPagination(PageNumberPagination):
    """Page numbers and sizes; a bad page is the client's error (400), not a missing page."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {
                    "page_size": _("Give a whole number from 1 to %(max)d.")
                    % {"max": self.max_page_size}
                }
            )
        return int(raw)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param, "1")
        if not raw.isdigit() or int(raw) < 1:
            raise ValidationError({"page": _("Give a page number: a whole number from 1.")})
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        if int(raw) > paginator.num_pages:
            raise ValidationError(
                {"page": _("There are only %(pages)d pages.") % {"pages": paginator.num_pages}}
            )
        self.page = paginator.page(int(raw))
        self.request = request
        return list(self.page)
