import datetime

import pytest
from bs4 import BeautifulSoup

from blog.models import PostKind
from tests.html import h1_texts

D = datetime.date


def listed_titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".blog-post-list h2 a")]


def test_listing_shows_posts_newest_first_with_their_details(client, make_post, amira, stroke, make_update):
    make_post("Older news", date=D(2025, 11, 7), kind=PostKind.NEWS)
    make_update(
        "Newest update", date=D(2026, 3, 20), author=amira, topics=[stroke], intro="Amira on stroke care."
    )
    make_update("Middle update", date=D(2026, 1, 9))

    response = client.get("/news/")
    html = response.content.decode()

    assert response.status_code == 200
    assert h1_texts(html) == ["News"]
    assert listed_titles(response) == ["Newest update", "Middle update", "Older news"]
    assert '<time datetime="2026-03-20">20 March 2026</time>' in html
    assert "Amira Hussain, Chief Executive Lead" in html
    assert "Amira on stroke care." in html
    assert '<a href="/news/topic/stroke/">Stroke</a>' in html


def test_posts_on_the_same_day_keep_a_stable_order(client, make_update):
    first = make_update("Written first", date=D(2026, 3, 6))
    second = make_update("Written second", date=D(2026, 3, 6))
    assert first.pk < second.pk

    assert listed_titles(client.get("/news/")) == ["Written second", "Written first"]


def test_listing_pages_ten_at_a_time(client, make_update):
    for day in range(1, 24):
        make_update(f"Post {day:02d}", date=D(2026, 1, day))

    first = client.get("/news/")
    third = client.get("/news/?page=3")

    assert listed_titles(first) == [f"Post {day:02d}" for day in range(23, 13, -1)]
    assert listed_titles(third) == ["Post 03", "Post 02", "Post 01"]
    assert "nhsuk-pagination--numbered" in first.content.decode()
    assert 'href="?page=2"' in first.content.decode()
    assert "Showing 21 to 23 of 23 posts" in third.content.decode()


@pytest.mark.parametrize("number", ["abc", "0", "-1", "4", "99999", "1.5", ""])
def test_odd_page_numbers_are_not_found(client, make_update, number):
    for day in range(1, 24):
        make_update(f"Post {day}", date=D(2026, 1, day))

    assert client.get("/news/", {"page": number}).status_code == 404


def test_an_empty_listing_says_so(client, news_index):
    response = client.get("/news/")

    assert response.status_code == 200
    assert "Nothing has been published here yet." in response.content.decode()


def test_filter_by_kind_keeps_the_filter_across_pages(client, make_post, make_update):
    for day in range(1, 13):
        make_update(f"Update {day}", date=D(2026, 2, day))
    make_post("Big news", date=D(2026, 2, 20), kind=PostKind.NEWS)

    news = client.get("/news/?kind=news")
    updates = client.get("/news/?kind=weekly_update")

    assert listed_titles(news) == ["Big news"]
    assert h1_texts(news.content.decode()) == ["News"]
    assert len(listed_titles(updates)) == 10
    assert h1_texts(updates.content.decode()) == ["Weekly updates"]
    assert 'href="?kind=weekly_update&amp;page=2"' in updates.content.decode()
    assert 'href="/news/?kind=news" aria-current="page">News</a>' in news.content.decode()


def test_an_unknown_kind_is_not_found_and_says_why(client, make_update):
    make_update("An update")

    response = client.get("/news/?kind=podcast")

    assert response.status_code == 404
    assert "There is no such kind of post" in response.content.decode()
    assert listed_titles(response) == []


def test_topic_page_lists_only_that_topics_posts(client, make_update, stroke, cancer):
    make_update("Stroke units", date=D(2026, 1, 9), topics=[stroke])
    make_update("Both", date=D(2026, 2, 6), topics=[stroke, cancer])
    make_update("Cancer checks", date=D(2026, 3, 6), topics=[cancer])

    response = client.get("/news/topic/stroke/")
    html = response.content.decode()

    assert response.status_code == 200
    assert listed_titles(response) == ["Both", "Stroke units"]
    assert h1_texts(html) == ["Stroke: news and weekly updates"]
    assert "Stroke care." in html
    assert 'href="/news/topic/stroke/" aria-current="page">Stroke</a>' in html


def test_topic_without_posts_is_empty_not_missing(client, news_index, stroke):
    response = client.get("/news/topic/stroke/")

    assert response.status_code == 200
    assert "Nothing has been published about stroke yet." in response.content.decode()


def test_unknown_topic_is_not_found(client, news_index):
    assert client.get("/news/topic/no-such-topic/").status_code == 404


def breadcrumb_texts(soup):
    return [a.get_text() for a in soup.select(".nhsuk-breadcrumb__list a")]


def breadcrumb_hrefs(soup):
    return [a["href"] for a in soup.select(".nhsuk-breadcrumb__list a")]


