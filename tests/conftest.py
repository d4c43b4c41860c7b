import datetime

import pytest
from django.core.cache import cache
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site

from blog.models import NewsIndexPage, PostPage
from faq.models import FAQEntryPage, FAQIndexPage
from programmes.models import ProgrammeIndexPage, ProgrammeLead, ProgrammePage
from wyhp_site.core.models import HomePage, Person, StandardPage, Topic


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: sign-in throttles and Wagtail's cached site
    root paths must not carry over from another test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db) -> HomePage:
    """A published home page at the root of the default site, as the demo command leaves it."""
    root = Page.get_first_root_node()
    root.get_children().delete()  # Wagtail's placeholder welcome page
    home = HomePage(title="Working together", slug="home", intro="Health and care partners, together.")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Test site")
    return home


@pytest.fixture
def about_page(home_page) -> StandardPage:
    page = StandardPage(
        title="About us",
        slug="about-us",
        intro="Who we are.",
        body=[("paragraph", "<p>We are a partnership of councils and the NHS.</p>")],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


# Page factories shared by the content areas that show each other's pages
# (programme pages and the home page list questions, posts and programmes).


@pytest.fixture
def stroke(db) -> Topic:
    return Topic.objects.create(name="Stroke", slug="stroke", description="Stroke care.")


@pytest.fixture
def cancer(db) -> Topic:
    return Topic.objects.create(name="Cancer", slug="cancer", description="Cancer care.")


@pytest.fixture
def make_person(db):
    def make(name, role="Programme Director", organisation="The partnership", photo=False):
        image = None
        if photo:
            image = Image.objects.create(title=f"{name} photo", file=get_test_image_file())
        return Person.objects.create(name=name, role=role, organisation=organisation, photo=image)

    return make


@pytest.fixture
def programme_index(home_page) -> ProgrammeIndexPage:
    index = ProgrammeIndexPage(title="Our programmes", slug="programmes", intro="What we do together.")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_programme(programme_index, make_person):
    def make(title, topic, *, slug=None, leads=None, body=None, status="", publish=True, **fields):
        leads = leads or [(make_person(f"Lead of {title}"), "Programme Director")]
        page = ProgrammePage(
            title=title,
            slug=slug or title.lower().replace(" ", "-"),
            summary=fields.pop("summary", f"What the {title.lower()} programme does."),
            topic=topic,
            status=status,
            body=body or [("paragraph", f"<p>About {title.lower()}.</p>")],
            contact_email=fields.pop("contact_email", "team@example.org"),
            # The admin numbers inline rows; without sort_order their order is up to the database.
            leads=[
                ProgrammeLead(person=person, role=role, sort_order=position)
                for position, (person, role) in enumerate(leads)
            ],
            **fields,
        )
        programme_index.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        else:
            page.unpublish()
        return page

    return make


@pytest.fixture
def faq_index(home_page) -> FAQIndexPage:
    index = FAQIndexPage(title="Questions and answers", slug="faq")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_entry(faq_index):
    def make(question, topics, date_asked, *, publish=True, estimate=False):
        entry = FAQEntryPage(
            title=question,
            date_is_estimate=estimate,
            short_answer=f"Short answer to: {question}",
            answer=[("paragraph", "<p>The full answer.</p>")],
            date_asked=date_asked,
            last_reviewed=datetime.date(2026, 1, 1),
            topics=topics,
        )
        faq_index.add_child(instance=entry)
        if publish:
            entry.save_revision().publish()
        else:
            entry.unpublish()
        return entry

    return make


@pytest.fixture
def news_index(home_page) -> NewsIndexPage:
    index = NewsIndexPage(title="News", slug="news")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_post(news_index):
    def make(title, topics, date, *, kind="news", publish=True):
        post = PostPage(
            title=title,
            date=date,
            kind=kind,
            intro=f"Intro to {title}",
            body=[("paragraph", "<p>The post.</p>")],
            topics=topics,
        )
        news_index.add_child(instance=post)
        if publish:
            post.save_revision().publish()
        else:
            post.unpublish()
        return post

    return make
