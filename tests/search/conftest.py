import datetime

import pytest
from django.core.cache import cache
from django.utils.text import slugify

from blog.models import NewsIndexPage, PostPage
from faq.models import FAQEntryPage, FAQIndexPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from wyhp_site.core.models import GlossaryTerm, StandardPage, Topic


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def paragraph(text: str):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture(autouse=True)
def fresh_cache():
    # Wagtail caches site root paths; each test builds its own site.
    cache.clear()


@pytest.fixture
def make_page(home_page):
    """A published standard page under the home page (or ``parent``)."""

    def make(title, text="", *, intro="", slug=None, parent=None):
        slug = slug or slugify(title)
        return publish(
            parent or home_page, StandardPage(title=title, slug=slug, intro=intro, body=paragraph(text))
        )

    return make


@pytest.fixture
def topics(db) -> dict[str, Topic]:
    return {
        slug: Topic.objects.create(name=name, slug=slug)
        for name, slug in [("Stroke", "stroke"), ("Cancer", "cancer"), ("Unpaid carers", "unpaid-carers")]
    }


@pytest.fixture
def glossary(db) -> dict[str, GlossaryTerm]:
    terms = [
        ("ICS", "integrated care system", "Partners in one area planning care together."),
        ("A&E", "accident and emergency", "The hospital department for urgent injuries and illness."),
        ("HASU", "hyper-acute stroke unit", "Specialist care in the first hours after a stroke."),
    ]
    return {
        abbreviation: GlossaryTerm.objects.create(
            abbreviation=abbreviation, expansion=expansion, definition=definition
        )
        for abbreviation, expansion, definition in terms
    }


@pytest.fixture
def faq_index(home_page) -> FAQIndexPage:
    return publish(home_page, FAQIndexPage(title="Questions and answers", slug="faq"))


@pytest.fixture
def make_question(faq_index):
    def make(title, short_answer, answer="", *, topics=(), asked=datetime.date(2017, 11, 1), estimate=False):
        slug = slugify(title)[:50]
        page = FAQEntryPage(
            title=title,
            slug=slug,
            short_answer=short_answer,
            answer=paragraph(answer or short_answer),
            date_asked=asked,
            date_is_estimate=estimate,
            last_reviewed=datetime.date(2024, 1, 1),
        )
        faq_index.add_child(instance=page)
        page.topics.set(topics)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def news_index(home_page) -> NewsIndexPage:
    return publish(home_page, NewsIndexPage(title="News", slug="news"))


@pytest.fixture
def make_post(news_index):
    def make(title, intro, text="", *, topics=(), date=datetime.date(2018, 1, 12), kind="news"):
        slug = slugify(title)[:50]
        page = PostPage(
            title=title, slug=slug, intro=intro, body=paragraph(text or intro), date=date, kind=kind
        )
        news_index.add_child(instance=page)
        page.topics.set(topics)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def programme_index(home_page) -> ProgrammeIndexPage:
    return publish(
        home_page, ProgrammeIndexPage(title="Programmes", slug="programmes", intro="Our programmes.")
    )


@pytest.fixture
def make_programme(programme_index):
    def make(title, summary, text="", *, topic):
        page = ProgrammePage(
            title=title,
            slug=slugify(title),
            summary=summary,
            topic=topic,
            body=paragraph(text or summary),
            contact_email="team@example.org",
        )
        return publish(programme_index, page)

    return make
