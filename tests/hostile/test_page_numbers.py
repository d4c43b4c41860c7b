"""One reader of ``?page=``: digits as a pagination link writes them, or a 404 and no canonical page."""

import datetime
import itertools

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from hypothesis import given, settings
from hypothesis import strategies as st

from wyhp_site.core.pagination import MAX_PAGE_NUMBER_DIGITS, BadPageNumber, page_number

# Fast and repeatable in CI: no example database, no per-example deadline on a busy machine.
QUICK = settings(max_examples=200, deadline=None, database=None)


def requested(raw: str | None) -> int:
    return page_number(RequestFactory().get("/", {} if raw is None else {"page": raw}))


def canonical(client, url: str) -> str:
    return BeautifulSoup(client.get(url).content, "html.parser").find("link", rel="canonical")["href"]


@pytest.mark.parametrize(
    "raw", ["²", "①", "٣", "２", "1²", "+2", "-1", " 2", "2 ", "2_0", "1e3", "0x10", "", "7" * 5000]
)
def test_anything_but_ascii_digits_of_sensible_length_is_refused(raw):
    with pytest.raises(BadPageNumber):
        requested(raw)


def test_no_page_is_page_one_and_digits_are_read_as_written():
    assert requested(None) == 1
    assert requested("2") == 2
    assert requested("007") == 7
    assert requested("9" * MAX_PAGE_NUMBER_DIGITS) == int("9" * MAX_PAGE_NUMBER_DIGITS)


@QUICK
@given(st.text())
def test_any_text_is_a_page_number_or_refused(raw):
    try:
        number = requested(raw)
    except BadPageNumber:
        return
    assert raw.isascii() and raw.isdigit() and number == int(raw) < 10**MAX_PAGE_NUMBER_DIGITS


@QUICK
@given(st.integers(min_value=1, max_value=10**MAX_PAGE_NUMBER_DIGITS - 1))
def test_every_number_a_pagination_link_writes_is_read_back(number):
    assert requested(str(number)) == number


def test_a_page_that_does_not_paginate_ignores_a_strange_page_number(client, site_with_content):
    urls = ["/", "/faq/who-decides-where-stroke-units-go/", "/news/new-stroke-unit-opens/"]
    for url, page in itertools.product(urls, ["%C2%B2", "%E2%91%A0", "7" * 5000]):
        assert client.get(f"{url}?page={page}").status_code == 200
        assert canonical(client, f"{url}?page={page}") == f"http://testserver{url}"


def test_a_listing_keeps_a_real_page_number_in_its_canonical_link(
    client, site_with_content, make_post, stroke
):
    for day in range(1, 11):
        make_post(f"Stroke news {day}", [stroke], datetime.date(2019, 3, day))

    assert canonical(client, "/news/?page=2") == "http://testserver/news/?page=2"
    assert canonical(client, "/news/?page=1") == "http://testserver/news/"
    assert client.get("/news/?page=%C2%B2").status_code == 404
    assert client.get("/news/?page=3").status_code == 404
