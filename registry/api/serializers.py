"""The public shape of registry records: published facts, never personal data."""

from django.urls import reverse
from rest_framework import serializers

from registry.models import Community, Municipality, Sphere


class SphereSerializer(serializers.ModelSerializer):
    class Meta:
        model = Sphere
        fields = ["slug", "name"]


class MunicipalityRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Municipality
        fields = ["slug", "name"]


class MunicipalitySerializer(serializers.ModelSerializer):
    community_count = serializers.IntegerField(read_only=True)
    region = serializers.CharField(source="region.name", read_only=True)

    class Meta:
        model = Municipality
        fields = [
            "slug",
            "name",
            "kind",
            "oktmo",
            "region",
            "centre",
            "latitude",
            "longitude",
            "zone",
            "participating",
            "selection_year",
            "community_count",
        ]


class CommunityListSerializer(serializers.ModelSerializer):
    municipality = MunicipalityRefSerializer(read_only=True)
    spheres = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Community
        fields = [
            "slug",
            "name",
            "url",
            "municipality",
            "spheres",
            "form",
            "verification_level",
            "founding_year",
            "members_reported",
            "latitude",
            "longitude",
        ]

    def get_url(self, community) -> str:
        return reverse("registry:community", kwargs={"slug": community.slug})


class ActivitySerializer(serializers.Serializer):
    title = serializers.CharField()
    date = serializers.DateField()
    participants = serializers.IntegerField(allow_null=True)
    link = serializers.URLField()


class CommunityDetailSerializer(CommunityListSerializer):
    spheres = SphereSerializer(many=True, read_only=True)
    contacts = serializers.SerializerMethodField()
    leaders = serializers.SerializerMethodField()
    evidence = serializers.SerializerMethodField()
    cases = serializers.SerializerMethodField()

    class Meta(CommunityListSerializer.Meta):
        fields = CommunityListSerializer.Meta.fields + [
            "description",
            "address",
            "vk_url",
            "telegram_url",
            "ok_url",
            "website_url",
            "contacts",
            "leaders",
            "evidence",
            "cases",
        ]

    def get_contacts(self, community) -> dict | None:
        if not community.show_contacts:
            return None
        return {"email": community.public_email, "phone": community.public_phone}

    def get_leaders(self, community) -> list[dict]:
        return [
            {"name": leadership.person.full_name, "role": leadership.role}
            for leadership in community.public_leaderships
        ]

    def get_evidence(self, community) -> dict:
        # Fair presences and curator confirmations: the date only, never the curator.
        evidence = self.context["evidence"]
        return {
            "documented_activities": ActivitySerializer(
                evidence.documented_activities, many=True
            ).data,
            "fair_presences": [{"date": item.date} for item in evidence.fair_presences],
            "curator_confirmations": [
                {"date": item.confirmed_on} for item in evidence.curator_confirmations
            ],
        }

    def get_cases(self, community) -> list[dict]:
        return [{"title": case.title, "url": case.url} for case in community.public_cases]
