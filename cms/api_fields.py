"""Serializers the page models name in their `api_fields`.

Wagtail's API renders a foreign key to a model without an endpoint as a bare id, and an object
nested in an inline child as an empty object; these give readers the names and links instead.
Kept apart from cms/api.py, which imports the API views and so cannot load with the models.
"""

from rest_framework import serializers


class ReferenceSerializer(serializers.Serializer):
    """A reference record (municipality, sphere, theme): {id, name, slug}."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()


class ExpertSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    affiliation = serializers.CharField()
    role = serializers.CharField()


class DocumentLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    download_url = serializers.SerializerMethodField()

    def get_download_url(self, document) -> str:
        return self.context["request"].build_absolute_uri(document.url)


class PageLinkSerializer(serializers.Serializer):
    """Another page: {id, title, html_url}."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    html_url = serializers.SerializerMethodField()

    def get_html_url(self, page) -> str | None:
        return page.get_full_url(self.context["request"])
