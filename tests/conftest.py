"""Fixtures every test package shares, built on the factories in ``tests/factories.py``.

Each name means the same thing in every folder. The ``make_*`` fixtures take
``publish``: True (the default) leaves a published revision, as an editor's
Publish does; False a draft that was never live; None the page live as saved,
without a revision, which is quicker for tests that only read listings.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from faq.models import FAQRelatedQuestion
from tests.factories import (
    FAQEntryPageFactory,
    FAQIndexPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    PersonFactory,
    PostPageFactory,
    ProgrammeIndexPageFactory,
    ProgrammeLeadFactory,
    ProgrammePageFactory,
    SiteAlertFactory,
    StandardPageFactory,
    TeamFactory,
    TopicFactory,
    paragraph,
)
from tests.smtp import start_smtp_server
from wyhp_site.core.models import HomePage, SiteAlert, StandardPage, Topic
from wyhp_site.core.roles import COMMS, MODERATORS
from wyhp_site.search.query_log import pending_searches


def given(**fields):
    """The fields a caller set, leaving the factory's defaults for the rest."""
    return {name: value for name, value in fields.items() if value}


def save(page, publish=True, *, private=False):
    """Give a page made by a factory the history ``publish`` asks for (see the module docstring)."""
    if publish is not None:
        revision = page.save_revision()
        if publish:
            revision.publish()
    if private:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    page.refresh_from_db()
    return page


@pytest.fixture
def member(django_user_model):
    """A user in one of the roles' groups: ``member(EDITORS)``."""

    def make(group_name):
        user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def comms_user(member):
    return member(COMMS)


@pytest.fixture
def moderator(member):
    return member(MODERATORS)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: sign-in throttles and Wagtail's cached site
    root paths must not carry over from another test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def no_search_counts_between_tests():
    """Search counts wait in the worker's memory until written (search/query_log.py): none
    from one test in another, and none left to write at exit into a database with no tables."""
    pending_searches.discard()
    yield
    pending_searches.discard()


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server the mail worker sends to (``tests/smtp.py``); what it received."""
    inbox, controller = start_smtp_server(settings)
    yield inbox
    controller.stop()


@pytest.fixture
def home_page(db) -> HomePage:
    """A published home page at the root of the default site, as the demo command leaves it."""
    root = Page.get_first_root_node()
    root.get_children().delete()  # Wagtail's placeholder welcome page
    home = save(HomePageFactory(parent=root))
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Test site")
    return home


def section_index(name, page_factory):
    """A fixture called ``name``: that section's index page, published under the home page."""

    @pytest.fixture(name=name)
    def index(home_page):
        return save(page_factory(parent=home_page))

    return index


faq_index = section_index("faq_index", FAQIndexPageFactory)
news_index = section_index("news_index", NewsIndexPageFactory)
programme_index = section_index("programme_index", ProgrammeIndexPageFactory)


@pytest.fixture
def about_page(home_page) -> StandardPage:
    return save(
        StandardPageFactory(
            parent=home_page,
            title="About us",
            intro="Who we are.",
            body=paragraph("We are a partnership of councils and the NHS."),
        )
    )


@pytest.fixture
def make_page(home_page):
    """A standard page under the home page (or ``parent``), its body one paragraph of ``text``."""

    def make(title, text="", *, intro="", slug="", parent=None, publish=True):
        page = StandardPageFactory(
            parent=parent or home_page,
            title=title,
            slug=slug,
            intro=intro,
            body=paragraph(text),
            live=publish is not False,
        )
        return save(page, publish)

    return make


@pytest.fixture
def stroke(db) -> Topic:
    return TopicFactory(name="Stroke", slug="stroke", description="Stroke care.")


@pytest.fixture
def cancer(db) -> Topic:
    return TopicFactory(name="Cancer", slug="cancer", description="Cancer care.")


@pytest.fixture
def topics(stroke, cancer) -> dict[str, Topic]:
    """Every topic the tests name, by slug (``stroke`` and ``cancer`` are the fixtures of those names)."""
    others = ["Mental health", "Funding and finance", "Unpaid carers"]
    made = [TopicFactory(name=name) for name in others]
    return {topic.slug: topic for topic in [stroke, cancer, *made]}


