from wagtail.snippets.models import register_snippet

from cms.viewsets import EditorialSnippetsGroup

register_snippet(EditorialSnippetsGroup)
