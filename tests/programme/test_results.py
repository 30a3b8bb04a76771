"""The public results page and the admin home panel."""

import re

import pytest
from django.contrib.auth.models import Group

from core.roles import AUTHORS, METHODOLOGICAL_GROUP
from programme.models import Target, TargetCode
from registry.factories import UserFactory
from registry.models import Person

RESULTS = "/ru/programme/results/"


@pytest.mark.django_db
def test_results_page_shows_targets_charts_and_municipalities(client, programme):
    response = client.get(RESULTS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Результаты программы</h1>" in html
    # Every target with a labelled progress bar and its figures as text.
    assert html.count("<progress") == Target.objects.exclude(target_value=None).count()
    assert re.search(
        r'<progress[^>]+value="15"[^>]+aria-labelledby="target-municipalities_selected"', html
    )
    assert "4 из 27 муниципалитетов (15%)" in html
    assert "3 из республики, 1 из соседних регионов" in html
    assert "406" in html  # fair participants
    # Two SVG charts, each with a table alternative.
    assert html.count('<svg viewBox="0 0 480 180"') == 2
    assert html.count("<details") == 2
    for municipality in programme:
        assert municipality.name in html


@pytest.mark.django_db
def test_results_page_never_shows_personal_data(client, programme):
    html = client.get(RESULTS).content.decode()
    for person in Person.objects.all():
        assert person.full_name not in html
        assert person.email not in html
        assert person.phone not in html


@pytest.mark.django_db
def test_results_page_queries_are_bounded(client, programme, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        client.get(RESULTS)


@pytest.mark.django_db
def test_results_page_without_data_has_no_chart(client):
    html = client.get(RESULTS).content.decode()
    assert "<svg viewBox" not in html
    assert "Ни один муниципалитет пока не отобран." in html


@pytest.mark.django_db
def test_admin_home_shows_the_dashboard_panel(client, superuser, programme):
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert 'id="programme-dashboard' in html
    assert 'aria-labelledby="target-fairs"' in html
    assert programme[0].name in html


def edit_url(code):
    return f"/admin/programme/targets/edit/{Target.objects.get(code=code).pk}/"


@pytest.mark.django_db
def test_methodological_group_edits_a_target_and_the_dashboard_follows(client, programme):
    user = UserFactory(username="methodologist")
    user.groups.add(Group.objects.get(name=METHODOLOGICAL_GROUP))
    client.force_login(user)
    target = Target.objects.get(code=TargetCode.FAIRS)
    response = client.post(
        edit_url(TargetCode.FAIRS),
        {"code": target.code, "title": "Ярмарки", "target_value": 8, "unit": "ярмарок", "order": 1},
    )
    assert response.status_code == 302
    html = client.get(RESULTS).content.decode()
    assert re.search(r'<progress[^>]+value="50"[^>]+aria-labelledby="target-fairs"', html)


@pytest.mark.django_db
def test_anonymous_and_authors_cannot_change_targets(client):
    url = edit_url(TargetCode.FAIRS)
    payload = {"code": "fairs", "title": "Взлом", "target_value": 1, "unit": "", "order": 1}
    response = client.post(url, payload)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    author = UserFactory(username="author")
    author.groups.add(Group.objects.get(name=AUTHORS))
    client.force_login(author)
    assert client.get(url).status_code in (302, 403)
    client.post(url, payload)
    assert Target.objects.get(code=TargetCode.FAIRS).target_value == 27
