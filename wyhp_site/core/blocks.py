"""StreamField blocks shared by every page type.

App-specific blocks (the weekly update's "this week" section, a programme's
key facts) live beside their app and build on these.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailnhsukfrontend import blocks as nhsuk_blocks

from .anchors import heading_anchor

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class LinkStructValue(blocks.StructValue):
    # Not named "url": templates look up dict keys first, and "url" is a field.
    def href(self, request=None):
        # With the request, the site's address is not looked up again for every link.
        if page := self.get("page"):
            return page.get_url(request)
        if email := self.get("email"):
            return f"mailto:{email}"
        return self.get("url")


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page on this site, another website or an email address."""

    text = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(
        required=False,
        label="Or another website's address",
        help_text="Starting https://. For an email address, use the box below.",
    )
    email = blocks.EmailBlock(
        required=False,
        label="Or an email address",
        help_text="Such as contact@example.org: the link opens the reader's email.",
    )

    ADDRESSES = ("page", "url", "email")
    NO_ADDRESS = "Choose a page, or give a website's address or an email address, for this link to go to."
    TOO_MANY_ADDRESSES = "Give this link one place to go: a page, a website's address or an email address."

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        description = "A link: choose a page, or give another website's address or an email address"
        preview_value = {"text": "About us", "url": "https://example.org/about-us/"}

    def clean(self, value):
        value = super().clean(value)
        given = [name for name in self.ADDRESSES if value.get(name)]
        if len(given) != 1:
            message = self.TOO_MANY_ADDRESSES if given else self.NO_ADDRESS
            # On the link as a whole: the admin shows it above the link's fields.
            raise StructBlockValidationError(non_block_errors=ErrorList([message]))
        return value


def heading_level_block(help_text: str) -> blocks.ChoiceBlock:
    """A section or subsection heading: the level choice of every block with a heading."""
    return blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Subsection heading")],
        default="h2",
        help_text=help_text,
        # The level's label ("Section heading") is not content: keep it out of search and snippets.
        search_index=False,
    )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = heading_level_block("Keep headings in order: a subsection heading follows a section heading.")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = "A section or subsection heading"
        preview_value = {"text": "How we work together", "level": "h2"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = heading_anchor(value["text"], parent_context)
        return context


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe the image for people who cannot see it. Leave blank only if it is decorative.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = "An image with alternative text and an optional caption"


class InsetTextBlock(nhsuk_blocks.InsetTextBlock):
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        description = "Information that stands out from the text around it"
        preview_value = {"body": "<p>This page was reviewed by the partnership board.</p>"}


class WarningCalloutBlock(nhsuk_blocks.WarningCalloutBlock):
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        description = "Something people must know, in a yellow box with a heading"
        preview_value = {
            "title": "Important",
            "heading_level": 3,
            "body": "<p>Our offices are closed on bank holidays.</p>",
        }


class CallToActionBlock(nhsuk_blocks.ActionLinkBlock):
    class Meta:
        description = "A green arrow link that asks readers to do one thing"
        preview_value = {"text": "Tell us what you think", "external_url": "https://example.org/"}


HEADER_CHOICE_NEEDED = (
    'Choose which cells are headers under "Table headers": the first row, the first column, '
    "both, or no headers."
)


def as_sentence(text: str) -> str:
    """``text`` ending with a full stop, unless it is empty or already ends with punctuation."""
    return text if not text or text.endswith((".", "!", "?", ":", ";")) else f"{text}."


class TableBlock(WagtailTableBlock):
    """Wagtail's table, starting with a header row: a new table's "Table headers" list was left
    empty, and saving one untouched failed with "Validation error in TableBlock"."""

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        description = "A table of figures or facts, with an optional header row"
        # The editor's widget preselects this choice, and sends it even if no cell is typed in.
        default = {"table_header_choice": "row", "first_row_is_table_header": True}

    def get_searchable_content(self, value):
        """The caption, then each row as one sentence, its cells parted by semicolons: Wagtail
        gives the cells alone, which ran together in search snippets ("Trust Beds Leeds 200")."""
        if not value:
            return []
        content = [value.get("table_caption") or ""]
        for row in value.get("data") or []:
            cells = [str(cell).strip() for cell in row if cell is not None]
            content.append(as_sentence("; ".join(cell for cell in cells if cell)))
        return [text for text in content if text.strip()]

    def clean(self, value):
        # Wagtail's own message for an empty choice names a class, not what to do.
        if value and not value.get("table_header_choice") and not self.is_deferred_validation:
            raise ValidationError(HEADER_CHOICE_NEEDED)
        return super().clean(value)


def paragraph_block() -> blocks.RichTextBlock:
    """The body text block every stream offers: rich text with lists and links."""
    return blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description="Text with lists and links",
    )


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every content page offers."""

    heading = HeadingBlock()
    paragraph = paragraph_block()
    inset_text = InsetTextBlock()
    warning = WarningCalloutBlock()
    image = ImageBlock()
    table = TableBlock()
    call_to_action = CallToActionBlock()
