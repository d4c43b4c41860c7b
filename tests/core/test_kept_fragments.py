"""A listing's topic and month navigation is rendered once per content generation for each
choice a reader makes ({% kept_fragment %} in components/listing_browse.html)."""

import datetime
import re

from wyhp_site.core.models import ContentGeneration


def current_links(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)" aria-current="page"', html)


def test_each_choice_keeps_its_own_navigation(client, make_entry, topics):
    make_entry("Will the stroke unit move?", [topics["stroke"]], datetime.date(2018, 3, 1))
    make_entry("Is cancer care changing?", [topics["cancer"]], datetime.date(2019, 5, 1))
    client.get("/faq/")

    assert current_links(client.get("/faq/").content.decode()) == []
    assert current_links(client.get("/faq/topic/stroke/").content.decode()) == ["/faq/topic/stroke/"]
    assert current_links(client.get("/faq/topic/cancer/").content.decode()) == ["/faq/topic/cancer/"]
    assert current_links(client.get("/faq/asked/2019/05/").content.decode()) == ["/faq/asked/2019/05/"]


def test_a_publish_shows_in_the_navigation_at_once(client, make_entry, topics):
    make_entry("Will the stroke unit move?", [topics["stroke"]], datetime.date(2018, 3, 1))
    generation = ContentGeneration.current()
    assert "2020" not in client.get("/faq/").content.decode()

    make_entry("What changed in 2020?", [topics["stroke"]], datetime.date(2020, 7, 1))

    assert ContentGeneration.current() > generation
    html = client.get("/faq/").content.decode()
    assert "/faq/asked/2020/07/" in html and "2020 (1 question)" in html
