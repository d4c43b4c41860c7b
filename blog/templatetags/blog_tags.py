from django import template

from wyhp_site.core.templatetags.site_tags import breadcrumbs

from ..feed_links import feed_links_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feed_links(context) -> dict | None:
    request = context.get("request")
    return feed_links_for_request(request) if request is not None else None


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def index_breadcrumbs(context, index):
    """The trail for a topic or year view of the news index: its ancestors, then the index itself."""
    crumbs = breadcrumbs(context, index)["crumbs"]
    return {"crumbs": [*crumbs, {"label": index.title, "url": index.url}]}
