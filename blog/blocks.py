"""Body blocks for weekly updates and news posts.

The weekly update has a shape every reader knows: the leader's greeting, the
week's main story under its own heading, the sign-off, then "What else has been
happening this week?" (short items, each with a heading) and "What's happening
next week?" (a list). Those sections are blocks of their own so comms staff fill
them in rather than rebuild them each Friday.
"""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from wagtail import blocks

from wyhp_site.core.anchors import heading_anchor
from wyhp_site.core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock

THIS_WEEK_HEADING = "What else has been happening this week?"
NEXT_WEEK_HEADING = "What's happening next week?"

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d+$")

# The starter greeting leaves a gap for the writer's name; while the gap is there the
# greeting has not been written, whatever else around it was changed.
STARTER_GREETING = "<p>Hello, my name is … and welcome to this week's update.</p>"
_NAME_GAP = "my name is …"
GREETING_NOT_WRITTEN = (
    "Replace the starter greeting with your own words, with your name in place of “…”, "
    "before you submit or publish this update."
)


def still_has_name_gap(rich_text) -> bool:
    """Whether a greeting still says "my name is …", however it is spaced or dotted."""
    text = unescape(strip_tags(getattr(rich_text, "source", rich_text) or ""))
    text = " ".join(text.replace("...", "…").split()).lower()
    return _NAME_GAP in text


