import datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from faq.models import ChangeNote, FAQEntryPage
from tests.factories import published_on
from wyhp_site.core.models import StandardPage

from .sitemap import sitemap_entries

DEMO_PATHS = ["/", "/about-us/", "/accessibility-statement/", "/privacy/", "/cookies/"]


def add_page(parent: Page, slug: str, publish: bool = True) -> StandardPage:
    page = StandardPage(
        title=slug.replace("-", " ").capitalize(), slug=slug, body=[("paragraph", "<p>Text</p>")]
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.unpublish()
    return page


def test_sitemap_lists_every_live_public_page_with_its_last_change(client, demo_home):
    entries = sitemap_entries(client)

    paths = {urlsplit(url).path for url in entries}
    assert set(DEMO_PATHS) <= paths
    live_pages = demo_home.get_descendants(inclusive=True).live().public().specific()
    assert {page.full_url for page in live_pages} <= set(entries)
    for page in live_pages:
        assert entries[page.full_url] == last_change(page).isoformat(), page.url
    # Every address says when it last changed, the FAQ's topic listings too.
    assert None not in entries.values()


def last_change(page) -> datetime.date:
    """When a page last changed: an answer when it was last reviewed or updated, as it says
    itself; any other page when it was last published."""
    if isinstance(page, FAQEntryPage):
        return page.modified_on
    return timezone.localdate(page.last_published_at)


def test_sitemap_lastmod_follows_the_last_publication(client, demo_home):
    about = StandardPage.objects.get(slug="about-us")
    published = datetime.datetime(2024, 3, 5, 12, 0, tzinfo=datetime.UTC)
    StandardPage.objects.filter(pk=about.pk).update(last_published_at=published)

    assert sitemap_entries(client)[about.full_url] == "2024-03-05"


def test_an_answers_lastmod_is_its_last_review_or_update_not_its_last_publication(client, demo_home):
    entry = FAQEntryPage.objects.live().first()
    FAQEntryPage.objects.filter(pk=entry.pk).update(last_reviewed=datetime.date(2023, 7, 4))
    # First published in 2021; republished today to fix a typo, which changes nothing a reader relies on.
    entry = published_on(entry, datetime.date(2021, 2, 1), last=timezone.localdate())

    assert entry.modified_on == datetime.date(2023, 7, 4)
    assert sitemap_entries(client)[entry.full_url] == "2023-07-04"


def test_faq_topic_listings_were_last_modified_with_their_latest_answer(client, demo_home):
    entries = list(FAQEntryPage.objects.readable())
    FAQEntryPage.objects.update(last_reviewed=datetime.date(2019, 1, 1))
    ChangeNote.objects.all().delete()  # the demo's answers changed since: here none has
    for entry in entries:
        published_on(entry, datetime.date(2020, 1, 6))
    newest = entries[0]
    FAQEntryPage.objects.filter(pk=newest.pk).update(last_reviewed=datetime.date(2024, 11, 5))
    faq_index = newest.get_index_page()

    sitemap = sitemap_entries(client)

    reviewed_topics = set(newest.topics.all())
    all_topics = {topic for entry in entries for topic in entry.topics.all()}
    assert reviewed_topics and all_topics - reviewed_topics
    for topic in all_topics:
        location = faq_index.full_url + faq_index.reverse_subpage("topic", args=[topic.slug])
        expected = "2024-11-05" if topic in reviewed_topics else "2020-01-06"
        assert sitemap[location] == expected, topic.slug


def test_sitemap_leaves_out_drafts_private_pages_and_search(client, demo_home):
    draft = add_page(demo_home, "plans-not-yet-agreed", publish=False)
    private = add_page(demo_home, "board-only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="board"
    )
    under_private = add_page(private, "board-minutes")
    staff_only = add_page(demo_home, "staff-only")
    PageViewRestriction.objects.create(page=staff_only, restriction_type=PageViewRestriction.LOGIN)

    paths = {urlsplit(url).path for url in sitemap_entries(client)}

    for hidden in (draft, private, under_private, staff_only):
        assert not [path for path in paths if hidden.slug in path], hidden.slug
    assert not any(path.startswith("/search/") for path in paths)
    assert "/about-us/" in paths


def test_every_sitemap_address_answers(client, demo_site):
    for url in sitemap_entries(client):
        assert urlsplit(url).netloc == "testserver", url
        assert client.get(urlsplit(url).path).status_code == 200, url


def robots_lines(client) -> list[tuple[str, str]]:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    pairs = []
    for line in response.content.decode().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            field, _, value = line.partition(":")
            pairs.append((field.strip().lower(), value.strip()))
    return pairs


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_search_and_points_to_the_sitemap(client, demo_site):
    pairs = robots_lines(client)

    assert ("user-agent", "*") in pairs
    assert ("disallow", "/admin/") in pairs
    assert ("disallow", "/search/") in pairs
    sitemaps = [value for field, value in pairs if field == "sitemap"]
    assert sitemaps == ["http://testserver/sitemap.xml"]
    assert client.get(urlsplit(sitemaps[0]).path).status_code == 200


def test_robots_txt_rules_as_a_crawler_reads_them(client, demo_site):
    robots = RobotFileParser()
    robots.parse(client.get("/robots.txt").content.decode().splitlines())

    for blocked in ("/admin/", "/admin/pages/", "/search/", "/search/?q=stroke"):
        assert not robots.can_fetch("Googlebot", blocked), blocked
    for allowed in DEMO_PATHS + ["/sitemap.xml"]:
        assert robots.can_fetch("Googlebot", allowed), allowed
    assert robots.site_maps() == ["http://testserver/sitemap.xml"]
