"""The one place the list of programmes is built, for the index page and the home page."""

from wagtail.query import PageQuerySet

from .models import ProgrammePage


def live_programmes() -> PageQuerySet:
    """Live, public programmes in the order editors arranged them in the page tree.

    Carries what a programme card shows (title, summary, address) and the
    topic; the body is left unloaded.
    """
    return ProgrammePage.objects.live().public().defer_streamfields().select_related("topic").order_by("path")


def programmes_on_topics(topics) -> PageQuerySet:
    """Live programmes whose page lists ``topics``' questions and posts.

    Publishing or withdrawing a question or post changes what these pages
    show, so a front-end cache purge on publish should include them.
    """
    return live_programmes().filter(topic__in=topics)
