"""Dates: every stored date has an archive address, and the editor refuses implausible ones.

A year typed short ("0025" for 2025) used to save, and once published took down
the news listing, its archives and topic pages until someone unpublished it.
"""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone

from blog.models import PostPage
from faq.models import FAQEntryPage
from tests.blog.test_workflow import add_url as add_post_url
from tests.blog.test_workflow import post_form
from tests.faq.test_admin import add_url as add_entry_url
from tests.faq.test_admin import entry_form


def links(response) -> set[str]:
    return {a["href"] for a in BeautifulSoup(response.content, "html.parser").find_all("a", href=True)}


def field_error(response, name: str) -> str:
    """The error message the editor shows on field ``name``."""
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find(attrs={"data-contentpath": name})
    error = field.select_one(".error-message") if field else None
    return " ".join(error.get_text().split()) if error else ""


def test_a_post_stored_with_a_first_millennium_date_is_listed_and_archived(
    client, site_with_content, make_post, stroke
):
    post = make_post("Typed the year short", [stroke], datetime.date(2018, 5, 5))
    # As saved before dates were checked: the editor would refuse it now.
    PostPage.objects.filter(pk=post.pk).update(date=datetime.date(999, 5, 5))

    for url in ["/news/", "/news/topic/stroke/", "/news/feed/", "/news/feed/atom/", "/sitemap.xml", "/"]:
        assert client.get(url).status_code == 200, url
    listing = client.get("/news/")
    assert {"/news/0999/", "/news/0999/05/"} <= links(listing)
    assert "Typed the year short" in client.get("/news/0999/").content.decode()
    assert "Typed the year short" in client.get("/news/0999/05/").content.decode()
    assert client.get("/news/999/").status_code == 404  # one address per year, four digits


def test_an_entry_stored_with_a_first_millennium_date_is_listed_and_archived(
    client, site_with_content, make_entry, stroke
):
    entry = make_entry("Asked long ago?", [stroke], datetime.date(2017, 5, 1))
    FAQEntryPage.objects.filter(pk=entry.pk).update(date_asked=datetime.date(25, 5, 1))

    assert client.get("/faq/").status_code == 200
    assert "/faq/asked/0025/05/" in links(client.get("/faq/"))
    assert "Asked long ago?" in client.get("/faq/asked/0025/05/").content.decode()
    assert "Asked long ago?" in client.get("/faq/asked/0025/").content.decode()


def test_the_editor_refuses_a_post_year_typed_short_and_keeps_what_was_typed(
    admin_client, news_index, stroke
):
    response = admin_client.post(add_post_url(news_index), post_form(stroke, date="0025-05-05"))

    assert response.status_code == 200
    assert field_error(response, "date") == "Check the year: 25 is before 1990, the earliest year accepted."
    date_input = BeautifulSoup(response.content, "html.parser").find("input", attrs={"name": "date"})
    assert date_input["value"] == "0025-05-05"
    assert not PostPage.objects.exists()


def test_the_editor_refuses_a_post_dated_years_ahead_but_not_next_month(admin_client, news_index, stroke):
    today = timezone.localdate()
    far = today.replace(year=today.year + 2).isoformat()
    soon = (today + datetime.timedelta(days=30)).isoformat()

    refused = admin_client.post(add_post_url(news_index), post_form(stroke, date=far))
    accepted = admin_client.post(add_post_url(news_index), post_form(stroke, date=soon))

    assert field_error(refused, "date") == "A post cannot be dated more than a year ahead: check the year."
    assert accepted.status_code == 302
    assert PostPage.objects.get().date.isoformat() == soon


def test_the_editor_refuses_faq_dates_before_1990(admin_client, faq_index, stroke):
    response = admin_client.post(
        add_entry_url(faq_index),
        entry_form(topics=[stroke], month="11", year="1989", last_reviewed="0024-03-05"),
    )

    assert response.status_code == 200
    assert field_error(response, "date_asked") == (
        "Check the year: 1989 is before 1990, the earliest year accepted."
    )
    assert field_error(response, "last_reviewed") == (
        "Check the year: 24 is before 1990, the earliest year accepted."
    )
    assert not FAQEntryPage.objects.exists()


def test_the_first_accepted_year_saves(admin_client, faq_index, stroke):
    response = admin_client.post(
        add_entry_url(faq_index),
        entry_form(topics=[stroke], month="1", year="1990", last_reviewed="1990-01-01"),
    )

    assert response.status_code == 302
    assert FAQEntryPage.objects.get().date_asked == datetime.date(1990, 1, 1)
