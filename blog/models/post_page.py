import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page, PageManager
from wagtail.search import index

from wyhp_site.core.content_dates import date_problem, start_of_day
from wyhp_site.core.fields import optional_link
from wyhp_site.core.index_pages import parent_index_page
from wyhp_site.core.page_parts import on_demand
from wyhp_site.core.public_pages import PublicPageQuerySet
from wyhp_site.core.structured_data import SCHEMA_ORG, organisation, person

from ..blocks import PostStreamBlock

# Addresses under /news/ that the news index answers itself.
RESERVED_SLUGS = {"feed", "topic"}
_YEAR_SLUG = re.compile(r"^\d{4}$")
# Posts are dated the day they go live, which may be scheduled ahead, but not by years.
MAX_DATE_AHEAD = datetime.timedelta(days=366)


class PostKind(models.TextChoices):
    WEEKLY_UPDATE = "weekly_update", "Weekly update"
    NEWS = "news", "News"


class PostQuerySet(PublicPageQuerySet):
    def readable(self):
        """Published posts outside any private section, newest first: the one definition
        every listing, archive, feed, previous/next link and other app starts from, so a
        draft, a private post or one waiting for its go-live time never leaks into any.

        Author and author photo come with each post, topics are prefetched, so a
        listing costs the same number of queries however many posts it shows.
        """
        return (
            self.live()
            .public()
            .select_related("author", "author__photo")
            .prefetch_related("topics")
            .order_by("-date", "-pk")
        )


