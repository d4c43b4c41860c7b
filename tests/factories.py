"""One factory per model, shared by every test package.

Page factories take ``parent=`` and save the page live, without a revision, as
``add_child`` leaves it; the fixtures in ``tests/conftest.py`` add the
published revision or the draft an editor would leave. Values are fixed, not
random, so a failing test shows the same page every run.
"""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection

from blog.models import NewsIndexPage, PostKind, PostPage
from faq.models import AnswerFeedback, FAQEntryPage, FAQIndexPage
from programmes.models import ProgrammeIndexPage, ProgrammeLead, ProgrammePage
from wyhp_site.core.models import GlossaryTerm, HomePage, Person, SiteAlert, StandardPage, Team, Topic


def paragraph(text: str) -> list:
    """A StreamField value of one paragraph block."""
    return [("paragraph", f"<p>{text}</p>")]


def published_on(page, first: datetime.date, last: datetime.date | None = None):
    """``page`` as if first published on ``first`` and last republished on ``last`` (the same
    day unless given), at noon UK time: a history no test can wait for."""
    noon = datetime.time(12)
    history = {
        "first_published_at": timezone.make_aware(datetime.datetime.combine(first, noon)),
        "last_published_at": timezone.make_aware(datetime.datetime.combine(last or first, noon)),
    }
    type(page).objects.filter(pk=page.pk).update(**history)
    page.refresh_from_db()
    return page


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))
    description = ""


class GlossaryTermFactory(DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    abbreviation = factory.Sequence(lambda n: f"T{n}")
    expansion = factory.Sequence(lambda n: f"term {n}")
    definition = "What the term means."


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Team {n}")
    contact_email = factory.LazyAttribute(lambda team: f"{slugify(team.name)}@partnership.example")


# wagtail-factories would make each image or document a new root collection; Wagtail expects one root.
root_collection = factory.LazyFunction(Collection.get_first_root_node)


class SiteAlertFactory(DjangoModelFactory):
    """An alert as saved, not yet published: the ``make_alert`` fixture publishes it."""

    class Meta:
        model = SiteAlert

    text = "<p>Our offices are closed on Monday.</p>"
    live = False


class ImageFactory(wagtail_factories.ImageFactory):
    collection = root_collection
    title = "Head and shoulders"
    file = factory.django.ImageField(width=300, height=300, format="PNG", filename="photo.png")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = root_collection
    title = "A board paper"
    file = factory.LazyAttribute(lambda document: ContentFile(b"A board paper.", name="board-paper.pdf"))
    # The admin's upload form records the size; so does this.
    file_size = factory.LazyAttribute(lambda document: document.file.size)


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Programme Director"
    organisation = "The partnership"
    photo = None


class PageFactory(wagtail_factories.PageFactory):
    """No slug unless given: Wagtail makes one from the title, numbered when a sibling has it
    already, as the admin does."""

    class Meta:
        abstract = True

    slug = ""
    title = factory.Sequence(lambda n: f"Page {n}")


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Working together"
    slug = "home"
    intro = "Health and care partners, together."


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = ""
    body = factory.LazyAttribute(lambda page: paragraph(f"About {page.title.lower()}."))


# Each section's index page, at the address the site gives it.
FAQIndexPageFactory = factory.make_factory(
    FAQIndexPage, FACTORY_CLASS=PageFactory, title="Questions and answers", slug="faq"
)
NewsIndexPageFactory = factory.make_factory(
    NewsIndexPage, FACTORY_CLASS=PageFactory, title="News", slug="news"
)
ProgrammeIndexPageFactory = factory.make_factory(
    ProgrammeIndexPage,
    FACTORY_CLASS=PageFactory,
    title="Our programmes",
    slug="programmes",
    intro="What we do together.",
)


class FAQEntryPageFactory(PageFactory):
    class Meta:
        model = FAQEntryPage

    title = factory.Sequence(lambda n: f"Question number {n}?")
    short_answer = factory.LazyAttribute(lambda entry: f"Short answer to: {entry.title}")
    answer = factory.LazyFunction(lambda: paragraph("The full answer."))
    date_asked = datetime.date(2018, 3, 1)
    last_reviewed = factory.LazyFunction(timezone.localdate)


class AnswerFeedbackFactory(DjangoModelFactory):
    """A reader's Yes (unless ``useful=False``) on ``entry=``, given today."""

    class Meta:
        model = AnswerFeedback

    useful = True
    comment = ""
    date = factory.LazyFunction(timezone.localdate)


class PostPageFactory(PageFactory):
    class Meta:
        model = PostPage

    title = factory.Sequence(lambda n: f"Post number {n}")
    date = datetime.date(2026, 3, 6)
    kind = PostKind.NEWS
    intro = factory.LazyAttribute(lambda post: f"Intro to {post.title}")
    body = factory.LazyFunction(lambda: paragraph("The post."))


class ProgrammePageFactory(PageFactory):
    class Meta:
        model = ProgrammePage

    title = factory.Sequence(lambda n: f"Programme {n}")
    summary = factory.LazyAttribute(lambda page: f"What the {page.title.lower()} programme does.")
    topic = factory.SubFactory(TopicFactory)
    status = ""
    body = factory.LazyAttribute(lambda page: paragraph(f"About {page.title.lower()}."))
    contact_email = "team@example.org"


class ProgrammeLeadFactory(DjangoModelFactory):
    class Meta:
        model = ProgrammeLead

    person = factory.SubFactory(PersonFactory)
    role = "Programme Director"
