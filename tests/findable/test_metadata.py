"""Titles, descriptions, canonical links and link previews on every page of the demo site.

The sitemap drives these tests, so each new page type the demo command builds
is checked as soon as it exists.
"""

import json
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.template import Context, Template
from django.test import RequestFactory

from tests.factories import ImageFactory
from wyhp_site.core.models import HomePage

from .metadata import basic_problems, read_metadata, social_problems
from .sitemap import sitemap_entries

SITE_NAME = settings.WAGTAIL_SITE_NAME


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{url}:\n  " + "\n  ".join(found) for url, found in problems.items())


def test_every_page_in_the_sitemap_has_complete_metadata(client, demo_home):
    live_pages = {p.full_url: p for p in demo_home.get_descendants(inclusive=True).live().public()}
    problems: dict[str, list[str]] = {}
    pages_by_title: dict[str, list[str]] = {}
    section_labels: dict[str, str] = {}

    for url in sitemap_entries(client):
        response = client.get(urlsplit(url).path)
        assert response.status_code == 200, url
        meta = read_metadata(response.content.decode())
        found = basic_problems(meta, SITE_NAME) + social_problems(meta, url, SITE_NAME)
        if meta.canonical != url:
            found.append(f"canonical {meta.canonical!r} is not the page's own address")
        pages_by_title.setdefault(meta.title, []).append(url)

        # "Question - Questions and answers - Site": a page inside a section names it as the section's
        # own title does. (Routable views of an index, such as a topic listing, are the section itself.)
        page = live_pages.get(url)
        if page is not None and page.depth > 3:
            section = page.get_parent()
            if section.full_url not in section_labels:
                section_title = read_metadata(client.get(section.url).content.decode()).title
                section_labels[section.full_url] = section_title.removesuffix(f" - {SITE_NAME}")
            wanted = f" - {section_labels[section.full_url]} - {SITE_NAME}"
            if not meta.title.endswith(wanted):
                found.append(f"title {meta.title!r} should end {wanted!r}")

        # Page 2 onwards of a listing is its own page: it canonicalises to itself, not to page 1.
        if meta.next_page:
            second = urlsplit(urljoin(url, meta.next_page))
            second_meta = read_metadata(client.get(f"{second.path}?{second.query}").content.decode())
            if second_meta.canonical != f"{url}?page=2":
                found.append(f"page 2 canonical is {second_meta.canonical!r}, not {url}?page=2")

        if found:
            problems[url] = found

    assert len(pages_by_title) >= 5, pages_by_title
    assert not problems, "Pages with missing or wrong metadata:\n" + report(problems)
    shared = {title: urls for title, urls in pages_by_title.items() if len(urls) > 1}
    assert not shared, f"Titles used by more than one page: {shared}"


@pytest.mark.parametrize(
    "path,status",
    [
        ("/search/", 200),
        ("/search/?q=accessibility", 200),
        ("/search/?q=zzzzqqq", 200),
        ("/no-such-page/", 404),
    ],
)
def test_pages_outside_the_sitemap_have_a_title_description_and_canonical(client, demo_site, path, status):
    response = client.get(path)

    assert response.status_code == status
    meta = read_metadata(response.content.decode())
    assert basic_problems(meta, SITE_NAME) == []
    assert meta.social["og:site_name"] == SITE_NAME
    assert meta.social["og:url"] == meta.canonical


def test_search_results_are_titled_after_the_query(client, demo_site):
    first = read_metadata(client.get("/search/?q=cookies").content.decode()).title
    second = read_metadata(client.get("/search/?q=privacy").content.decode()).title

    assert first != second
    assert "cookies" in first


def test_home_page_describes_the_organisation_as_json_ld(client, demo_home):
    demo_home.intro = 'Councils & the NHS, "together" </script><script>alert(1)</script>'
    demo_home.save_revision().publish()

    meta = read_metadata(client.get("/").content.decode())

    assert len(meta.json_ld) == 1
    data = json.loads(meta.json_ld[0])
    assert data == {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": SITE_NAME,
        "url": "http://testserver/",
        "logo": "http://testserver/static/wagtailnhsukfrontend/favicons/largetile-310x310.png",
        "description": demo_home.intro,
    }
    assert "</script><script>" not in meta.json_ld[0]


def test_only_the_home_page_carries_the_organisation(client, demo_site):
    assert read_metadata(client.get("/about-us/").content.decode()).json_ld == []


@pytest.mark.parametrize(
    "query,canonical",
    [
        ("", "http://testserver/faq/"),
        ("?page=1", "http://testserver/faq/"),
        ("?page=3", "http://testserver/faq/?page=3"),
        ("?page=3&utm_source=newsletter&topic=stroke", "http://testserver/faq/?page=3"),
        ("?utm_source=newsletter", "http://testserver/faq/"),
        ("?page=abc", "http://testserver/faq/"),
    ],
)
def test_canonical_link_keeps_only_the_page_number(query, canonical):
    request = RequestFactory().get(f"/faq/{query}")

    rendered = Template("{% load site_tags %}{% canonical_url %}").render(Context({"request": request}))

    assert rendered == canonical


def render_social_meta(page, **extra) -> dict[str, str]:
    request = RequestFactory().get(page.url)
    html = Template('<head>{% include "components/social_meta.html" %}</head>').render(
        Context({"request": request, "page": page, **extra})
    )
    return read_metadata(f"<html>{html}</html>").social


@pytest.mark.django_db
def test_social_meta_shows_the_image_a_page_type_supplies(settings, tmp_path, home_page):
    settings.MEDIA_ROOT = tmp_path
    image = ImageFactory(
        title="Nurses at Airedale",
        file__width=1600,
        file__height=1000,
        description="Two nurses talking",
    )

    with_image = render_social_meta(home_page, og_type="article", og_image=image)
    own_alt = render_social_meta(home_page, og_image=image, og_image_alt="A nurse and a patient")
    without_image = render_social_meta(home_page)

    assert with_image["og:type"] == "article"
    assert with_image["og:image"].startswith("http://testserver/")
    assert (with_image["og:image:width"], with_image["og:image:height"]) == ("1200", "630")
    assert with_image["og:image:alt"] == "Two nurses talking"
    assert with_image["twitter:card"] == "summary_large_image"
    assert own_alt["og:image:alt"] == "A nurse and a patient"
    assert without_image["og:type"] == "website"
    assert "og:image" not in without_image
    assert without_image["twitter:card"] == "summary"


@pytest.mark.django_db
def test_social_meta_lets_a_view_give_its_own_title_and_description(home_page):
    home = HomePage.objects.get(pk=home_page.pk)

    social = render_social_meta(home, og_title="Questions about stroke", og_description="What people ask.")

    assert social["og:title"] == "Questions about stroke"
    assert social["og:description"] == "What people ask."
    assert render_social_meta(home)["og:title"] == home.title
