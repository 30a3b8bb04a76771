"""Staff record attendance by list and by count, and the communities present at a fair."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.factories import EventPageFactory
from cms.models import EventKind, FairPresence
from core.roles import AUTHORS, METHODOLOGICAL_GROUP
from programme.factories import RegistrationFactory
from programme.models import Attendance, Registration, RegistrationStatus, TargetCode
from programme.selectors import programme_dashboard
from registry.factories import ActivityFactory, CommunityFactory, UserFactory
from registry.models import Community, VerificationLevel


@pytest.fixture
def methodologist(db):
    user = UserFactory(username="methodologist")
    user.groups.add(Group.objects.get(name=METHODOLOGICAL_GROUP))
    return user


@pytest.fixture
def fair(events_section):
    return EventPageFactory(
        parent=events_section,
        title="Ярмарка в Белорецке",
        kind=EventKind.FAIR,
        participants_count=50,
    )


def attendance_url(event):
    return f"/admin/programme/events/{event.pk}/attendance/"


def registrant(event, email, status=RegistrationStatus.CONFIRMED):
    return RegistrationFactory(
        event=event, full_name=email.split("@")[0], email=email, status=status
    )


def figure(code):
    return next(t.current for t in programme_dashboard().targets if t.code == code)


@pytest.mark.django_db
def test_attendance_by_list_feeds_the_targets(client, methodologist, events_section):
    school = EventPageFactory(
        parent=events_section, title="Школа", kind=EventKind.SCHOOL, participants_count=2
    )
    came = [registrant(school, f"came{n}@example.org") for n in range(3)]
    absent = registrant(school, "absent@example.org")
    registrant(school, "queue@example.org", status=RegistrationStatus.WAITLISTED)
    assert figure(TargetCode.SCHOOL_PARTICIPANTS) == 2  # the page's figure until a list exists

    client.force_login(methodologist)
    page = client.get(attendance_url(school)).content.decode()
    assert "absent@example.org" in page and "queue@example.org" not in page
    response = client.post(attendance_url(school), {"came": [r.pk for r in came], "note": ""})
    assert response.status_code == 302
    assert set(Registration.objects.filter(attended=True)) == set(came)
    assert not Registration.objects.get(pk=absent.pk).attended
    assert figure(TargetCode.SCHOOL_PARTICIPANTS) == 3
    assert 'name="communities"' not in client.get(attendance_url(school)).content.decode()


@pytest.mark.django_db
def test_a_partly_ticked_list_never_lowers_a_count(client, methodologist, events_section):
    """Ticking one registrant of an event counted at 312 keeps «312 из 300» on the results."""
    school = EventPageFactory(
        parent=events_section, title="Школа", kind=EventKind.SCHOOL, participants_count=312
    )
    first = registrant(school, "first@example.org")
    registrant(school, "second@example.org")
    client.force_login(methodologist)
    screen = client.get(attendance_url(school)).content.decode()
    assert "Участников на странице результатов: 312" in screen

    response = client.post(attendance_url(school), {"came": [first.pk]}, follow=True)
    html = response.content.decode()
    assert "Участников на странице результатов: 312" in html
    assert "поэтому страница результатов сохраняет большее число: 312, а не 1." in html
    results = client.get("/ru/programme/results/").content.decode()
    assert "312 из 300" in results and "1 из 300" not in results

    # Counted visitors and a longer list each win when they are larger.
    client.post(attendance_url(school), {"came": [first.pk], "visitors": 400})
    assert figure(TargetCode.SCHOOL_PARTICIPANTS) == 400
    events = client.get("/admin/programme/events/").content.decode()
    assert "<td>400</td>" in events


@pytest.mark.django_db
def test_fair_count_and_presenting_communities(client, methodologist, fair):
    documented = CommunityFactory(name="Документированное")
    for _ in range(2):
        ActivityFactory(community=documented)
    documented.refresh_from_db()
    assert documented.verification_level == VerificationLevel.DOCUMENTED
    newcomer = CommunityFactory(name="Новичок")
    assert figure(TargetCode.FAIR_PARTICIPANTS) == 50

    client.force_login(methodologist)
    response = client.post(
        attendance_url(fair),
        {"visitors": 140, "note": "Счётчик на входе", "communities": [documented.pk, newcomer.pk]},
    )
    assert response.status_code == 302
    assert Attendance.objects.get(event=fair).visitors == 140
    assert figure(TargetCode.FAIR_PARTICIPANTS) == 140
    assert FairPresence.objects.filter(fair=fair).count() == 2
    levels = dict(Community.objects.values_list("name", "verification_level"))
    assert levels["Документированное"] == VerificationLevel.CONFIRMED_AT_FAIR
    # A fair visit alone proves little: the newcomer stays self-declared.
    assert levels["Новичок"] == VerificationLevel.SELF_DECLARED

    # Saving again does not duplicate presences; the form shows what is recorded.
    page = client.get(attendance_url(fair)).content.decode()
    assert 'value="140"' in page
    client.post(attendance_url(fair), {"visitors": 140, "communities": [documented.pk]})
    assert FairPresence.objects.filter(fair=fair).count() == 2


@pytest.mark.django_db
def test_negative_count_is_refused_and_changes_nothing(client, methodologist, fair):
    client.force_login(methodologist)
    response = client.post(attendance_url(fair), {"visitors": -5})
    assert response.status_code == 200
    assert not Attendance.objects.exists()


@pytest.mark.django_db
def test_authors_and_anonymous_see_no_registrants(client, fair):
    registrant(fair, "hidden@example.org")
    for url in [
        attendance_url(fair),
        "/admin/programme/events/",
        "/admin/programme/registrations/",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    author = UserFactory(username="author")
    author.groups.add(Group.objects.get(name=AUTHORS))
    client.force_login(author)
    for url in [
        attendance_url(fair),
        "/admin/programme/events/",
        "/admin/programme/registrations/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "hidden@example.org" not in response.content.decode()
    client.post(attendance_url(fair), {"visitors": 1})
    assert not Attendance.objects.exists()


@pytest.mark.django_db
def test_staff_list_of_registrants(client, methodologist, fair):
    registrant(fair, "visible@example.org")
    client.force_login(methodologist)
    events = client.get("/admin/programme/events/")
    assert events.status_code == 200 and fair.title in events.content.decode()
    listing = client.get("/admin/programme/registrations/")
    assert listing.status_code == 200
    assert "visible" in listing.content.decode()


def upload(client, event, content, name="came.csv"):
    return client.post(
        f"/admin/programme/events/{event.pk}/attendance/import/",
        {"file": SimpleUploadedFile(name, content)},
    )


def apply(client, event):
    return client.post(
        f"/admin/programme/events/{event.pk}/attendance/import/", {"action": "apply"}
    )


@pytest.mark.django_db
def test_attendance_import_previews_then_marks_everyone(client, methodologist, fair):
    first = registrant(fair, "first@example.org")
    second = registrant(fair, "second@example.org")
    other = registrant(fair, "other@example.org")
    client.force_login(methodologist)
    # Windows-1251 with a semicolon, as Excel saves CSV in Russia.
    content = "ФИО;E-mail\r\nПервый;First@Example.org\r\nВторой;second@example.org\r\n"
    preview = upload(client, fair, content.encode("cp1251")).content.decode()
    assert 'id="import-plan"' in preview and "import-errors" not in preview
    assert not Registration.objects.filter(attended=True).exists()  # a preview saves nothing
    response = apply(client, fair)
    assert response.status_code == 302
    assert set(Registration.objects.filter(attended=True)) == {first, second}
    assert not Registration.objects.get(pk=other.pk).attended


@pytest.mark.django_db
def test_attendance_import_with_an_error_marks_nobody(client, methodologist, fair):
    registrant(fair, "first@example.org")
    registrant(fair, "queued@example.org", status=RegistrationStatus.WAITLISTED)
    client.force_login(methodologist)
    content = b"E-mail\nfirst@example.org\nstranger@example.org\nqueued@example.org\n"
    content += b"first@example.org\n"
    html = upload(client, fair, content).content.decode()
    assert html.count("На это мероприятие никто не записан с этим адресом эл. почты.") == 2
    assert "Этот адрес эл. почты уже есть в файле." in html
    assert 'name="action" value="apply"' not in html
    apply(client, fair)
    assert not Registration.objects.filter(attended=True).exists()


@pytest.mark.django_db
def test_attendance_import_refuses_unreadable_files(client, methodologist, fair):
    client.force_login(methodologist)
    html = upload(client, fair, b"not a workbook", name="list.xlsx").content.decode()
    assert "Файл не читается как книга XLSX." in html
    html = upload(client, fair, b"Name\nSomeone\n").content.decode()
    assert "В заголовке не хватает обязательных столбцов." in html


@pytest.mark.django_db
def test_attendance_import_stops_at_the_row_limit_and_marks_nobody(client, methodologist, fair):
    registrant(fair, "first@example.org")
    client.force_login(methodologist)
    # The first row is a registrant; after the limit, a field Python's csv module cannot read.
    content = b"E-mail\nfirst@example.org\n" + b"x\n" * 1_000_000
    html = upload(client, fair, content + b'"' + b"x" * 200_000 + b'"\n').content.decode()
    assert "В файле больше 5000 строк." in html
    apply(client, fair)
    assert not Registration.objects.filter(attended=True).exists()