class PostPage(Page):
    """A weekly leadership update or a news post, published under the news index."""

    date = models.DateField(
        default=timezone.localdate,
        help_text="The date readers see.",
    )
    date_follows_go_live = models.BooleanField(
        "date it the day it goes live",
        default=True,
        help_text="While ticked, a post given a go-live time (Schedule, in the status panel) is "
        "dated the day it goes live, UK time, whatever the date above says. Untick to keep "
        "the date above.",
    )
    kind = models.CharField(
        max_length=20,
        choices=PostKind.choices,
        default=PostKind.WEEKLY_UPDATE,
        help_text="A new post starts as a weekly update with the usual sections. "
        "For a news post, choose News and remove the sections you do not need.",
    )
    author = optional_link(
        "core.Person",
        "Who the post is from. Leave blank for a post from the partnership as a whole.",
        related_name="posts",
    )
    topics = ParentalManyToManyField(
        "core.Topic", related_name="posts", blank=True, help_text="What the post is about."
    )
    intro = models.TextField(
        max_length=300,
        help_text="One or two plain sentences for listings, search results, feeds and link previews.",
    )
    lead_image = optional_link(
        "wagtailimages.Image", "Optional. Shown at the top of the post and when it is shared."
    )
    lead_image_alt = models.CharField(
        "lead image alternative text",
        max_length=250,
        blank=True,
        help_text="Describe the image for people who cannot see it.",
    )
    body = StreamField(PostStreamBlock())

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("date_follows_go_live"),
                FieldPanel("kind"),
                FieldPanel("author"),
            ],
            heading="About this post",
        ),
        FieldPanel("intro"),
        FieldPanel("topics", widget=CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading="Lead image"),
        FieldPanel("body"),
    ]
    objects = PageManager.from_queryset(PostQuerySet)()

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["blog.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "post"
        indexes = [models.Index(fields=["-date"], name="blog_post_date_idx")]

    def follow_the_go_live_time(self) -> None:
        """Unless the editor chose to keep their own date, a post scheduled to go live is dated
        the day it goes live in the UK (a Friday 00:30 go-live is that Friday, not Thursday)."""
        if self.date_follows_go_live and self.go_live_at:
            self.date = timezone.localdate(self.go_live_at, timezone.get_default_timezone())

    def save(self, *args, **kwargs):
        self.follow_the_go_live_time()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # Before the date is checked, and before the revision being saved or submitted is
        # written: the date travels with it to the moderator's preview and to publication.
        self.follow_the_go_live_time()
        errors = {}
        if self.slug in RESERVED_SLUGS or _YEAR_SLUG.match(self.slug or ""):
            errors["slug"] = "This address is used by the news pages themselves. Add a word or two to it."
        if self.lead_image_id and not self.lead_image_alt.strip():
            errors["lead_image_alt"] = "Describe the lead image for people who cannot see it."
        if self.date:
            errors["date"] = date_problem(
                self.date,
                latest=timezone.localdate() + MAX_DATE_AHEAD,
                too_late="A post cannot be dated more than a year ahead: check the year.",
            )
        errors = {field: message for field, message in errors.items() if message}
        if errors:
            raise ValidationError(errors)

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        from .news_index_page import NewsIndexPage  # it imports this module

        context = super().get_context(request, *args, **kwargs)
        # Each read only when the page's kept parts are made (core/page_parts.py).
        context.update(
            {
                # Read once: the page lists its topics and names them in its meta tags.
                "topics": on_demand(lambda: list(self.topics.all())),
                "news_index": on_demand(lambda: parent_index_page(self, NewsIndexPage)),
                "structured_data": on_demand(
                    lambda: self.structured_data(request, self.share_image_url(request))
                ),
                "has_video": on_demand(lambda: any(block.block_type == "video" for block in self.body)),
            }
        )
        return context

    def share_image_url(self, request) -> str:
        """The rendition components/social_meta.html shares, so both name the same picture; made
        the way its {% image %} tag makes it, so a lost file leaves the page readable."""
        if not self.lead_image:
            return ""
        return request.build_absolute_uri(get_rendition_or_not_found(self.lead_image, "fill-1200x630").url)

    @property
    def author_name(self) -> str:
        return self.author.name if self.author else settings.WAGTAIL_SITE_NAME

    @property
    def is_weekly_update(self) -> bool:
        return self.kind == PostKind.WEEKLY_UPDATE

    # --- Previous and next ------------------------------------------------
    # Built on the same queryset as the listings, so "next" never points at a
    # draft or private post. A post being previewed before its first save has
    # no primary key yet: every post on its date counts as older.

    def _sibling_posts(self):
        parent_path = self.path[: -self.steplen]
        return (
            PostPage.objects.readable()
            .filter(path__startswith=parent_path, depth=self.depth)
            .exclude(pk=self.pk)
            .prefetch_related(None)
        )

    @cached_property
    def previous_post(self) -> "PostPage | None":
        """The next older post."""
        if not self.path:
            return None
        older = Q(date__lt=self.date)
        older |= Q(date=self.date, pk__lt=self.pk) if self.pk else Q(date=self.date)
        return self._sibling_posts().filter(older).first()

    @cached_property
    def next_post(self) -> "PostPage | None":
        """The next newer post."""
        if not self.path:
            return None
        newer = Q(date__gt=self.date)
        if self.pk:
            newer |= Q(date=self.date, pk__gt=self.pk)
        return self._sibling_posts().filter(newer).order_by("date", "pk").first()

    # --- Structured data ---------------------------------------------------

    @property
    def published_at(self) -> datetime.datetime:
        """When the post came out, in UK time with its offset: the moment it first went live
        when that was on its date, otherwise (a post imported or dated after the event) the
        start of its date, as no time of day was recorded."""
        first = self.first_published_at
        if first and timezone.localdate(first) == self.date:
            return timezone.localtime(first)
        return start_of_day(self.date)

    def structured_data(self, request, image_url: str = "") -> dict:
        """schema.org ``BlogPosting`` (or ``NewsArticle``) for search engines."""
        url = request.build_absolute_uri(self.get_url(request) or request.path)
        publisher = organisation(request)
        published = self.published_at
        modified = self.last_published_at or self.latest_revision_created_at
        # Never before it came out, as for a post published a day ahead of its date.
        modified = max(timezone.localtime(modified), published) if modified else published
        data = {
            "@context": SCHEMA_ORG,
            "@type": "BlogPosting" if self.is_weekly_update else "NewsArticle",
            "headline": self.title[:110],
            "description": self.intro,
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "author": person(self.author) if self.author else publisher,
            "publisher": publisher,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "inLanguage": "en-GB",
        }
        if image_url:
            data["image"] = request.build_absolute_uri(image_url)
        return data
