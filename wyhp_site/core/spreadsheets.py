"""Spreadsheet downloads from the admin (Wagtail's SpreadsheetExportMixin) that are safe to open.

Wagtail keeps a cell that starts like a formula as text in Excel files, but writes CSV as
it is, and a spreadsheet opening the CSV would run ``=HYPERLINK(...)`` typed into a title
or a team's name. Such a cell gets a leading apostrophe, which spreadsheets show as text.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_in_a_spreadsheet(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


# For a view's ``custom_value_preprocess``: Wagtail's own, and text made safe in CSV.
SAFE_VALUE_PREPROCESS = {
    **SpreadsheetExportMixin.custom_value_preprocess,
    str: {SpreadsheetExportMixin.FORMAT_CSV: as_text_in_a_spreadsheet},
}
