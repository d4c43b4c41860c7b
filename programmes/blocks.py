"""Blocks for a programme page's body: the shared text blocks plus key facts and documents."""

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock

from wyhp_site.core.blocks import BaseStreamBlock


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        max_length=20, help_text="The number as a reader would say it: 2.7 million, 1 in 4, 94%."
    )
    label = blocks.CharBlock(
        max_length=160, help_text="What the number counts, for example: people live in our six places."
    )

    class Meta:
        icon = "decimal"
        label = "Fact"
        template = "blocks/programme_key_fact.html"
        description = "One figure and what it counts"
        preview_value = {"figure": "2.7 million", "label": "people live in our six places"}


class KeyFactsBlock(blocks.StructBlock):
    facts = blocks.ListBlock(KeyFactBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "decimal"
        template = "blocks/programme_key_facts.html"
        description = "Up to six figures, each with a short label, shown side by side"
        preview_value = {
            "facts": [
                {"figure": "2.7 million", "label": "people live in our six places"},
                {"figure": "1 in 4", "label": "adults will have a mental health problem this year"},
            ]
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=160, help_text="Leave blank to use the document's own title."
    )

    class Meta:
        icon = "doc-full"
        label = "Document"
        template = "blocks/programme_document_link.html"
        description = "A link to one document from the library"


class DocumentLinksBlock(blocks.StructBlock):
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/programme_documents.html"
        description = "Links to documents from the library, with their file type and size"

    def get_preview_value(self):
        # A preview needs a real document: the newest one in the library, if any.
        newest = get_document_model().objects.order_by("-created_at").first()
        return self.to_python({"documents": [{"document": newest.pk, "title": ""}] if newest else []})


class ProgrammeStreamBlock(BaseStreamBlock):
    """Every content page's blocks (images included), then the programme's own."""

    key_facts = KeyFactsBlock()
    documents = DocumentLinksBlock()
