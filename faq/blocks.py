"""Blocks for FAQ answers: the shared body blocks plus a list of people or organisations."""

from wagtail import blocks

from wyhp_site.core.anchors import heading_anchor
from wyhp_site.core.blocks import BaseStreamBlock, heading_level_block


class PeopleListItemBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=160, help_text="A person's name or an organisation's name.")
    description = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text="Their role, or what the organisation does. Optional.",
    )
    url = blocks.URLBlock(required=False, label="Web address", help_text="Optional: their website.")


class PeopleListBlock(blocks.StructBlock):
    """Members of a board or committee, organisations in a partnership, programme leads."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Optional, for example: Members of the partnership board.",
    )
    heading_level = heading_level_block("A subsection heading only under a section heading.")
    items = blocks.ListBlock(PeopleListItemBlock(), min_num=1, label="People or organisations")

    class Meta:
        icon = "group"
        template = "blocks/faq_people_list_block.html"
        label = "List of people or organisations"
        description = "Names with their role or what they do, such as the members of a committee"
        preview_value = {
            "heading": "Members of the joint committee",
            "heading_level": "h2",
            "items": [
                {"name": "Dr Asha Patel", "description": "GP and clinical chair"},
                {
                    "name": "Calderdale Council",
                    "description": "Local authority",
                    "url": "https://example.org/",
                },
                {"name": "Healthwatch", "description": "The independent voice of patients"},
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        if value["heading"]:
            context["anchor"] = heading_anchor(value["heading"], parent_context)
        return context


class AnswerBlock(BaseStreamBlock):
    """Everything an answer may hold: text with lists and links, headings, tables,
    inset text, warnings, images and lists of people or organisations."""

    people_list = PeopleListBlock()
