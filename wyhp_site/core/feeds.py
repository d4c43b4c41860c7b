"""The base of the site's feeds: a Django syndication feed served by an index page's route.

The index page makes the feed with itself (``SomeFeed(self)(request)``), so the feed needs no
URL of its own and sees the request, to give full addresses for the site it is served on.
A feed is the same document for every reader until something is published, so it is made
once per content generation for each address (``kept_response``).
"""

import hashlib

from django.contrib.syndication.views import Feed

from .generation_cache import kept_response


class IndexPageFeed(Feed):
    language = "en-gb"

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def __call__(self, request, *args, **kwargs):
        # The scheme and host are part of every link in it: one deployment may serve several sites.
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        key = f"feed:{hashlib.sha256(address.encode()).hexdigest()}"
        return kept_response(
            request, key, lambda: super(IndexPageFeed, self).__call__(request, *args, **kwargs)
        )
