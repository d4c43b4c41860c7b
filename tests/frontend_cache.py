"""Front-end caches for the tests, which write down what they are asked to purge.

Configured with ``override_settings(WAGTAILFRONTENDCACHE=...)`` by the ``purged`` fixture
(``tests/core/conftest.py``): Wagtail builds the backends from the setting on every purge.
"""

from wagtail.contrib.frontend_cache.backends import BaseBackend, CloudfrontBackend
from wagtail.models import Site

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    """A cache purged one address at a time, as Varnish is by Wagtail's HTTP backend."""

    def purge(self, url) -> None:
        PURGED.append(url)


class RecordingCloudfrontBackend(CloudfrontBackend):
    """CloudFront, whose invalidations take a wildcard path, without a call to AWS."""

    def __init__(self, params):
        BaseBackend.__init__(self, params)  # no AWS client, no distribution

    def purge_batch(self, urls) -> None:
        PURGED.extend(urls)


def backend_settings(backend: type[BaseBackend]) -> dict:
    return {"WAGTAILFRONTENDCACHE": {"test": {"BACKEND": f"{__name__}.{backend.__name__}"}}}


def site_urls(*paths: str) -> set[str]:
    """The full URLs the front-end cache is told to purge for these paths on the default site."""
    root = Site.objects.get(is_default_site=True).root_url
    return {f"{root}{path}" for path in paths}
