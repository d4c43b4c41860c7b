"""Structured data across the whole demo site, read as a search engine reads it (extruct).

Google asks for each question to be marked up as an FAQPage once, on the page
that answers it. The crawl follows every link from the home page and every
address in the sitemap, so a listing, a topic or month page, a programme page or
the home page that marked a question up again would be found.
"""

import io
from collections import defaultdict
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup
from PIL import Image

from faq.models import FAQEntryPage
from tests.structured_data import items_of_type
from wyhp_site.core.listings import archive_with_counts, topics_with_counts

from .sitemap import sitemap_entries

BASE = "http://testserver"
NOT_CRAWLED = ("/admin/", "/search/", "/static/", "/media/", "/documents/")


def crawlable(href: str, on_path: str) -> str | None:
    """Where a link leads on this site, as a path with its page number if it has one; None for
    another site, a file, the admin or the search. Other query strings (a listing's order or
    kind) show the same pages in another order or fewer of them, so the plain address stands
    for them."""
    url = urlsplit(urljoin(BASE + on_path, href))
    if url.netloc != "testserver" or url.path.startswith(NOT_CRAWLED):
        return None
    page = parse_qs(url.query).get("page")
    return url.path + (f"?page={page[0]}" if page else "")


def crawl(client, seeds) -> dict[str, str]:
    """{path: HTML} of every web page reached from ``seeds`` by following links."""
    pages: dict[str, str] = {}
    queue = list(dict.fromkeys(seeds))
    seen = set(queue)
    while queue:
        path = queue.pop()
        response = client.get(path)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue  # a feed, or an archive page past the last
        pages[path] = html = response.content.decode()
        for link in BeautifulSoup(html, "html.parser").find_all("a", href=True):
            found = crawlable(link["href"], path)
            if found and found not in seen:
                seen.add(found)
                queue.append(found)
    return pages


def test_each_question_is_one_faq_page_on_its_own_page_across_the_whole_site(client, demo_site):
    pages = crawl(client, ["/", *(urlsplit(url).path for url in sitemap_entries(client))])
    entries = {entry.full_url: entry for entry in FAQEntryPage.objects.readable()}
    faq_index = next(iter(entries.values())).get_index_page()

    # The crawl reached every answer and every FAQ listing: topics, years, months, later pages.
    listings = {
        faq_index.url + faq_index.reverse_subpage("topic", args=[t.slug])
        for t in topics_with_counts(faq_index.entries)
    }
    for year in archive_with_counts(faq_index.entries, "date_asked"):
        listings.add(faq_index.url + faq_index.reverse_subpage("year", args=[year.year]))
        listings |= {
            faq_index.url + faq_index.reverse_subpage("month", args=[m.month.year, m.month.month])
            for m in year.months
        }
    assert len(entries) > 30 and len(listings) > 20
    assert {entry.url for entry in entries.values()} | listings | {"/", "/faq/", "/faq/?page=2"} <= set(pages)

    marked_up_on = defaultdict(list)  # a question's address: the pages marking it up
    questions = {}
    item_lists = {}
    for path, html in pages.items():
        for faq_page in items_of_type(html, "FAQPage", BASE + path):
            for question in faq_page["mainEntity"]:
                marked_up_on[question["url"]].append(path)
                questions[question["url"]] = question
        assert not items_of_type(html, "Question", BASE + path), path  # none outside an FAQPage
        item_lists[path] = items_of_type(html, "ItemList", BASE + path)

    assert marked_up_on == {url: [entry.url] for url, entry in entries.items()}
    for url, entry in entries.items():
        question = questions[url]
        assert question["name"] == entry.title
        assert question["dateCreated"] == f"{entry.date_asked:%Y-%m}"
        assert question["acceptedAnswer"]["dateModified"] == entry.modified_on.isoformat()
        assert question["acceptedAnswer"]["abstract"] == entry.short_answer
        assert question["acceptedAnswer"]["text"].startswith(entry.short_answer)
    # Each FAQ listing names the answers it shows instead, by address.
    for path in listings | {"/faq/", "/faq/?page=2"}:
        (item_list,) = item_lists[path]
        assert {item["url"] for item in item_list["itemListElement"]} <= set(entries), path


def test_the_organisation_has_a_logo_search_engines_can_fetch(client, demo_site):
    (organisation,) = items_of_type(client.get("/").content.decode(), "Organization")

    logo = client.get(urlsplit(organisation["logo"]).path)

    assert organisation["logo"].startswith(f"{BASE}/static/")
    assert logo.status_code == 200
    width, height = Image.open(io.BytesIO(b"".join(logo.streaming_content))).size
    assert width >= 112 and height >= 112  # Google's least
