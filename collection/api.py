"""The read-only collection API: published editions and their downloadable builds."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import generics, serializers

from core.api_pagination import LimitedCountPagination

from .selectors import edition_downloads, published_editions


class DownloadSerializer(serializers.Serializer):
    kind = serializers.CharField()
    page_count = serializers.IntegerField(allow_null=True)
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    finished_at = serializers.DateTimeField()
    url = serializers.SerializerMethodField()

    def get_url(self, build) -> str:
        path = reverse("collection:download", args=[build.edition_id, build.pk])
        return self.context["request"].build_absolute_uri(path)


class EditionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    subtitle = serializers.CharField()
    year = serializers.IntegerField()
    isbn = serializers.CharField()
    publisher = serializers.CharField()
    city = serializers.CharField()
    print_run = serializers.IntegerField()
    downloads = serializers.SerializerMethodField()

    @extend_schema_field(DownloadSerializer(many=True))
    def get_downloads(self, edition) -> list[dict]:
        builds = edition_downloads(edition=edition)
        return DownloadSerializer(builds, many=True, context=self.context).data


class EditionListView(generics.ListAPIView):
    """Published editions, newest first, each with its current downloads."""

    serializer_class = EditionSerializer
    # Public and anonymous, with page numbers and sizes, as the registry API.
    permission_classes = []
    authentication_classes = []
    pagination_class = LimitedCountPagination
    queryset = published_editions().order_by("-year", "title")
