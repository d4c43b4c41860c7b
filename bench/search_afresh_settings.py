"""bench/production_settings.py with every search found afresh (no pages kept between two
identical searches): for bench/bakery_search.py to show both."""

from bench.production_settings import *  # noqa: F403

SEARCH_KEEP_MATCHES_SECONDS = 0