@pytest.fixture
def make_team(db):
    """A team that owns answers; its contact email is made from its name unless given."""

    def make(name, contact_email=None):
        return TeamFactory(name=name, **given(contact_email=contact_email))

    return make


@pytest.fixture
def make_person(db):
    def make(name, role="Programme Director", organisation="The partnership", photo=False):
        image = ImageFactory(title=f"{name} photo") if photo else None
        return PersonFactory(name=name, role=role, organisation=organisation, photo=image)

    return make


@pytest.fixture
def make_programme(programme_index, make_person):
    """A programme page; ``leads`` is a list of (person, role), one made-up lead unless given
    (``leads=[]`` for none); ``text`` is its body as one paragraph."""

    def make(title, topic, *, slug="", leads=None, body=None, status="", publish=True, text=None, **fields):
        if leads is None:
            leads = [(make_person(f"Lead of {title}"), "Programme Director")]
        page = ProgrammePageFactory(
            **given(body=body or text and paragraph(text)),
            parent=programme_index,
            title=title,
            slug=slug,
            topic=topic,
            status=status,
            live=publish is not False,
            # The admin numbers inline rows; without sort_order their order is up to the database.
            leads=[
                ProgrammeLeadFactory.build(person=person, role=role, sort_order=position)
                for position, (person, role) in enumerate(leads)
            ],
            **fields,
        )
        return save(page, publish)

    return make


@pytest.fixture
def make_entry(faq_index, request):
    """A question under the FAQ index, on the stroke topic unless ``topics`` says otherwise.

    ``text`` is the full answer as one paragraph, ``answer`` a whole StreamField value;
    ``reviewed`` the date the answer was last reviewed (today unless given), ``review_every``
    the months until it is due again (24 unless given) and ``team`` its owning team (none
    unless given); ``related`` other entries it links to.
    """

    def make(
        question=None,
        topics=None,
        date_asked=datetime.date(2018, 3, 1),
        *,
        publish=True,
        estimate=False,
        reviewed=None,
        short_answer=None,
        answer=None,
        text=None,
        related=(),
        slug="",
        private=False,
        team=None,
        review_every=None,
    ):
        entry = FAQEntryPageFactory(
            **given(title=question, short_answer=short_answer, answer=answer or text and paragraph(text)),
            parent=faq_index,
            slug=slug,
            date_asked=date_asked,
            date_is_estimate=estimate,
            last_reviewed=reviewed or timezone.localdate(),
            **given(review_interval_months=review_every),
            owning_team=team,
            topics=list(topics) if topics is not None else [request.getfixturevalue("stroke")],
            related_question_links=[FAQRelatedQuestion(question=page) for page in related],
            live=publish is not False,
        )
        return save(entry, publish, private=private)

    return make


@pytest.fixture
def make_post(news_index):
    """A post under the news index; ``text`` is its body as one paragraph, ``body`` a whole
    StreamField value; ``private=True`` puts it behind a password, as an editor's privacy
    setting would."""

    def make(
        title=None,
        topics=(),
        date=datetime.date(2026, 3, 6),
        *,
        kind="news",
        publish=True,
        intro=None,
        text=None,
        body=None,
        private=False,
        slug="",
        **fields,
    ):
        post = PostPageFactory(
            **given(title=title, intro=intro, body=body or text and paragraph(text)),
            parent=news_index,
            slug=slug,
            date=date,
            kind=kind,
            topics=list(topics),
            live=publish is not False,
            **fields,
        )
        return save(post, publish, private=private)

    return make


@pytest.fixture
def make_alert(home_page):
    """A site alert with ``text`` (a paragraph), ``publish``ed as a moderator's Publish would,
    or a draft that was never live (``publish=False``)."""

    def make(text="Our offices are closed on Monday.", *, publish=True, **fields) -> SiteAlert:
        alert = SiteAlertFactory(text=f"<p>{text}</p>", **fields)
        revision = alert.save_revision()
        if publish:
            revision.publish()
        alert.refresh_from_db()
        return alert

    return make
