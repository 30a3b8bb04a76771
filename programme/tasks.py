"""Background tasks of the programme (django-tasks)."""

from django_tasks import task

from programme.open_data_publishing import open_data_build_queued


@task()
def build_open_data(attempt: int = 1) -> None:
    open_data_build_queued(attempt=attempt)
