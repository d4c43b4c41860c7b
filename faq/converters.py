"""Path converters for the FAQ's date archive: /faq/asked/<yyyy>/<mm>/.

Registered before the routes are declared, so ``reverse_subpage("month",
args=[2018, 3])`` gives ``asked/2018/03/`` and ``/faq/asked/2018/13/`` matches
no route at all (a 404).
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


register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")
