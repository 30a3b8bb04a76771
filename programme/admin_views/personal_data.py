"""Admin screens for withdrawal of consent: find, preview, confirm; and the audit list."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, ListView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_access import PermissionMenuMixin, permission_require
from programme.models import ConsentWithdrawal
from programme.personal_data import (
    PLACES,
    Subject,
    personal_data_find,
    personal_data_withdraw,
    records_total,
)

withdrawal_policy = ModelPermissionPolicy(ConsentWithdrawal)


class WithdrawalForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    phone = forms.CharField(label=gettext_lazy("Phone"), required=False, max_length=30)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            data["subject"] = Subject(email=data.get("email", ""), phone=data.get("phone", ""))
        except ValidationError as error:
            self.add_error("phone", error)
            return data
        if not (data["subject"].email or data["subject"].phone):
            raise ValidationError(_("Enter the person's e-mail or phone."))
        return data


class WithdrawView(WagtailAdminTemplateMixin, FormView):
    """Step one shows what would be anonymised; step two (confirmed) does it."""

    template_name = "programme/admin/consent_withdrawal.html"
    page_title = gettext_lazy("Withdrawal of consent")
    header_icon = "lock"
    form_class = WithdrawalForm

    def dispatch(self, request, *args, **kwargs):
        permission_require(request.user, policy=withdrawal_policy, action="add")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        subject = form.cleaned_data["subject"]
        if self.request.POST.get("confirm") != "1":
            findings = personal_data_find(subject=subject)
            counts = findings.counts
            return self.render_to_response(
                self.get_context_data(
                    form=form,
                    preview=[(label, counts[place]) for place, label in PLACES.items()],
                    total=findings.total,
                )
            )
        withdrawal = personal_data_withdraw(
            email=subject.email, phone=subject.phone, actor=self.request.user
        )
        count = records_total(withdrawal.counts)
        messages.success(
            self.request,
            ngettext(
                "Personal data of %(subject)s is anonymised in %(count)d record.",
                "Personal data of %(subject)s is anonymised in %(count)d records.",
                count,
            )
            % {"subject": withdrawal, "count": count},
        )
        return redirect("personal_data:audit")


class AuditView(WagtailAdminTemplateMixin, ListView):
    template_name = "programme/admin/consent_withdrawal_audit.html"
    page_title = gettext_lazy("Consent withdrawals")
    header_icon = "lock"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        permission_require(request.user, policy=withdrawal_policy, action="view")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return ConsentWithdrawal.objects.select_related("actor")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = [
            (
                withdrawal,
                [(PLACES[p], n) for p, n in withdrawal.counts.items() if n and p in PLACES],
            )
            for withdrawal in context["object_list"]
        ]
        return context


class PersonalDataViewSet(PermissionMenuMixin, ViewSet):
    """Under Settings: withdraw a person's consent, and the audit of withdrawals."""

    name = "personal_data"
    url_prefix = "personal-data"
    icon = "lock"
    menu_label = gettext_lazy("Withdrawal of consent")
    add_to_settings_menu = True
    menu_policy = withdrawal_policy
    menu_action = "add"

    def get_urlpatterns(self):
        return [
            path("", WithdrawView.as_view(), name="withdraw"),
            path("audit/", AuditView.as_view(), name="audit"),
        ]
