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
    ("FAQ index", "/faq/"),
    ("FAQ index, page 2", "/faq/?page=2"),
    ("FAQ topic", "/faq/topic/stroke/"),
    ("FAQ year archive", "/faq/asked/2016/"),
    ("FAQ month archive", "/faq/asked/2016/11/"),
    ("FAQ entry due for review", "/faq/what-is-a-sustainability-and-transformation-plan/"),
    ("FAQ entry", "/faq/what-is-an-integrated-care-system/"),
    ("FAQ historic answer", "/faq/which-clinical-commissioning-group-plans-my-local-services/"),
    ("FAQ index with historic answers", "/faq/?order=oldest&historic=show"),
    ("news index", "/news/"),
    ("news index, page 2", "/news/?page=2"),
    ("news topic", "/news/topic/stroke/"),
    ("news year archive", "/news/2026/"),
    ("news month archive", "/news/2026/03/"),
    ("weekly update", "/news/weekly-update-20-november-2026/"),
    ("news story", "/news/new-hyper-acute-stroke-unit-opens/"),
    ("programme index", "/programmes/"),
    ("programme", "/programmes/stroke/"),
    ("search within the FAQ", "/search/?q=stroke&type=faq"),
]

# Pages with expanders (<details>), checked for opening and closing from the keyboard.
EXPANDER_PAGES = [
    ("FAQ index", "/faq/"),
    ("news index", "/news/"),
]


def expected_status(path: str) -> int:
    return 404 if path == NOT_FOUND_PATH else 200
