"""Property-based: whatever the query string of a listing or the search, the answer is 200, 400 or 404.

Values are drawn as text (any script, digits of other scripts, controls) and as raw
bytes, percent-encoded as they would arrive, broken UTF-8 included.
"""

import unicodedata
from urllib.parse import quote_from_bytes

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LISTINGS = [
    "/faq/",
    "/faq/topic/stroke/",
    "/faq/asked/2017/11/",
    "/news/",
    "/news/2018/",
    "/news/topic/stroke/",
    "/search/",
    "/search/?format=json",
]
PARAMETERS = ["page", "kind", "type", "topic", "q", "order", "format", "historic"]

# Modest, repeatable-enough runs for CI: no example database, no deadline on a shared machine.
# The site is built once per test, not per example: every request here only reads it.
LISTING_RUNS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

plausible = st.sampled_from(
    ["1", "2", "news", "weekly_update", "faq", "programme", "stroke", "oldest", "json", "show"]
)
numberish = st.text(alphabet=st.characters(categories=["Nd", "No", "Pd", "Zs"]), max_size=8)
as_text = st.one_of(plausible, numberish, st.from_regex(r"[0-9]{1,12}", fullmatch=True), st.text(max_size=40))
encoded_values = st.one_of(as_text.map(lambda text: text.encode()), st.binary(max_size=16))
query_strings = st.lists(st.tuples(st.sampled_from(PARAMETERS), encoded_values), max_size=5)


def has_control_character(value: bytes) -> bool:
    """What the guard refuses in a query value: a control character other than tab, LF and CR."""
    text = value.decode(errors="replace")
    return any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in text)


@LISTING_RUNS
@given(path=st.sampled_from(LISTINGS), parameters=query_strings)
def test_any_query_string_answers_200_400_or_404(client, site_with_content, path, parameters):
    query = "&".join(f"{name}={quote_from_bytes(value)}" for name, value in parameters)
    url = f"{path}{'&' if '?' in path else '?'}{query}"

    response = client.get(url)

    assert response.status_code in {200, 400, 404}, url
    if any(has_control_character(value) for _name, value in parameters):
        assert response.status_code == 400, url
