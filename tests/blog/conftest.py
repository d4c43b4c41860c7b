import datetime
import itertools

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from blog.models import NewsIndexPage, PostKind, PostPage
from wyhp_site.core.models import Person, Topic
from wyhp_site.core.roles import COMMS, MODERATORS

_slugs = itertools.count(1)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Photos and renditions made by a test go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def empty_cache():
    """The feed links are cached; each test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def news_index(home_page) -> NewsIndexPage:
    index = NewsIndexPage(title="News and weekly updates", slug="news", intro="The latest from our leaders.")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def stroke(db) -> Topic:
    return Topic.objects.create(name="Stroke", slug="stroke", description="Stroke care and recovery.")


@pytest.fixture
def cancer(db) -> Topic:
    return Topic.objects.create(name="Cancer", slug="cancer", description="Finding cancer early.")


@pytest.fixture
def photo(db) -> Image:
    return Image.objects.create(title="Head and shoulders", file=get_test_image_file(size=(300, 300)))


@pytest.fixture
def amira(photo) -> Person:
    return Person.objects.create(
        name="Amira Hussain", role="Chief Executive Lead", organisation="The partnership", photo=photo
    )


@pytest.fixture
def make_post(news_index):
    """A post under the news index, published unless ``live=False``.

    ``private=True`` puts it behind a password, as an editor's privacy setting would.
    """

    def make(
        title="A week of progress",
        date=datetime.date(2026, 3, 6),
        *,
        kind=PostKind.WEEKLY_UPDATE,
        author=None,
        topics=(),
        intro=None,
        body=None,
        live=True,
        private=False,
        **fields,
    ):
        post = PostPage(
            title=title,
            slug=fields.pop("slug", f"post-{next(_slugs)}"),
            date=date,
            kind=kind,
            author=author,
            intro=intro or f"What happened: {title}.",
            body=body or [("paragraph", f"<p>The full story of {title}.</p>")],
            topics=list(topics),
            **fields,
        )
        if not live:
            post.live = False
        news_index.add_child(instance=post)
        revision = post.save_revision()
        if live:
            revision.publish()
        if private:
            PageViewRestriction.objects.create(
                page=post, restriction_type=PageViewRestriction.PASSWORD, password="secret"
            )
        post.refresh_from_db()
        return post

    return make


@pytest.fixture
def member(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(username=f"{group_name.lower()}-user", password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def comms_user(member):
    return member(COMMS)


@pytest.fixture
def moderator(member):
    return member(MODERATORS)
