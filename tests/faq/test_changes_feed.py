"""The Atom feed of changed answers (/faq/changes/feed/): what it lists, that feed readers can
read it, how readers find it, and that publishing or correcting a note purges it."""

import datetime
import threading

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.faq.change_notes import publish_with_note, published_in_2024
from tests.frontend_cache import FrontEndCache
from wyhp_site.core.roles import EDITORS

D = datetime.date
FEED = "/faq/changes/feed/"
FIGURES = "Figures updated for 2024/25."


def read_feed(client):
    response = client.get(FEED)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_the_feed_lists_changes_newest_first_each_the_answer_with_its_note(client, make_entry):
    units = published_in_2024(make_entry("Where are the stroke units?"))
    carers = published_in_2024(make_entry("What help is there for carers?"))
    publish_with_note(units, "Contact details changed.", on=D(2024, 6, 1))
    publish_with_note(carers, "New respite service added.", on=D(2024, 9, 12))
    units = publish_with_note(units, FIGURES, on=D(2025, 3, 3))
    make_entry("Never changed?")

    feed = read_feed(client)

    assert feed.feed.title.startswith("Changes to answers")
    assert [(item.title, item.summary, item.published[:10]) for item in feed.entries] == [
        ("Where are the stroke units?", FIGURES, "2025-03-03"),
        ("What help is there for carers?", "New respite service added.", "2024-09-12"),
        ("Where are the stroke units?", "Contact details changed.", "2024-06-01"),
    ]
    assert feed.entries[0].link == units.full_url
    # Each change is its own item: one answer's changes are not taken for one item updated.
    ids = [item.id for item in feed.entries]
    assert len(set(ids)) == 3 and ids[0] == f"{units.full_url}#change-{units.change_notes.first().pk}"


def test_withdrawn_and_private_answers_leave_the_feed(client, make_entry):
    withdrawn = publish_with_note(
        published_in_2024(make_entry("Withdrawn?")), "Withdrawn note.", on=D(2024, 3, 1)
    )
    private = publish_with_note(published_in_2024(make_entry("Private?")), "Private note.", on=D(2024, 3, 1))
    publish_with_note(published_in_2024(make_entry("Public?")), "Public note.", on=D(2024, 3, 1))
    withdrawn.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")

    assert [item.title for item in read_feed(client).entries] == ["Public?"]


def test_the_feed_is_valid_atom_even_when_empty_and_escapes_notes(client, faq_index, make_entry):
    assert read_feed(client).entries == []

    publish_with_note(
        published_in_2024(make_entry("Tags & things?")), "<b>Bold</b> & brave", on=D(2024, 3, 1)
    )

    (item,) = read_feed(client).entries
    assert item.title == "Tags & things?"
    assert item.summary == "&lt;b&gt;Bold&lt;/b&gt; &amp; brave"  # shown as typed, not as markup


def test_the_faq_listing_links_the_feed_for_feed_readers(client, faq_index, make_entry):
    make_entry()
    soup = BeautifulSoup(client.get("/faq/").content, "html.parser")

    (link,) = soup.select(
        'head link[rel="alternate"][type="application/atom+xml"][href="/faq/changes/feed/"]'
    )
    assert link["title"] == "Changes to answers (Atom)"


def test_an_answer_called_changes_is_still_reachable(client, make_entry):
    entry = make_entry("Changes?", slug="changes")

    assert client.get(entry.url).status_code == 200
    assert client.get(FEED).status_code == 200


@pytest.fixture
def front_end_cache(settings):
    server = FrontEndCache()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FRONTEND_CACHE_URL = server.url
    yield server
    server.shutdown()
    server.server_close()


def test_the_feed_is_filed_under_the_faq_and_purged_when_a_note_is_published_or_corrected(
    client, front_end_cache, django_capture_on_commit_callbacks, faq_index, home_page, make_entry, member
):
    entry = published_in_2024(make_entry())
    assert client.get(FEED)["Surrogate-Key"] == f"page-{faq_index.pk} site"

    with django_capture_on_commit_callbacks(execute=True):
        entry = publish_with_note(entry, "Figures updated for 2042/25.", on=D(2024, 3, 1))
    assert {f"page-{entry.pk}", f"page-{faq_index.pk}", f"page-{home_page.pk}"} <= front_end_cache.purges[-1]

    front_end_cache.purges.clear()
    editor_client = client_class_for(client)
    editor_client.force_login(member(EDITORS))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("faq_change_notes:edit", args=[entry.change_notes.get().pk]), {"note": FIGURES}
        )
    assert response.status_code == 302
    assert {f"page-{entry.pk}", f"page-{faq_index.pk}", f"page-{home_page.pk}"} <= front_end_cache.keys
    assert [item.summary for item in read_feed(client).entries] == [FIGURES]


def client_class_for(client):
    return type(client)()
