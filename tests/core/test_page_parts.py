"""A page's head and body are made once per content generation for each address and day
({% kept_page_part %} in base.html, core/page_parts.py), with the page cache off: the next
reader is sent what the first was, and nothing a reader could tell apart from a page made
afresh, whoever they are and whatever changed."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import ImageFactory
from wyhp_site.core.content_dates import add_months
from wyhp_site.sharing.models import SharedPreviewLink

D = datetime.date


def picture_sources(response) -> list[str]:
    return [img["src"] for img in BeautifulSoup(response.content, "html.parser").select("main img")]


@pytest.fixture
def entry(make_entry, topics):
    return make_entry("Will the stroke unit move?", [topics["stroke"]], D(2018, 3, 1), text="Not this year.")


def test_an_edit_published_shows_at_once_on_the_page_and_everywhere_it_is_listed(
    client, entry, make_entry, make_programme, topics
):
    other = make_entry("Where will stroke care be?", [topics["stroke"]], related=[entry])
    make_programme("Stroke", topics["stroke"])
    places = [
        entry.url,
        other.url,
        "/faq/",
        "/faq/topic/stroke/",
        "/faq/asked/2018/03/",
        "/programmes/stroke/",
    ]
    for path in places:
        assert "Will the stroke unit move?" in client.get(path).content.decode(), path

    entry.title = "Will the stroke unit move to Leeds?"
    entry.save_revision().publish()

    for path in places:
        html = client.get(path).content.decode()
        assert "Will the stroke unit move to Leeds?" in html, path


def test_each_address_keeps_its_own_page(client, make_entry, topics):
    for number in range(30):
        make_entry(f"Question {number:02}?", [topics["stroke"]], D(2018 + number // 12, 1 + number % 12, 1))
    first, second = client.get("/faq/").content.decode(), client.get("/faq/?page=2").content.decode()
    oldest = client.get("/faq/?order=oldest").content.decode()

    assert "Question 29?" in first and "Question 29?" not in second
    assert "Question 00?" in second and "Question 00?" in oldest.split("Question 29?")[0]
    assert client.get("/faq/").content.decode() == first


def test_a_page_past_the_last_is_still_not_found_once_the_listing_is_kept(client, entry):
    assert client.get("/faq/").status_code == 200
    assert client.get("/faq/?page=2").status_code == 404
    assert client.get("/faq/asked/2019/03/").status_code == 404  # nothing asked that month


def test_a_review_falling_due_shows_the_next_day_with_nothing_published(client, make_entry, monkeypatch):
    today = timezone.localdate()
    entry = make_entry(
        "Is the hospital merger going ahead?", reviewed=add_months(today, -24), review_every=24
    )
    assert "may be out of date" not in client.get(entry.url).content.decode()

    real_localdate = timezone.localdate
    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(
        timezone, "localdate", lambda value=None, *a: real_localdate(value, *a) if value else tomorrow
    )

    assert "may be out of date" in client.get(entry.url).content.decode()


def test_a_preview_shows_each_new_draft_and_the_public_page_stays_as_published(client, admin_user, entry):
    assert "Not this year." in client.get(entry.url).content.decode()
    _, token = SharedPreviewLink.create(entry, admin_user)
    for title in ("First draft title", "Second draft title"):
        draft = entry.get_latest_revision_as_object()
        draft.title = title
        draft.save_revision()  # a draft saved changes nothing the public sees

        preview = client.get(f"/share/{token}/").content.decode()
        public = client.get(entry.url).content.decode()

        assert title in preview
        assert title not in public and "Will the stroke unit move?" in public


def test_a_signed_in_editor_gets_the_user_bar_and_the_public_never_does(client, admin_client, entry):
    client.get(entry.url)  # kept by an anonymous reader

    assert "wagtail-userbar" in admin_client.get(entry.url).content.decode()
    assert "wagtail-userbar" not in client.get(entry.url).content.decode()


def test_a_page_behind_a_password_is_never_kept_for_the_next_reader(client, make_post, django_user_model):
    post = make_post("Board only", text="The confidential figures.", private=True)
    restriction = PageViewRestriction.objects.get(page=post)
    signed = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{post.pk}/",
        {"password": "secret", "return_url": post.url},
    )
    assert signed.status_code == 302
    assert "The confidential figures." in client.get(post.url).content.decode()

    client.cookies.clear()  # another reader, with no password
    stranger = client.get(post.url).content.decode()

    assert "The confidential figures." not in stranger
    assert 'name="password"' in stranger


def test_unknown_addresses_and_searches_keep_nothing(client, entry):
    client.get(entry.url)
    cache.clear()

    for number in range(20):
        assert client.get(f"/no-such-page-{number}/").status_code == 404
        assert client.get(f"/search/?q=stroke+{number}").status_code == 200

    assert not [key for key in cache._cache if "page-part" in key]  # noqa: SLF001 (what is stored)


def test_a_picture_whose_file_is_replaced_shows_the_new_file_at_once(client, make_post):
    photo = ImageFactory(title="The new unit")
    post = make_post("Stroke unit opens", lead_image=photo, lead_image_alt="The new unit's entrance")
    before = picture_sources(client.get(post.url))

    photo.file = ImageFactory.build(file__filename="entrance.png").file
    photo.renditions.all().delete()  # as the admin does when a file is replaced
    photo.save()
    after = picture_sources(client.get(post.url))

    assert before and after and not set(before) & set(after)
    assert all("entrance" in source for source in after)
    assert all(client.get(source).status_code == 200 for source in after)
