"""Path converters for the date archives: /faq/asked/<yyyy>/<mm>/ and /news/<yyyy>/<mm>/,
and for a row's id in an address (<id>).

One pair for every archive, registered before the routes are declared. A year
is written with four digits whatever it is (``reverse_subpage("month", args=[999, 3])``
gives ``0999/03/``), and read back the same way, so every date a page can hold
has an address; ``/0000/`` and month ``13`` match no route at all (a 404).
"""

from django.urls import register_converter


class YearConverter:
    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        year = int(value)
        if year < 1:
            raise ValueError("There is no year 0.")
        return year

    def to_url(self, value) -> str:
        return f"{int(value):04d}"


class MonthConverter:
    regex = "[0-9]{2}"

    def to_python(self, value: str) -> int:
        month = int(value)
        if not 1 <= month <= 12:
            raise ValueError("Months run from 01 to 12.")
        return month

    def to_url(self, value) -> str:
        return f"{int(value):02d}"


class IdConverter:
    """A row's id: at most 18 digits, which every database's integer holds. Django's <int>
    takes any number of digits, and SQLite fails on a lookup past 2**63 rather than finding
    nothing."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")
register_converter(IdConverter, "id")
