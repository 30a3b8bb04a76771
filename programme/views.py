"""Public pages of the programme."""

from django.shortcuts import render

from programme.charts import timeline_charts
from programme.selectors import programme_dashboard


def results(request):
    dashboard = programme_dashboard()
    return render(
        request,
        "programme/results.html",
        {"dashboard": dashboard, "charts": timeline_charts(dashboard.timeline)},
    )
