"""Schemathesis against the product's own OpenAPI schema (/api/registry/schema/).

Every operation of the registry and collection APIs is called with values generated from the
schema, valid and invalid, through the WSGI application (no network): nothing may answer 5xx,
and every answer must be one the schema documents, in the documented shape. Hypothesis is
bounded (few examples, no shrinking, derandomised) so the run stays short and repeatable.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from cms.factories import ArticlePageFactory
from collection.models import Edition, EditionStatus
from registry.factories import ActivityFactory, CommunityFactory
from registry.models import Municipality, Sphere

# Schemathesis' own pytest loader (`from_fixture`) does not run on pytest 9 (it sets a node
# attribute pytest no longer has), so the test draws cases from each operation's strategy.
EXAMPLES = 15
# A schema cannot say "page at most the page count" or "a municipality that exists": such
# values are schema-valid and still refused with the documented 400, which is right.


@pytest.fixture
def api_schema(db, materials):
    """The schema, served by the site itself, with records for the operations to find."""
    municipality = Municipality.objects.get(oktmo="80701000")
    municipality.participating = True
    municipality.save()
    community = CommunityFactory(municipality=municipality, spheres=[Sphere.objects.first()])
    ActivityFactory(community=community)
    ArticlePageFactory(parent=materials)
    Edition.objects.create(title="Сборник", year=2026, status=EditionStatus.PUBLISHED)
    # Django's test client keeps the test's transaction open across requests; a bare WSGI
    # call would close the connection at each request's end, so do as the client does.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/registry/schema/?format=json", WSGIHandler())
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_api_answers_as_its_schema_says(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 9  # the registry's and the collection's
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                derandomize=True,
                database=None,
                phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is shown
                suppress_health_check=list(HealthCheck),
            )
            def answers_as_documented(case):
                # The WSGI client would not unzip a gzipped answer; ask for it plain.
                case.call_and_validate(
                    headers={"Accept-Encoding": "identity"},
                    excluded_checks=[positive_data_acceptance],
                )

            try:
                answers_as_documented()
            except Unsatisfiable:
                # Nothing invalid can be sent to an operation that takes no parameters.
                assert mode == GenerationMode.NEGATIVE
