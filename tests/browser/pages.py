"""Every page type a reader can reach, as (name, path) on the demo site.

Add one line per new page type: the accessibility, 320 px, third-party-request
and cookie tests all run over this list.
"""

NOT_FOUND_PATH = "/this-page-does-not-exist/"

PAGES = [
    ("home", "/"),
    ("About us", "/about-us/"),
    ("accessibility statement", "/accessibility-statement/"),
    ("privacy notice", "/privacy/"),
    ("cookies", "/cookies/"),
    ("search, no query", "/search/"),
    ("search with results", "/search/?q=partnership"),
    ("search with no results", "/search/?q=xylophonequartz"),
    ("page not found", NOT_FOUND_PATH),
]


def expected_status(path: str) -> int:
    return 404 if path == NOT_FOUND_PATH else 200
