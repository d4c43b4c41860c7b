"""The dates a page may carry: the one rule for posts' and FAQ entries' dates.

A year typed short ("0025" for 2025) saves as a real, if ancient, date; it
then sorts and lists with everything else. The partnership's content starts
in 2016: anything before 1990 is taken for a typing mistake, while leaving
room for older history.
"""

import calendar
import datetime

from django.utils import timezone

EARLIEST_CONTENT_DATE = datetime.date(1990, 1, 1)


def date_problem(value: datetime.date, *, latest: datetime.date, too_late: str) -> str:
    """Why ``value`` cannot be a date on the site's content, or "" when it can."""
    if value < EARLIEST_CONTENT_DATE:
        earliest = EARLIEST_CONTENT_DATE.year
        return f"Check the year: {value.year} is before {earliest}, the earliest year accepted."
    if value > latest:
        return too_late
    return ""


def start_of_day(day: datetime.date) -> datetime.datetime:
    """The first moment of ``day`` in the site's time zone (UK time), with its offset.

    For a date kept without a time (a post's date, the day an answer was last
    checked) where a moment is wanted: schema.org's ``datePublished``, which search
    engines otherwise read in their own time zone and may put on the day before, and
    the sitemap, whose dates Wagtail compares with other pages' publication times.
    """
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time.min), timezone.get_default_timezone()
    )


def add_months(value: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, or the month's last day where it has no such day
    (31 August and six months: 28 or 29 February)."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    return value.replace(year=year, month=month, day=min(value.day, calendar.monthrange(year, month)[1]))
