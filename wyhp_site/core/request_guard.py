"""Refuse requests carrying control characters, before anything reads them.

PostgreSQL cannot hold a NUL in a text value: a lookup with one raises
instead of finding nothing, so a NUL in a slug, a query value or the session
cookie was a server error on any page. No link or form on the site writes a
control character, so a request carrying one is refused whole, with a short
400, before the session, the cache or any view sees it.

What counts as a control character (Unicode category Cc: NUL to U+001F, DEL,
U+0080 to U+009F):
- in the path: all of them;
- in query names and values: all but tab, line feed and carriage return,
  ordinary whitespace a pasted search can carry and that every reader here
  already treats as a space or a mismatch;
- in cookies: all but tab, as browsers themselves refuse to store them
  (RFC 6265bis), so a real browser never sends one and no reader is shut out
  by a cookie it cannot clear.
"""

import re

from django.http import HttpResponseBadRequest

CONTROL_IN_PATH = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CONTROL_IN_QUERY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # tab, LF and CR pass
CONTROL_IN_COOKIE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # tab passes
REFUSAL = (
    "Bad request: the address or a cookie sent with it contains characters this site never uses. "
    "Check the address, or clear this site's cookies, and try again.\n"
)


def carries_control_characters(request) -> bool:
    if CONTROL_IN_PATH.search(request.path):
        return True
    for name, values in request.GET.lists():
        if any(CONTROL_IN_QUERY.search(text) for text in (name, *values)):
            return True
    return any(CONTROL_IN_COOKIE.search(name + value) for name, value in request.COOKIES.items())


class RefuseControlCharactersMiddleware:
    """Answers 400 to a request with a control character in its path, query or cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_control_characters(request):
            return HttpResponseBadRequest(REFUSAL, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
