import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from wyhp_site.core.templatetags.site_tags import breadcrumbs

from ..feed_links import feed_links_for_request

register = template.Library()

# Inside <script>, "</script>" or "<!--" in a post's title would end or confuse the
# element; JSON allows these characters to be written as escapes instead.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict) -> str:
    """``data`` as JSON that is safe to place between <script> tags."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES))  # noqa: S308


@register.simple_tag(takes_context=True)
def news_feed_links(context) -> dict | None:
    request = context.get("request")
    return feed_links_for_request(request) if request is not None else None


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def index_breadcrumbs(context, index):
    """The trail for a topic or year view of the news index: its ancestors, then the index itself."""
    crumbs = breadcrumbs(context, index)["crumbs"]
    return {"crumbs": [*crumbs, {"label": index.title, "url": index.url}]}
