"""Headings in page bodies carry ids, so a section can be linked to, unique within the page."""

import re
from pathlib import Path

import wagtailnhsukfrontend
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache

from tests.html import served_html
from wyhp_site.core.anchors import LAYOUT_IDS, HeadingAnchors, anchor_for

LITERAL_ID = re.compile(r'\bid="([^"{}]+)"')
SEARCH_FORM_ID = re.compile(r'form_id="([^"{}]+)"')  # components/search_form.html adds "-q"


def ids(html: str) -> list[str]:
    return [tag["id"] for tag in BeautifulSoup(html, "html.parser").find_all(id=True)]


def template_files():
    project = Path(settings.BASE_DIR)
    for path in project.rglob("*.html"):
        parts = path.relative_to(project).parts
        # Overrides of Wagtail's admin templates draw admin screens, never a page body.
        if "templates" in parts and not {".venv", "tests", "node_modules", "wagtailadmin"} & set(parts):
            yield path
    yield from (Path(wagtailnhsukfrontend.__file__).parent / "templates").rglob("*.html")


def test_no_heading_can_take_an_id_the_templates_use():
    used = set()
    for path in template_files():
        text = path.read_text(encoding="utf-8")
        used |= set(LITERAL_ID.findall(text))
        used |= {f"{form_id}-q" for form_id in SEARCH_FORM_ID.findall(text)}

    assert used - LAYOUT_IDS == set()


def test_an_id_is_the_headings_words_and_repeats_are_numbered():
    anchors = HeadingAnchors()

    assert [
        anchors.anchor(text)
        for text in [
            "What will happen next?",
            "What will happen NEXT",
            "What will happen next 2",
            "Search",
            "?!",
        ]
    ] == [
        "what-will-happen-next",
        "what-will-happen-next-2",
        "what-will-happen-next-2-2",
        "search-2",
        "section",
    ]


def test_a_long_heading_gives_an_id_cut_at_a_word():
    anchor = anchor_for(
        "How are local issues related to specialist stroke services currently being addressed?"
    )

    assert anchor == "how-are-local-issues-related-to-specialist-stroke-services"


def test_every_id_on_a_page_is_unique_and_headings_can_be_linked_to(client, make_programme, stroke):
    make_programme(
        "Stroke",
        stroke,
        body=[
            ("heading", {"text": "Programme leads", "level": "h2"}),  # as the page's own leads section
            ("heading", {"text": "Search", "level": "h3"}),  # as the header's search form
            ("paragraph", "<p>Text.</p>"),
            ("heading", {"text": "Programme leads", "level": "h2"}),
        ],
    )

    html = served_html(client, "/programmes/stroke/")
    found = ids(html)

    assert len(found) == len(set(found))
    assert '<h2 id="programme-leads-2">Programme leads</h2>' in html
    assert '<h3 id="search-2">Search</h3>' in html
    assert '<h2 id="programme-leads-3">Programme leads</h2>' in html


def test_each_rendering_of_a_page_gives_the_same_ids(client, about_page):
    about_page.body = [("heading", {"text": "Who we are", "level": "h2"})]
    about_page.save_revision().publish()

    first = served_html(client, "/about-us/")
    cache.clear()  # rendered afresh, not served from a cache
    second = served_html(client, "/about-us/")

    assert 'id="who-we-are"' in first and 'id="who-we-are"' in second
