from django.core.paginator import Page, Paginator
from django.http import Http404


def paginate(request, items, per_page: int) -> Page:
    """The page of ``items`` that ``?page=`` asks for.

    A page number that is not a whole number, or past the last page, is a
    404 rather than a silent jump to page 1: the address points at nothing.
    An empty listing still has a page 1, which says there is nothing to show.
    """
    paginator = Paginator(items, per_page)
    raw_number = request.GET.get("page", "1")
    try:
        number = int(raw_number)
    except (TypeError, ValueError):
        raise Http404("That page number is not a whole number.") from None
    if not 1 <= number <= paginator.num_pages:
        raise Http404("There is no page with that number.")
    return paginator.page(number)
