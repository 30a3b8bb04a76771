"""The community's inspect view in the admin: its fields and the evidence behind its level."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.views.snippets import InspectView

from core.admin_inspect import ReadableValuesInspectMixin, RelatedListsInspectMixin, bulleted


def _day(date) -> str:
    return date.strftime("%d.%m.%Y")


def _participants(number: int) -> str:
    return ngettext("%(count)d participant", "%(count)d participants", number) % {"count": number}


class ReadableInspectView(ReadableValuesInspectMixin, InspectView):
    """Wagtail's inspect view with yes/no and a dash instead of True/False/None."""


class CommunityInspectView(RelatedListsInspectMixin, InspectView):
    """Wagtail's field list, then each kind of evidence and the people behind the community."""

    related_lists = {
        "activities": _("Activities"),
        "fair_presences": _("Presence at community fairs"),
        "curator_confirmations": _("Curator's confirmations"),
        "leaderships": _("Leaders"),
        "snapshots": _("Monitoring snapshots"),
    }

    def get_activities_display_value(self):
        return bulleted(
            (
                _day(activity.date),
                activity.title,
                activity.participants and _participants(activity.participants),
                activity.link,
            )
            for activity in self.object.activities.order_by("-date")
        )

    def get_fair_presences_display_value(self):
        presences = self.object.fair_presences.select_related("fair").order_by("-date")
        return bulleted((_day(p.date), p.fair, p.note) for p in presences)

    def get_curator_confirmations_display_value(self):
        confirmations = self.object.curator_confirmations.select_related("curator")
        return bulleted(
            (_day(c.confirmed_on), c.curator and c.curator.get_full_name(), c.note)
            for c in confirmations.order_by("-confirmed_on")
        )

    def get_leaderships_display_value(self):
        leaderships = self.object.leaderships.select_related("person").order_by("person__full_name")
        return bulleted((item.person, item.role) for item in leaderships)

    def get_snapshots_display_value(self):
        return bulleted(
            (
                _day(snapshot.date),
                _participants(snapshot.members),
                ngettext(
                    "%(count)d activity in the period",
                    "%(count)d activities in the period",
                    snapshot.activities_in_period,
                )
                % {"count": snapshot.activities_in_period},
            )
            for snapshot in self.object.snapshots.order_by("date")
        )
