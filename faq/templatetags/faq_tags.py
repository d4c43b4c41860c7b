"""Template tags for the FAQ pages: structured data, and how long ago an answer was checked."""

from django import template

from wyhp_site.core.templatetags.site_tags import json_ld

from .. import review_age, structured_data

register = template.Library()

# {{ entry.last_reviewed|how_long_ago }}: "over four years ago".
register.filter("how_long_ago", review_age.how_long_ago)


@register.simple_tag(takes_context=True)
def faq_json_ld(context, entries):
    """A <script type="application/ld+json"> describing ``entries`` as an FAQPage."""
    return json_ld(structured_data.faq_page(entries, context.get("request")))


@register.simple_tag(takes_context=True)
def faq_entry_json_ld(context, entry):
    """The same for one question on its own page."""
    return json_ld(structured_data.faq_page([entry], context.get("request")))
