"""The programme's panel on the Wagtail admin home."""

from wagtail.admin.ui.components import Component

from programme.selectors import programme_dashboard


class ProgrammeDashboardPanel(Component):
    name = "programme_dashboard"
    template_name = "programme/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context=None):
        return {"dashboard": programme_dashboard()}
