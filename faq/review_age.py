"""How long ago an answer was checked, in the words readers see: "over four years ago".

One scheme everywhere an answer's age is shown (the entry page's warning and every
list of questions). It names the last milestone the age has passed: whole months up
to a year, then years and half-years. "Over" means some time has passed since that
milestone, so the words never make an answer sound fresher than it is.
"""

import datetime

from django.utils import timezone

from wyhp_site.core.content_dates import add_months

# Small numbers in words ("four years"), larger ones in figures ("12 years"), as in
# most plain-English style guides. One is "a": "a month", "a year".
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def whole_months_between(earlier: datetime.date, later: datetime.date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if add_months(earlier, months) > later else months


def _count(number: int, unit: str) -> str:
    if number == 1:
        return f"a {unit}"
    return f"{NUMBER_WORDS.get(number, number)} {unit}s"


def _half_years(years: int) -> str:
    if years == 1:
        return "a year and a half"
    return f"{NUMBER_WORDS.get(years, years)} and a half years"


def how_long_ago(earlier: datetime.date, today: datetime.date | None = None) -> str:
    """``earlier`` as time before ``today``: "today", "less than a month ago", "a month ago",
    "over eleven months ago", "a year and a half ago", "over two years ago", "over four and
    a half years ago", "12 years ago"."""
    today = today or timezone.localdate()
    if earlier >= today:
        return "today"
    months = whole_months_between(earlier, today)
    if months == 0:
        return "less than a month ago"
    days_past = add_months(earlier, months) < today
    if months < 12:
        milestone, past = _count(months, "month"), days_past
    else:
        years, months_past = divmod(months, 12)
        if months_past >= 6:
            milestone, past = _half_years(years), months_past > 6 or days_past
        else:
            milestone, past = _count(years, "year"), months_past > 0 or days_past
    return f"{'over ' if past else ''}{milestone} ago"
