"""Demo news: the index, weekly updates and news posts in ``news.yaml``, loaded by core's demo loader."""

from pathlib import Path

from wyhp_site.core.demo.loader import DataFile, DemoSection, Record

from ..models import NewsIndexPage, PostKind, PostPage

POSTS = DataFile(
    Path(__file__).resolve().parent / "news.yaml",
    required=("slug", "title", "date", "kind", "topics", "intro", "body"),
    optional=("author",),
)


def post_page(record: Record) -> PostPage:
    post = PostPage(
        title=record["title"],
        slug=record["slug"],
        date=record["date"],
        kind=PostKind(record["kind"]),
        author=record.person(record["author"]) if record.get("author") else None,
        intro=record["intro"],
        body=record.stream(PostPage, "body"),
    )
    post.topics = [record.topic(slug) for slug in record["topics"]]
    return post


SECTION = DemoSection(POSTS, NewsIndexPage, post_page)


def build_demo(home, topics: dict, people: dict) -> NewsIndexPage:
    """The news index under ``home`` and the demo posts beneath it; what exists is left alone."""
    return SECTION.build(home, topics, people)
