"""Admin views of the selection: experts score blind, staff rank and confirm."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_access import PermissionMenuMixin, permission_require
from core.fields import ModelMultipleChoiceField
from programme.models import Application, Criterion, ScoreSheet, SelectionRound
from programme.selection_selectors import (
    application_for_scoring,
    application_members,
    applications_confirmed,
    applications_scoring_list,
    expert_has_conflict,
    round_criteria,
    score_sheet_own,
    scores_visible_to_expert,
    selection_ranking,
    selection_round_latest,
)
from programme.selection_services import conflict_declare, score_sheet_save, selection_confirm

sheet_policy = ModelPermissionPolicy(ScoreSheet)
round_policy = ModelPermissionPolicy(SelectionRound)


class ScoringListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "programme/admin/scoring_list.html"
    page_title = gettext_lazy("Scoring applications")
    header_icon = "success"

    def dispatch(self, request, *args, **kwargs):
        permission_require(request.user, policy=sheet_policy, action="add")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selection_round = selection_round_latest()
        context["selection_round"] = selection_round
        if selection_round:
            context["applications"] = applications_scoring_list(
                expert=self.request.user, selection_round=selection_round
            )
        return context


class ScoreForm(forms.Form):
    def __init__(self, *args, criteria: list[Criterion], **kwargs):
        super().__init__(*args, **kwargs)
        for criterion in criteria:
            self.fields[f"criterion_{criterion.pk}"] = forms.IntegerField(
                label=criterion.name,
                min_value=0,
                max_value=criterion.scale_max,
                required=False,
                help_text=_("From 0 to %(max)d; weight %(weight)d.")
                % {"max": criterion.scale_max, "weight": criterion.weight},
            )

    def values(self) -> dict[int, int]:
        return {
            int(name.removeprefix("criterion_")): value
            for name, value in self.cleaned_data.items()
            if value is not None
        }


class ScoringView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "programme/admin/scoring.html"
    page_title = gettext_lazy("Score an application")
    header_icon = "success"

    def dispatch(self, request, *args, application_id: int, **kwargs):
        permission_require(request.user, policy=sheet_policy, action="add")
        self.application = application_for_scoring(application_id=application_id)
        if self.application is None:
            raise Http404
        if expert_has_conflict(expert=request.user, application=self.application):
            raise PermissionDenied
        self.criteria = round_criteria(selection_round_id=self.application.round_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.application.municipality)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        own = score_sheet_own(expert=self.request.user, application=self.application)
        initial = {f"criterion_{pk}": value for pk, value in own.values.items()}
        context.setdefault("form", ScoreForm(initial=initial, criteria=self.criteria))
        others = scores_visible_to_expert(expert=self.request.user, application=self.application)
        context.update(
            application=self.application,
            members=application_members(application=self.application),
            submitted=own.submitted,
            # None until this expert has submitted: the scoring is blind.
            others=None
            if others is None
            else [(result, [result.values.get(c.pk) for c in self.criteria]) for result in others],
            criteria=self.criteria,
        )
        return context

    def post(self, request):
        if request.POST.get("action") == "conflict":
            conflict_declare(
                expert=request.user,
                application=self.application,
                note=request.POST.get("note", "")[:300],
            )
            messages.success(
                request,
                _("Your conflict of interest with %(municipality)s is recorded.")
                % {"municipality": self.application.municipality},
            )
            return redirect("programme_selection:scoring")
        form = ScoreForm(request.POST, criteria=self.criteria)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        submit = request.POST.get("action") == "submit"
        try:
            score_sheet_save(
                application=self.application,
                expert=request.user,
                values=form.values(),
                submit=submit,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, _("Scores submitted.") if submit else _("Draft saved."))
        return redirect("programme_selection:score", application_id=self.application.pk)


class ConfirmForm(forms.Form):
    applications = ModelMultipleChoiceField(
        label=gettext_lazy("Applications to select"),
        queryset=Application.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    accept_warnings = forms.BooleanField(
        label=gettext_lazy("Confirm even though the split is not 25 + 2"), required=False
    )

    def __init__(self, *args, selection_round: SelectionRound, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["applications"].queryset = applications_confirmed(
            selection_round=selection_round
        )


class RankingView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "programme/admin/ranking.html"
    page_title = gettext_lazy("Ranking and selection")
    header_icon = "list-ol"

    def dispatch(self, request, *args, round_id: int, **kwargs):
        permission_require(request.user, policy=round_policy, action="change")
        self.selection_round = get_object_or_404(SelectionRound, pk=round_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.selection_round.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ConfirmForm(selection_round=self.selection_round))
        context.update(
            selection_round=self.selection_round,
            ranking=selection_ranking(selection_round=self.selection_round),
        )
        return context

    def post(self, request):
        form = ConfirmForm(request.POST, selection_round=self.selection_round)
        if form.is_valid():
            try:
                created = selection_confirm(
                    selection_round=self.selection_round,
                    applications=list(form.cleaned_data["applications"]),
                    accept_warnings=form.cleaned_data["accept_warnings"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("The selection is confirmed; team members added to the registry: %(count)d.")
                    % {"count": created},
                )
                return redirect("programme_selection:ranking", round_id=self.selection_round.pk)
        return self.render_to_response(self.get_context_data(form=form))


class SelectionAdminViewSet(PermissionMenuMixin, ViewSet):
    """Scoring and ranking, under /admin/programme/selection/."""

    name = "programme_selection"
    url_prefix = "programme/selection"
    icon = "success"
    menu_label = gettext_lazy("Scoring applications")
    menu_order = 30
    menu_policy = sheet_policy
    menu_action = "add"

    def get_urlpatterns(self):
        return [
            path("scoring/", ScoringListView.as_view(), name="scoring"),
            path("scoring/<id:application_id>/", ScoringView.as_view(), name="score"),
            path("rounds/<id:round_id>/ranking/", RankingView.as_view(), name="ranking"),
        ]

    @property
    def menu_url(self):
        return reverse("programme_selection:scoring")
