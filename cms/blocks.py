"""The one vocabulary of StreamField blocks shared by every body field.

Each block renders semantic HTML that reads on screen and in print (the print edition uses the
same templates), so nothing here depends on JavaScript or on fetching from the web.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail_localize.segments import StringSegmentValue

TEXT_GROUP = _("Text")
MEDIA_GROUP = _("Media")
METHOD_GROUP = _("Method")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection")), ("h4", _("Paragraph heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; it also appears in the print edition's contents.")
        preview_value = {"text": "Как рождается сообщество", "level": "h2"}
        group = TEXT_GROUP


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text with links and lists.")
        preview_value = "<p>Сообщество начинается с общего дела и людей, готовых его делать.</p>"
        group = TEXT_GROUP


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("credit"), required=False, max_length=200, help_text=_("Photographer or source.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A picture with alt text, caption and credit.")
        group = MEDIA_GROUP


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its author.")
        preview_value = {
            "text": "Сообщество сильно не лидером, а теми, кто остаётся после него.",
            "attribution": "Участник школы организаторов сообществ",
        }
        group = TEXT_GROUP


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("note", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="note",
    )
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A boxed note, tip or warning set apart from the text.")
        preview_value = {
            "kind": "tip",
            "title": "Совет",
            "text": "<p>Начните с малого дела, которое видно всем.</p>",
        }
        group = TEXT_GROUP


class GoldenRuleReferenceBlock(blocks.StructBlock):
    rule = blocks.PageChooserBlock(label=_("golden rule"), page_type="cms.GoldenRulePage")

    class Meta:
        icon = "pick"
        template = "blocks/golden_rule_block.html"
        label = _("Golden rule")
        description = _("Shows a golden rule's statement with a link to it.")
        group = METHOD_GROUP


class TranslatableTableBlock(TableBlock):
    """A table whose cells wagtail-localize offers for translation: it skips a plain
    TableBlock, so a translated page kept the source language's table. Each filled cell is
    one segment, addressed by its row and column."""

    def get_translatable_segments(self, value):
        return [
            StringSegmentValue(f"{row}.{column}", cell)
            for row, cells in enumerate(value["data"])
            for column, cell in enumerate(cells)
            if cell
        ]

    def restore_translated_segments(self, value, segments):
        data = [list(cells) for cells in value["data"]]
        for segment in segments:
            row, column = map(int, segment.path.split("."))
            data[row][column] = segment.render_text()
        return {**value, "data": data}


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    table = TranslatableTableBlock(label=_("table"))

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A table with a caption; the first row can be a header.")
        group = TEXT_GROUP


class MethodStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("what to do"), features=["bold", "italic", "link", "ul", "ol"]
    )


class MethodBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    steps = blocks.ListBlock(MethodStepBlock(), label=_("steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/method_block.html"
        label = _("Step-by-step method")
        description = _("A method as numbered steps.")
        preview_value = {
            "title": "Ярмарка сообществ за пять шагов",
            "steps": [
                {"title": "Соберите команду", "text": "<p>Четыре человека из разных секторов.</p>"},
                {"title": "Найдите площадку", "text": "<p>Место, куда легко прийти.</p>"},
            ],
        }
        group = METHOD_GROUP


class VideoBlock(blocks.StructBlock):
    """A link to a video. Nothing is embedded, so pages never fetch from video hosts and
    the same block prints as a readable reference."""

    url = blocks.URLBlock(label=_("video address"))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    duration = blocks.CharBlock(label=_("duration"), required=False, max_length=20)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A recorded talk or lecture on an external video service.")
        preview_value = {
            "url": "https://example.org/video",
            "title": "Запись лекции",
            "duration": "45 мин",
        }
        group = MEDIA_GROUP


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, max_length=200, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("A downloadable file: slides, a handout, a template.")
        group = MEDIA_GROUP


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    golden_rule = GoldenRuleReferenceBlock()
    table = CaptionedTableBlock()
    method = MethodBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
