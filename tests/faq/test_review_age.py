"""How long ago an answer was checked, in words: each boundary of the scheme."""

import datetime

import pytest
from django.utils import timezone

from faq.review_age import add_months, how_long_ago

TODAY = datetime.date(2026, 3, 15)


@pytest.mark.parametrize(
    ("checked", "words"),
    [
        (TODAY, "today"),
        (datetime.date(2026, 3, 14), "less than a month ago"),
        (datetime.date(2026, 2, 16), "less than a month ago"),
        (datetime.date(2026, 2, 15), "a month ago"),
        (datetime.date(2026, 2, 14), "over a month ago"),
        (datetime.date(2026, 1, 15), "two months ago"),
        (datetime.date(2025, 4, 15), "11 months ago"),
        (datetime.date(2025, 3, 16), "over 11 months ago"),
        (datetime.date(2025, 3, 15), "a year ago"),
        (datetime.date(2025, 3, 14), "over a year ago"),
        (datetime.date(2024, 10, 15), "over a year ago"),  # 17 months
        (datetime.date(2024, 9, 15), "a year and a half ago"),
        (datetime.date(2024, 9, 14), "over a year and a half ago"),
        (datetime.date(2024, 4, 15), "over a year and a half ago"),  # 23 months
        (datetime.date(2024, 3, 15), "two years ago"),
        (datetime.date(2024, 3, 14), "over two years ago"),
        (datetime.date(2023, 9, 15), "two and a half years ago"),
        (datetime.date(2021, 12, 1), "over four years ago"),
        (datetime.date(2021, 9, 1), "over four and a half years ago"),
        (datetime.date(2017, 3, 15), "nine years ago"),
        (datetime.date(2016, 3, 14), "over 10 years ago"),
        (datetime.date(2013, 3, 15), "13 years ago"),
    ],
)
def test_the_words_name_the_last_milestone_passed(checked, words):
    assert how_long_ago(checked, TODAY) == words


def test_a_date_still_to_come_reads_as_today_rather_than_failing():
    assert how_long_ago(datetime.date(2026, 3, 16), TODAY) == "today"


def test_months_end_on_the_last_day_of_a_shorter_month():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2025, 12, 31), 2) == datetime.date(2026, 2, 28)
    assert how_long_ago(datetime.date(2026, 1, 31), datetime.date(2026, 2, 28)) == "a month ago"
    assert how_long_ago(datetime.date(2026, 1, 31), datetime.date(2026, 2, 27)) == "less than a month ago"
    assert how_long_ago(datetime.date(2024, 2, 29), datetime.date(2025, 2, 28)) == "a year ago"
    assert how_long_ago(datetime.date(2024, 2, 29), datetime.date(2026, 3, 1)) == "over two years ago"


def test_today_is_the_sites_local_date_when_not_given():
    today = timezone.localdate()

    assert how_long_ago(today) == "today"
    assert how_long_ago(add_months(today, -25)) == "over two years ago"
