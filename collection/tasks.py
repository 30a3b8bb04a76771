"""Background tasks of the collection (django-tasks)."""

from django_tasks import task

from .services import build_run


@task()
def build_edition(build_id: int) -> None:
    build_run(build_id=build_id)
