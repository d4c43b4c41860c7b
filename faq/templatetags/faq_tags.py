"""Template tags for the FAQ pages and the pages that list questions: how an answer's
date asked is worded, how long ago it was checked, and the feedback form under an answer."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from .. import review_age
from ..feedback.protection import entry_token

register = template.Library()

# {{ entry.last_reviewed|how_long_ago }}: "over four years ago".
register.filter("how_long_ago", review_age.how_long_ago)


@register.simple_tag
def asked_date(entry) -> SafeString:
    """When ``entry`` was asked, in the one wording the site uses ("Asked June 2017", or
    "Asked June 2017 (estimated date)"), as a <time> giving the month to machines."""
    return format_html('<time datetime="{}">{}</time>', f"{entry.date_asked:%Y-%m}", entry.asked_text)


@register.inclusion_tag("faq/includes/answer_feedback.html")
def answer_feedback(entry):
    """ "Was this answer useful?" with its Yes and No buttons (faq/feedback/)."""
    return {"entry": entry, "token": entry_token(entry.pk)}
