"""Template tags for the FAQ pages: route links, breadcrumbs and structured data."""

from django import template

from wyhp_site.core.templatetags.site_tags import json_ld

from .. import structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def faq_route(context, index, name: str, *args) -> str:
    """The address of one of the FAQ index's views: ``{% faq_route index "topic" topic.slug %}``."""
    return index.get_url(context.get("request")) + index.reverse_subpage(name, args=args)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def faq_breadcrumbs(context, index, extra_crumbs=()):
    """The trail for a view of the index page: its ancestors, the index itself, then ``extra_crumbs``
    (label, URL) pairs. The view being shown is never a crumb."""
    request = context.get("request")
    pages = index.get_ancestors(inclusive=True).filter(depth__gt=1)
    crumbs = [{"label": "Home" if p.depth == 2 else p.title, "url": p.get_url(request)} for p in pages]
    crumbs += [{"label": label, "url": url} for label, url in extra_crumbs]
    return {"crumbs": crumbs}


@register.simple_tag(takes_context=True)
def faq_json_ld(context, entries):
    """A <script type="application/ld+json"> describing ``entries`` as an FAQPage."""
    return json_ld(structured_data.faq_page(entries, context.get("request")))


@register.simple_tag(takes_context=True)
def faq_entry_json_ld(context, entry):
    """The same for one question on its own page."""
    return json_ld(structured_data.faq_page([entry], context.get("request")))
