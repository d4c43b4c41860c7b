import pytest

from blog.demo import build_demo
from blog.models import NewsIndexPage, PostKind, PostPage
from wyhp_site.core.demo.builders import build_core_site


@pytest.fixture
def demo(db):
    home, _pages, topics, people = build_core_site()
    return build_demo(home, topics, people), topics, people


def test_demo_news_spans_two_years_of_weekly_updates_and_some_news_and_renders(client, demo):
    index, _topics, people = demo
    posts = PostPage.objects.live().child_of(index)
    updates = posts.filter(kind=PostKind.WEEKLY_UPDATE)

    assert index.url == "/news/"
    assert updates.count() >= 12
    assert posts.filter(kind=PostKind.NEWS).count() >= 3
    assert {post.date.year for post in updates} >= {2025, 2026}
    assert len({(post.date.year, post.date.month) for post in updates}) >= 6
    assert len({post.author_id for post in updates}) >= 6
    assert all(post.topics.exists() for post in posts)
    assert all(post.date.weekday() == 4 for post in updates)  # Fridays
    for path in (
        "/news/",
        "/news/?page=2",
        "/news/2025/",
        "/news/2026/03/",
        "/news/topic/stroke/",
        "/news/feed/",
    ):
        assert client.get(path).status_code == 200, path
    for post in PostPage.objects.live().child_of(index):
        assert client.get(post.url).status_code == 200, post.url


def test_demo_builds_twice_without_duplicates_or_overwriting(demo):
    index, topics, people = demo
    count = PostPage.objects.count()
    post = PostPage.objects.get(slug="weekly-update-6-march-2026")
    post.title = "Rewritten by the comms team"
    post.save_revision().publish()

    again = build_demo(index.get_parent().specific, topics, people)

    assert again.pk == index.pk
    assert NewsIndexPage.objects.count() == 1
    assert PostPage.objects.count() == count
    assert PostPage.objects.get(slug="weekly-update-6-march-2026").title == "Rewritten by the comms team"
