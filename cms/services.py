"""Writes of editorial content that are not Wagtail's own page actions."""

from collections.abc import Callable

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translation_create(
    *, instance, locale: Locale, translate: Callable[[str], str | None]
) -> Translation:
    """Translate a page or snippet into `locale` through wagtail-localize.

    Every source string `translate` gives a text for gets it as a manual translation, so
    translators later see and refine it in the translation editor; a string it gives None for
    stays in the source language, as wagtail-localize does with any untranslated segment.
    A page is published keeping its source's place in "latest" lists.
    """
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = translate(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": "manual"},
            )
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not isinstance(instance, Page):
        translation.save_target()
        return translation
    # wagtail-localize would publish at commit time from a copy of the page taken before its
    # translated children were added, resetting its child count: publish here instead.
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    Page.objects.filter(pk=translated.pk).update(first_published_at=instance.first_published_at)
    translated.get_latest_revision().publish()
    return translation
