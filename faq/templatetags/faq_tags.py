"""Template tags for the FAQ pages: structured data, and the feedback form under an answer."""

from django import template

from wyhp_site.core.templatetags.site_tags import json_ld

from .. import structured_data
from ..feedback.protection import entry_token

register = template.Library()


@register.simple_tag(takes_context=True)
def faq_json_ld(context, entries):
    """A <script type="application/ld+json"> describing ``entries`` as an FAQPage."""
    return json_ld(structured_data.faq_page(entries, context.get("request")))


@register.simple_tag(takes_context=True)
def faq_entry_json_ld(context, entry):
    """The same for one question on its own page."""
    return json_ld(structured_data.faq_page([entry], context.get("request")))


@register.inclusion_tag("faq/includes/answer_feedback.html")
def answer_feedback(entry):
    """ "Was this answer useful?" with its Yes and No buttons (faq/feedback/)."""
    return {"entry": entry, "token": entry_token(entry.pk)}
