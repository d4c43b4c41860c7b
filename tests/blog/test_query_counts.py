"""Every news page costs the same number of queries however many posts there are."""

import datetime

from blog.models import PostKind
from tests.factories import PersonFactory, TopicFactory
from tests.queries import queries_for

D = datetime.date


def add_posts(make_post, count, start, photo=None):
    """``count`` posts over several months, each by its own author with a photo, with two topics."""
    topics = [TopicFactory(name=f"Topic {start}-{n}") for n in range(3)]
    for n in range(count):
        author = PersonFactory(name=f"Author {start}-{n}", role="Director", photo=photo)
        make_post(
            f"Post {start}-{n}",
            date=D(2026, 1 + (n % 3), 1 + n),
            kind=PostKind.NEWS if n % 2 else PostKind.WEEKLY_UPDATE,
            author=author,
            topics=[topics[n % 3], topics[(n + 1) % 3]],
        )
    return topics


PATHS = [
    "/news/",
    "/news/?kind=news",
    "/news/?page=1",
    "/news/2026/",
    "/news/2026/01/",
    "/news/topic/shared/",
    "/news/feed/",
    "/news/feed/atom/",
]


def test_listings_and_feeds_do_not_grow_with_the_number_of_posts(client, make_post, photo, make_update):
    shared = TopicFactory(name="Shared")
    make_update("Seed", date=D(2026, 1, 1), topics=[shared])
    add_posts(make_post, 2, start=1, photo=photo)
    few = {path: queries_for(client, path) for path in PATHS}

    for post_number in range(11):
        make_update(f"Shared {post_number}", date=D(2026, 1, 2), topics=[shared])
    add_posts(make_post, 12, start=2, photo=photo)
    many = {path: queries_for(client, path) for path in PATHS}

    assert few == many


def test_post_page_does_not_grow_with_topics_or_posts(client, make_update, amira):
    topics = [TopicFactory(name=f"Topic {n}") for n in range(8)]
    older = make_update("Older", date=D(2026, 1, 2))
    post = make_update("The post", date=D(2026, 1, 9), author=amira, topics=topics[:1])
    make_update("Newer", date=D(2026, 1, 16))
    few = queries_for(client, post.url)

    for n in range(6):
        make_update(f"Another {n}", date=D(2025, 6, 1 + n), topics=topics)
    post.topics = topics
    post.save_revision().publish()
    older.save_revision().publish()
    many = queries_for(client, post.url)

    assert few == many
