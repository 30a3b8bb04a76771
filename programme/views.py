"""Public pages of the programme: the results, open data and event registration."""

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.private_files import private_file_response
from core.abuse import Screening, SubmissionLimit
from programme import services
from programme.charts import timeline_charts
from programme.forms import ApplicationForm, RegistrationForm
from programme.models import EventRegistration, Registration, RegistrationStatus
from programme.open_data import TABLES
from programme.open_data_publishing import open_data_current
from programme.selection_selectors import (
    application_by_token,
    selection_round_get,
    selection_round_open,
)
from programme.selection_services import application_confirm, application_submit
from programme.selectors import programme_dashboard

SESSION_KEY = "programme-registration"
APPLIED_SESSION_KEY = "programme-application"
REGISTRATION_LIMIT = SubmissionLimit("programme-registrations", "PROGRAMME_REGISTRATIONS_PER_HOUR")
APPLICATION_LIMIT = SubmissionLimit("programme-applications", "PROGRAMME_APPLICATIONS_PER_HOUR")


def results(request):
    dashboard = programme_dashboard()
    return render(
        request,
        "programme/results.html",
        {"dashboard": dashboard, "charts": timeline_charts(dashboard.timeline)},
    )


def open_data(request):
    return render(
        request,
        "programme/open_data.html",
        {"archive": open_data_current(), "tables": TABLES},
    )


def open_data_download(request):
    archive = open_data_current()
    if archive is None:
        raise Http404
    return private_file_response(request, archive.file, filename="konstruktor-open-data.zip")


def event_register(request, event_id: int):
    settings = get_object_or_404(
        EventRegistration.objects.select_related("event"),
        event_id=event_id,
        event__live=True,
    )
    event = settings.event
    form = RegistrationForm(request.POST or None)
    screening = REGISTRATION_LIMIT.screen(request, form) if request.method == "POST" else None
    if screening is Screening.SPAM:
        return redirect("programme:event_register", event_id=event.pk)
    if screening is Screening.VALID:
        data = form.cleaned_data
        try:
            registration = services.registration_create(
                event=event,
                full_name=data["full_name"],
                email=data["email"],
                phone=data["phone"],
                municipality=data["municipality"],
            )
        except ValidationError as error:
            REGISTRATION_LIMIT.give_back(request)
            form.add_error(None, error)
        else:
            request.session[SESSION_KEY] = {
                "event": event.pk,
                "status": registration.status,
                "position": services.waitlist_position(registration=registration),
            }
            return redirect("programme:event_registered", event_id=event.pk)
    return render(
        request,
        "programme/event_register.html",
        {
            # The page in the visitor's language where there is one.
            "event": event.localized,
            "form": form,
            "is_open": settings.accepts_at(timezone.now()),
        },
        status=429 if screening is Screening.REFUSED else 200,
    )


def event_registered(request, event_id: int):
    outcome = request.session.get(SESSION_KEY)
    if not outcome or outcome["event"] != event_id:
        return redirect("programme:event_register", event_id=event_id)
    settings = get_object_or_404(
        EventRegistration.objects.select_related("event"), event_id=event_id
    )
    return render(
        request,
        "programme/event_registered.html",
        {
            "event": settings.event.localized,
            "waitlisted": outcome["status"] == RegistrationStatus.WAITLISTED,
            "position": outcome["position"],
        },
    )


def registration_cancel(request, token):
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token)
    cancelled = registration.status == RegistrationStatus.CANCELLED
    if request.method == "POST" and not cancelled:
        services.registration_cancel(registration=registration)
        cancelled = True
    return render(
        request,
        "programme/registration_cancel.html",
        {"event": registration.event, "cancelled": cancelled},
    )


def selection_apply(request):
    selection_round = selection_round_open()
    form = ApplicationForm(request.POST or None)
    screening = None
    if selection_round and request.method == "POST":
        screening = APPLICATION_LIMIT.screen(request, form)
    if screening is Screening.VALID:
        data = form.cleaned_data
        try:
            application_submit(
                selection_round=selection_round,
                municipality=data["municipality"],
                motivation=data["motivation"],
                existing_communities=data["existing_communities"],
                contact_email=data["contact_email"],
                members=form.members(),
            )
        except ValidationError as error:
            APPLICATION_LIMIT.give_back(request)
            form.add_error(None, error)
            screening = Screening.INVALID
    if screening in (Screening.VALID, Screening.SPAM):
        request.session[APPLIED_SESSION_KEY] = selection_round.pk
        return redirect("programme:selection_applied")
    return render(
        request,
        "programme/selection_apply.html",
        {"selection_round": selection_round, "form": form},
        status=429 if screening is Screening.REFUSED else 200,
    )


def selection_applied(request):
    selection_round = selection_round_get(pk=request.session.get(APPLIED_SESSION_KEY))
    if selection_round is None:
        return redirect("programme:selection_apply")
    return render(
        request,
        "programme/selection_applied.html",
        {
            "selection_round": selection_round,
            "confirmation_hours": django_settings.PROGRAMME_APPLICATION_CONFIRMATION_HOURS,
        },
    )


def selection_confirm(request, token: str):
    """The link in the e-mail: a page with a button, since mail scanners open links."""
    application = application_by_token(token=token)
    if application is None:
        raise Http404
    error = None
    if request.method == "POST":
        try:
            application_confirm(application=application)
        except ValidationError as refusal:
            error = " ".join(refusal.messages)
    elif not application.confirmed_at and timezone.now() >= application.confirmation_expires_at:
        error = _("This confirmation link has expired. Please send the application again.")
    return render(
        request,
        "programme/selection_confirm.html",
        {"application": application, "error": error},
        status=400 if error else 200,
    )
