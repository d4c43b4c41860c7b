import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from blog.blocks import VideoBlock, parse_video_url
from blog.models import PostKind
from tests.factories import published_on
from tests.html import h1_texts, headings, served_html

D = datetime.date


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def structured_data(response) -> dict:
    scripts = soup_of(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def meta(soup: BeautifulSoup, key: str) -> list[str]:
    return [
        tag["content"]
        for tag in soup.find_all("meta", attrs={"property": key}) + soup.find_all("meta", attrs={"name": key})
    ]


WEEKLY_BODY = [
    ("paragraph", "<p>Hello, I'm Amira and welcome to this week's update.</p>"),
    (
        "this_week",
        {
            "heading": "What else has been happening this week?",
            "items": [
                {"heading": "Board meeting", "body": "<p>The board met in public.</p>"},
                {"heading": "Flu jabs", "body": "<p>Staff can book now.</p>"},
            ],
        },
    ),
    ("next_week", {"heading": "What's happening next week?", "items": ["Planners meet on Tuesday."]}),
    ("quote", {"quote": "We listened.", "attribution": "A carer", "role": "Calderdale"}),
    ("paragraph", "<p>Have a good weekend.</p>"),
]


def test_post_page_shows_everything_a_reader_needs(client, make_update, amira, stroke, cancer):
    post = make_update(
        "Getting ready for winter",
        date=D(2026, 3, 6),
        author=amira,
        topics=[stroke, cancer],
        intro="Amira on the winter plan.",
        body=WEEKLY_BODY,
    )

    html = served_html(client, post.url)
    soup = BeautifulSoup(html, "html.parser")

    assert h1_texts(html) == ["Getting ready for winter"]
    assert '<time datetime="2026-03-06">6 March 2026</time>' in html
    author = soup.select_one(".blog-author")
    assert "Amira Hussain" in author.get_text() and "Chief Executive Lead" in author.get_text()
    assert author.find("img")["src"].endswith(".png")
    assert "Amira on the winter plan." in html
    assert [text for tag, text in headings(html) if tag in ("h2", "h3")] == [
        "What else has been happening this week?",
        "Board meeting",
        "Flu jabs",
        "What's happening next week?",
    ]
    assert "<li>Planners meet on Tuesday.</li>" in html
    assert soup.select_one("blockquote").get_text(strip=True) == "We listened."
    assert "A carer, Calderdale" in soup.select_one("figcaption").get_text()
    assert [a["href"] for a in soup.select(".blog-topics a")] == [
        "/news/topic/cancer/",
        "/news/topic/stroke/",
    ]
    assert [a.get_text() for a in soup.select(".nhsuk-breadcrumb__list a")] == [
        "Home",
        "News",
    ]


def test_a_post_from_the_partnership_names_the_partnership(client, make_post):
    post = make_post("Partnership news", kind=PostKind.NEWS, author=None)

    author = soup_of(client.get(post.url)).select_one(".blog-author").get_text()

    assert "West Yorkshire and Harrogate Health and Care Partnership" in author


def test_previous_and_next_skip_drafts_and_private_posts(client, make_update):
    oldest = make_update("Oldest", date=D(2026, 1, 2))
    make_update("Draft between", date=D(2026, 1, 9), publish=False)
    make_update("Private between", date=D(2026, 1, 10), private=True)
    middle = make_update("Middle", date=D(2026, 1, 16))
    newest = make_update("Newest", date=D(2026, 1, 23))

    soup = soup_of(client.get(middle.url))

    assert soup.find("a", rel="prev")["href"] == oldest.url
    assert soup.find("a", rel="next")["href"] == newest.url
    assert soup_of(client.get(oldest.url)).find("a", rel="prev") is None
    assert soup_of(client.get(newest.url)).find("a", rel="next") is None


def test_previous_and_next_on_the_same_day_follow_the_listing_order(client, make_update):
    first = make_update("First that day", date=D(2026, 1, 9))
    second = make_update("Second that day", date=D(2026, 1, 9))

    assert soup_of(client.get(first.url)).find("a", rel="next")["href"] == second.url
    assert soup_of(client.get(second.url)).find("a", rel="prev")["href"] == first.url


def test_structured_data_describes_the_post(client, make_update, amira):
    post = make_update("Winter plan", date=D(2026, 3, 6), author=amira, intro="Amira on winter.")

    data = structured_data(client.get(post.url))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Winter plan"
    # Published long after its date (as made by the test): the start of its date, in UK time.
    assert data["datePublished"] == "2026-03-06T00:00:00+00:00"
    assert data["dateModified"] == timezone.localtime(post.last_published_at).isoformat()
    assert data["author"] == {
        "@type": "Person",
        "name": "Amira Hussain",
        "jobTitle": "Chief Executive Lead",
        "worksFor": {"@type": "Organization", "name": "The partnership"},
    }
    assert data["publisher"] == {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": "http://testserver/",
        "logo": "http://testserver/static/wagtailnhsukfrontend/favicons/largetile-310x310.png",
    }
    assert data["url"] == f"http://testserver{post.url}"


def test_date_published_is_the_moment_it_went_live_on_its_date_with_the_uk_offset(client, make_update):
    summer = published_on(make_update("Summer plan", date=D(2025, 7, 4)), D(2025, 7, 4))
    winter = published_on(make_update("Winter plan", date=D(2025, 12, 5)), D(2025, 12, 5))
    dated_later = published_on(make_update("Looking back", date=D(2025, 6, 2)), D(2025, 6, 1))

    assert structured_data(client.get(summer.url))["datePublished"] == "2025-07-04T12:00:00+01:00"
    assert structured_data(client.get(winter.url))["datePublished"] == "2025-12-05T12:00:00+00:00"
    # Went live the day before its date: the date readers see, from its start, never before.
    looking_back = structured_data(client.get(dated_later.url))
    assert looking_back["datePublished"] == "2025-06-02T00:00:00+01:00"
    assert looking_back["dateModified"] == "2025-06-02T00:00:00+01:00"
    assert meta(soup_of(client.get(summer.url)), "article:published_time") == ["2025-07-04T12:00:00+01:00"]


def test_an_author_with_a_profile_page_is_linked_to_it(client, make_update, amira):
    amira.profile_url = "https://example.org/board/amira-hussain/"
    amira.save()
    post = make_update("Winter plan", author=amira)

    response = client.get(post.url)

    assert structured_data(response)["author"]["url"] == "https://example.org/board/amira-hussain/"
    byline = soup_of(response).select_one(".blog-author")
    assert byline.find("a", string="Amira Hussain")["href"] == "https://example.org/board/amira-hussain/"


def test_an_author_without_a_profile_page_has_no_address(client, make_update, amira):
    response = client.get(make_update("Winter plan", author=amira).url)

    assert "url" not in structured_data(response)["author"]
    assert soup_of(response).select_one(".blog-author").find("a") is None


def test_structured_data_survives_awkward_titles(client, make_post):
    title = 'Café "news" </script><script>alert(1)</script> & more'
    post = make_post(
        title, kind=PostKind.NEWS, intro="Plain <b>intro</b>", body=[("paragraph", "<p>Safe body.</p>")]
    )

    response = client.get(post.url)
    html = response.content.decode()
    data = structured_data(response)

    assert data["headline"] == title
    assert data["description"] == "Plain <b>intro</b>"
    assert data["@type"] == "NewsArticle"
    # From the partnership as a whole: the publisher is the author, with its address.
    assert data["author"] == data["publisher"]
    assert "<script>alert(1)</script>" not in html


def test_open_graph_and_twitter_cards(client, make_update, stroke, photo):
    post = make_update(
        "Stroke unit opens",
        topics=[stroke],
        intro="A new unit for the south of the area.",
        lead_image=photo,
        lead_image_alt="The new unit's entrance",
    )

    soup = soup_of(client.get(post.url))

    assert meta(soup, "og:type") == ["article"]
    assert meta(soup, "og:title") == ["Stroke unit opens"]
    assert meta(soup, "og:description") == ["A new unit for the south of the area."]
    assert meta(soup, "og:url") == [f"http://testserver{post.url}"]
    assert meta(soup, "article:published_time") == ["2026-03-06T00:00:00+00:00"]
    assert meta(soup, "article:tag") == ["Stroke"]
    assert meta(soup, "og:image")[0].startswith("http://testserver/")
    assert meta(soup, "og:image:alt") == ["The new unit's entrance"]
    assert meta(soup, "twitter:card") == ["summary_large_image"]
    assert soup.find("img", alt="The new unit's entrance") is not None
    assert structured_data_image(soup) == meta(soup, "og:image")[0]


def structured_data_image(soup) -> str:
    return json.loads(soup.find("script", type="application/ld+json").string)["image"]


def test_a_post_without_an_image_gets_a_summary_card(client, make_update):
    soup = soup_of(client.get(make_update("Plain post").url))

    assert meta(soup, "twitter:card") == ["summary"]
    assert meta(soup, "og:image") == []


def test_video_loads_nothing_from_the_video_site_until_asked(client, make_update):
    post = make_update(
        "Watch our film",
        body=[
            (
                "video",
                {
                    "url": "https://youtu.be/aqz-KE-bpKQ",
                    "title": "Our stroke units",
                    "duration": "3 minutes",
                    "transcript": "<p>Narrator: this is a stroke unit.</p>",
                },
            )
        ],
    )

    response = client.get(post.url)
    html = response.content.decode()
    soup = soup_of(response)

    assert soup.find("iframe") is None
    assert not [tag for tag in soup.find_all(src=True) if "youtube" in tag["src"] or "ytimg" in tag["src"]]
    link = soup.select_one(".blog-video__link a")
    assert link["href"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    assert "Our stroke units" in link.get_text()
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' in html
    assert "Narrator: this is a stroke unit." in html
    assert soup.select_one(".blog-video__play").has_attr("hidden")
    assert soup.find("script", src="/static/blog/video.js") is not None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=30", ("YouTube", "aqz-KE-bpKQ")),
        ("https://youtu.be/aqz-KE-bpKQ", ("YouTube", "aqz-KE-bpKQ")),
        ("https://m.youtube.com/watch?v=aqz-KE-bpKQ", ("YouTube", "aqz-KE-bpKQ")),
        ("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", ("YouTube", "aqz-KE-bpKQ")),
        ("https://vimeo.com/76979871", ("Vimeo", "76979871")),
        ("https://player.vimeo.com/video/76979871", ("Vimeo", "76979871")),
        ("https://www.youtube.com/channel/UC123", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("https://example.org/video.mp4", None),
        ("not a url", None),
    ],
)
def test_video_addresses_are_understood(url, expected):
    assert parse_video_url(url) == expected


def test_video_block_refuses_other_sites():
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"url": "https://example.org/film.mp4", "title": "A film"}))
    assert block.clean(block.to_python({"url": "https://vimeo.com/76979871", "title": "A film"}))


@pytest.mark.parametrize("slug", ["feed", "topic", "2026"])
def test_slugs_used_by_the_news_index_are_refused(make_update, slug):
    with pytest.raises(ValidationError) as error:
        make_update("Clashing address", slug=slug)

    assert "slug" in error.value.message_dict


def test_a_lead_image_needs_alternative_text(make_update, photo):
    with pytest.raises(ValidationError) as error:
        make_update("Picture post", lead_image=photo, lead_image_alt=" ")

    assert "lead_image_alt" in error.value.message_dict
