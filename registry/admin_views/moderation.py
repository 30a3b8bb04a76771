"""The moderation queue: staff and curators publish, reject or merge public submissions."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from registry import services
from registry.access import moderation_allowed, queryset_for_user, require
from registry.models import Community, CommunityStatus
from registry.selectors import (
    communities_awaiting_moderation,
    municipalities_without_curator_email,
)


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registry/admin/moderation_queue.html"
    page_title = gettext_lazy("Moderation queue")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        require(moderation_allowed(request.user))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submissions"] = communities_awaiting_moderation(user=self.request.user)
        context["unreachable"] = municipalities_without_curator_email(
            submissions=context["submissions"]
        )
        return context


class RejectForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=gettext_lazy("The existing community"), queryset=Community.objects.none()
    )

    def __init__(self, *args, user, community, **kwargs):
        super().__init__(*args, **kwargs)
        candidates = Community.objects.filter(
            municipality=community.municipality, status=CommunityStatus.PUBLISHED
        )
        self.fields["into"].queryset = queryset_for_user(candidates, user=user)


class ModerationDecisionView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registry/admin/moderation_decision.html"
    page_title = gettext_lazy("Moderate a submission")
    header_icon = "tasks"

    def dispatch(self, request, pk):
        require(moderation_allowed(request.user))
        self.community = get_object_or_404(Community, pk=pk, status=CommunityStatus.SUBMITTED)
        if not communities_awaiting_moderation(user=request.user).filter(pk=pk).exists():
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.community.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["community"] = self.community
        context.setdefault("reject_form", RejectForm())
        context.setdefault(
            "merge_form", MergeForm(user=self.request.user, community=self.community)
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action")
        user, community = request.user, self.community
        reject_form = RejectForm(request.POST if action == "reject" else None)
        merge_form = MergeForm(
            request.POST if action == "merge" else None, user=user, community=community
        )
        try:
            if action == "approve":
                services.community_approve(community=community, user=user)
                messages.success(request, _("“%(name)s” is published.") % {"name": community})
            elif action == "reject" and reject_form.is_valid():
                services.community_reject(
                    community=community, user=user, reason=reject_form.cleaned_data["reason"]
                )
                messages.success(request, _("“%(name)s” is rejected.") % {"name": community})
            elif action == "merge" and merge_form.is_valid():
                into = merge_form.cleaned_data["into"]
                services.community_merge(duplicate=community, into=into, user=user)
                messages.success(
                    request,
                    _("“%(name)s” is merged into “%(into)s”.") % {"name": community, "into": into},
                )
            else:
                return self.render_to_response(
                    self.get_context_data(reject_form=reject_form, merge_form=merge_form)
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.render_to_response(self.get_context_data())
        return redirect("registry_admin:moderation")
