"""Translated pages for front-end tests, made the way Wagtail's own "Translate" action does."""

from wagtail.models import Locale


def publish_translation(page, language_code):
    """Translate a page (and its missing parents) into a locale and publish the chain."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale, copy_parents=True)
    chain = [*translated.get_ancestors().filter(depth__gte=2, live=False).specific(), translated]
    for translation in chain:
        translation.save_revision().publish()
    translated.refresh_from_db()
    return translated
