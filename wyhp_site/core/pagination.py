from django.core.paginator import Page, Paginator
from django.http import Http404

# No listing here comes near a million pages; a longer number is refused before
# Python is asked to read it (its int() stops at 4,300 digits, with a ValueError).
MAX_PAGE_NUMBER_DIGITS = 6
NOT_A_WHOLE_NUMBER = "That page number is not a whole number."
NO_SUCH_PAGE = "There is no page with that number."


class BadPageNumber(ValueError):
    """``?page=`` holds something no pagination link here would have written."""


def page_number(request) -> int:
    """The page number ``?page=`` asks for, 1 when there is none: the one reader of it.

    Only ASCII digits count. ``str.isdigit()`` also accepts "²" and "①",
    which ``int()`` then refuses; ``int()`` alone accepts " 2", "+2" and "2_0".
    """
    raw = request.GET.get("page")
    if raw is None:
        return 1
    if not (raw.isascii() and raw.isdigit()):
        raise BadPageNumber(NOT_A_WHOLE_NUMBER)
    if len(raw) > MAX_PAGE_NUMBER_DIGITS:
        raise BadPageNumber(NO_SUCH_PAGE)
    return int(raw)


class CountedPaginator(Paginator):
    """A paginator told how many items there are (a count kept per content generation), so
    paging asks no query for it; the page's items are read only when something shows them."""

    def __init__(self, object_list, per_page: int, count: int):
        super().__init__(object_list, per_page)
        self.count = count  # in place of Paginator's cached count query


def paginate(request, items, per_page: int, count: int | None = None) -> Page:
    """The page of ``items`` that ``?page=`` asks for; ``count``, when known, is how many.

    A page number that is not a whole number, or past the last page, is a
    404 rather than a silent jump to page 1: the address points at nothing.
    An empty listing still has a page 1, which says there is nothing to show.
    """
    try:
        number = page_number(request)
    except BadPageNumber as error:
        raise Http404(str(error)) from None
    paginator = Paginator(items, per_page) if count is None else CountedPaginator(items, per_page, count)
    if not 1 <= number <= paginator.num_pages:
        raise Http404(NO_SUCH_PAGE)
    return paginator.page(number)
