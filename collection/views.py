"""The public side: published editions and their downloads; drafts only for editors."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from cms.private_files import private_file_response

from .models import Build
from .selectors import build_is_public, edition_downloads, published_editions


def edition_list(request):
    editions = [(e, edition_downloads(edition=e)) for e in published_editions()]
    return render(request, "collection/edition_list.html", {"editions": editions})


def edition_detail(request, pk):
    edition = get_object_or_404(published_editions(), pk=pk)
    return render(
        request,
        "collection/edition_detail.html",
        {"edition": edition, "downloads": edition_downloads(edition=edition)},
    )


def build_file(request, pk, build_pk):
    """A build's file: public ones to anyone, the rest only to editors; others get a 404."""
    build = get_object_or_404(Build.objects.select_related("edition"), pk=build_pk, edition_id=pk)
    if not build.file or not (
        build_is_public(build=build) or request.user.has_perm("collection.view_build")
    ):
        raise Http404
    return private_file_response(request, build.file, filename=build.filename)
