from django import template

from ..feed_links import feed_links_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feed_links(context) -> dict | None:
    request = context.get("request")
    return feed_links_for_request(request) if request is not None else None
