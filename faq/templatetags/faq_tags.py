"""Template tags for the FAQ pages and the pages that list questions."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag
def asked_date(entry) -> SafeString:
    """When ``entry`` was asked, in the one wording the site uses ("Asked June 2017", or
    "Asked June 2017 (estimated date)"), as a <time> giving the month to machines."""
    return format_html('<time datetime="{}">{}</time>', f"{entry.date_asked:%Y-%m}", entry.asked_text)
