"""The base of the site's feeds: a Django syndication feed served by an index page's route.

The index page makes the feed with itself (``SomeFeed(self)(request)``), so the feed needs no
URL of its own and sees the request, to give full addresses for the site it is served on.
"""

from django.contrib.syndication.views import Feed


class IndexPageFeed(Feed):
    language = "en-gb"

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index