class GreetingBlock(blocks.RichTextBlock):
    """The writer's hello at the top of a weekly update.

    A draft may keep the starter text, but an update cannot be submitted or published
    with the gap for the writer's name still in it: Wagtail defers this check, like a
    required field, while a draft is saved or previewed.
    """

    def __init__(self, **kwargs):
        super().__init__(
            features=["bold", "italic", "link"],
            icon="user",
            template="blocks/paragraph_block.html",
            label="Greeting",
            description="Who is writing this week, in a sentence",
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation and still_has_name_gap(value):
            raise ValidationError(GREETING_NOT_WRITTEN)
        return value


class MainStoryBlock(blocks.StructBlock):
    """The week's main story: the leader's message, under a heading of its own."""

    heading = blocks.CharBlock(
        max_length=120, help_text="What the story is about, in a few words. Readers see it as a heading."
    )
    body = blocks.RichTextBlock(
        # Subheadings within the story sit one level below its heading.
        features=[*RICH_TEXT_FEATURES, "h3"],
        help_text="The story itself. Use a subheading to break up a long story.",
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/blog_main_story_block.html"
        label = "Main story"
        description = "The week's main story, under its own heading"
        preview_value = {
            "heading": "Planning for winter together",
            "body": "<p>Our six places agreed how they will share beds and care over the winter.</p>",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = heading_anchor(value["heading"], parent_context)
        return context


class WeekItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="A few words: what happened.")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = "Item"


class ThisWeekBlock(blocks.StructBlock):
    """The short items after the leader's message, each under its own heading."""

    heading = blocks.CharBlock(max_length=120, default=THIS_WEEK_HEADING)
    items = blocks.ListBlock(WeekItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/blog_this_week_block.html"
        label = "This week"
        description = "Short items about the week's work, each with its own heading"
        preview_value = {
            "heading": THIS_WEEK_HEADING,
            "items": [
                {
                    "heading": "Carers' week",
                    "body": "<p>Partners across our six places held drop-in sessions for unpaid carers.</p>",
                },
                {
                    "heading": "Stroke services",
                    "body": "<p>The stroke programme board met to agree its plan for next year.</p>",
                },
            ],
        }


class NextWeekBlock(blocks.StructBlock):
    """The short list of next week's meetings and events."""

    heading = blocks.CharBlock(max_length=120, default=NEXT_WEEK_HEADING)
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=250, label="Item"),
        min_num=1,
        help_text="One line each, for example: The partnership board meets in public on Tuesday.",
    )

    class Meta:
        icon = "date"
        template = "blocks/blog_next_week_block.html"
        label = "Next week"
        description = "A list of what is coming up next week"
        preview_value = {
            "heading": NEXT_WEEK_HEADING,
            "items": ["Local place planners meet on Tuesday.", "The partnership board meets on Thursday."],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="The words as they were said or written, without quotation marks.")
    attribution = blocks.CharBlock(required=False, max_length=120, help_text="Who said it.")
    role = blocks.CharBlock(required=False, max_length=160, help_text="Their role and organisation.")

    class Meta:
        icon = "openquote"
        template = "blocks/blog_quote_block.html"
        description = "A quotation with who said it"
        preview_value = {
            "quote": "Working together means people tell their story once.",
            "attribution": "A carer from Calderdale",
        }


class VideoStructValue(blocks.StructValue):
    """The watch and privacy-enhanced embed addresses of a YouTube or Vimeo video."""

    def _parsed(self) -> tuple[str, str] | None:
        return parse_video_url(self.get("url") or "")

    def provider(self) -> str:
        parsed = self._parsed()
        return parsed[0] if parsed else ""

    def watch_url(self) -> str:
        parsed = self._parsed()
        if not parsed:
            return self.get("url") or ""
        provider, video_id = parsed
        if provider == "YouTube":
            return f"https://www.youtube.com/watch?v={video_id}"
        return f"https://vimeo.com/{video_id}"

    def embed_url(self) -> str:
        parsed = self._parsed()
        if not parsed:
            return ""
        provider, video_id = parsed
        if provider == "YouTube":
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1"


def parse_video_url(url: str) -> tuple[str, str] | None:
    """``("YouTube" | "Vimeo", video id)`` for a video page or embed address, else None."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    segments = [segment for segment in parts.path.split("/") if segment]
    video_id = ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if segments[:1] == ["watch"]:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) == 2 and segments[0] in {"embed", "shorts", "live"}:
            video_id = segments[1]
        if _YOUTUBE_ID.match(video_id):
            return "YouTube", video_id
    elif host == "youtu.be" and len(segments) == 1 and _YOUTUBE_ID.match(segments[0]):
        return "YouTube", segments[0]
    elif host in {"vimeo.com", "player.vimeo.com"} and segments and _VIMEO_ID.match(segments[-1]):
        return "Vimeo", segments[-1]
    return None


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that loads nothing from the video site until the reader asks.

    The page shows a link to watch the video on its own site. Where JavaScript
    runs, a button offers to play it on the page instead, through YouTube's
    privacy-enhanced (no-cookie) player or Vimeo's "do not track" player.
    """

    url = blocks.URLBlock(
        label="Video address",
        help_text="The address of the video on YouTube or Vimeo, as you would share it.",
    )
    title = blocks.CharBlock(
        max_length=160, help_text="What the video is about. Readers see this as the link to the video."
    )
    duration = blocks.CharBlock(required=False, max_length=40, help_text="For example: 3 minutes")
    transcript = blocks.RichTextBlock(
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text="What is said and shown in the video, for people who cannot watch or hear it.",
    )

    class Meta:
        icon = "media"
        template = "blocks/blog_video_block.html"
        value_class = VideoStructValue
        description = "A YouTube or Vimeo video, shown as a link until the reader chooses to play it"
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "How our stroke units work together",
            "duration": "3 minutes",
        }

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url") or "") is None:
            message = "Give the address of a single video on YouTube or Vimeo."
            raise ValidationError(message, params={"url": ErrorList([message])})
        return value


class PostStreamBlock(BaseStreamBlock):
    """Everything a weekly update or news post body can hold."""

    greeting = GreetingBlock()
    main_story = MainStoryBlock()
    this_week = ThisWeekBlock()
    next_week = NextWeekBlock()
    quote = QuoteBlock()
    video = VideoBlock()

    class Meta:
        block_counts = {
            "greeting": {"max_num": 1},
            "main_story": {"max_num": 1},
            "this_week": {"max_num": 1},
            "next_week": {"max_num": 1},
        }


def weekly_update_starter() -> list[tuple[str, object]]:
    """The body a new weekly update starts with, in the order the updates have always
    had: greeting, main story, sign-off, then this week and next week.

    The main story and the items are left empty, and the greeting has a gap for the
    writer's name, on purpose: a draft saves as it is, but the post cannot be
    submitted for approval or published until they are written or removed, so no
    half-written section goes live.
    """
    return [
        ("greeting", STARTER_GREETING),
        ("main_story", {"heading": "", "body": ""}),
        ("paragraph", "<p>Have a good weekend.</p>"),
        ("this_week", {"heading": THIS_WEEK_HEADING, "items": [{"heading": "", "body": ""}]}),
        ("next_week", {"heading": NEXT_WEEK_HEADING, "items": [""]}),
    ]