# Each case: the posts (title: date published), the archive's address, the period its
# heading names, the titles it lists, and how its breadcrumbs must read.
@pytest.mark.parametrize(
    ("posts", "url", "period", "titles", "breadcrumbs"),
    [
        (
            {"December 2025": "2025-12-05", "January 2026": "2026-01-09", "March 2026": "2026-03-06"},
            "/news/2026/",
            "2026",
            ["March 2026", "January 2026"],
            (breadcrumb_texts, ["Home", "News"]),
        ),
        (
            {
                "Early March": "2026-03-06",
                "Late March": "2026-03-31",
                "April": "2026-04-01",
                "February": "2026-02-28",
            },
            "/news/2026/03/",
            "March 2026",
            ["Late March", "Early March"],
            (breadcrumb_hrefs, ["/", "/news/", "/news/2026/"]),
        ),
    ],
    ids=["year", "month"],
)
def test_archive_lists_only_its_period_with_a_heading_and_breadcrumbs(
    client, make_update, posts, url, period, titles, breadcrumbs
):
    for title, date in posts.items():
        make_update(title, date=D.fromisoformat(date))

    response = client.get(url)

    assert response.status_code == 200
    assert listed_titles(response) == titles
    assert h1_texts(response.content.decode()) == [f"News and weekly updates from {period}"]
    read_breadcrumbs, expected_breadcrumbs = breadcrumbs
    assert read_breadcrumbs(BeautifulSoup(response.content, "html.parser")) == expected_breadcrumbs


def test_archive_navigation_counts_posts_by_year_and_month(client, make_update):
    make_update("One", date=D(2025, 12, 5))
    make_update("Two", date=D(2026, 3, 6))
    make_update("Three", date=D(2026, 3, 20))
    make_update("Draft", date=D(2026, 3, 27), publish=False)

    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    nav = soup.find("nav", attrs={"aria-labelledby": "browse-dates"})
    summaries = [" ".join(s.get_text().split()) for s in nav.select("summary")]
    months = [" ".join(li.get_text().split()) for li in nav.select("li") if "All of" not in li.get_text()]

    assert summaries == ["2026 (2 posts)", "2025 (1 post)"]
    assert months == ["March 2026 (2 posts)", "December 2025 (1 post)"]
    assert nav.find("a", href="/news/2026/03/") is not None


def test_empty_month_is_not_found_but_explains_and_offers_the_archive(client, make_update):
    make_update("March", date=D(2026, 3, 6))

    response = client.get("/news/2026/02/")

    assert response.status_code == 404
    assert "Nothing was published in February 2026." in response.content.decode()
    assert 'href="/news/2026/03/"' in response.content.decode()


def test_empty_year_is_not_found(client, make_update):
    make_update("March", date=D(2026, 3, 6))

    assert client.get("/news/2019/").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/news/2026/13/", "/news/2026/00/", "/news/2026/3/", "/news/0000/", "/news/0000/01/", "/news/9999/12/"],
)
def test_invalid_dates_are_not_found(client, make_update, path):
    make_update("March", date=D(2026, 3, 6))

    assert client.get(path).status_code == 404


def test_drafts_and_private_posts_are_never_listed(client, make_update, stroke):
    make_update("Public post", date=D(2026, 3, 6), topics=[stroke])
    make_update("Draft post", date=D(2026, 3, 6), topics=[stroke], publish=False)
    make_update("Private post", date=D(2026, 3, 6), topics=[stroke], private=True)

    for path in (
        "/news/",
        "/news/2026/",
        "/news/2026/03/",
        "/news/topic/stroke/",
        "/news/?kind=weekly_update",
    ):
        response = client.get(path)
        html = response.content.decode()
        assert listed_titles(response) == ["Public post"], path
        assert "Draft post" not in html and "Private post" not in html, path
        counts = " ".join(BeautifulSoup(html, "html.parser").get_text().split())
        assert "(1 post)" in counts and "(2 posts)" not in counts and "(3 posts)" not in counts, path


def test_private_and_draft_posts_are_not_public(client, make_update):
    draft = make_update("Draft post", publish=False)
    private = make_update("Private post", private=True, text="The full story of Private post.")

    assert client.get(draft.url or f"/news/{draft.slug}/").status_code == 404
    response = client.get(f"/news/{private.slug}/")
    assert response.status_code == 200  # Wagtail's password form, not the post
    assert "The full story of Private post" not in response.content.decode()


def test_a_kind_filter_with_nothing_to_show_says_so(client, make_update, stroke):
    make_update("A March update", date=D(2026, 3, 6), topics=[stroke])

    archive = client.get("/news/2026/03/?kind=news")
    topic = client.get("/news/topic/stroke/?kind=news")

    assert archive.status_code == 404
    assert "There is no news here." in archive.content.decode()
    assert topic.status_code == 200
    assert "There is no news here." in topic.content.decode()
