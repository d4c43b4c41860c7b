"""Template tags for the site chrome: menu, breadcrumbs, pagination, canonical links, JSON-LD."""

import hashlib
import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from ..chrome import Chrome, site_chrome
from ..generation_cache import kept_for_generation
from ..page_parts import page_part_key
from ..pagination import BadPageNumber, page_number

register = template.Library()


@register.simple_tag
def site_name() -> str:
    return settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[dict]:
    """The header menu from the site settings, marking the section the reader is in."""
    request = context["request"]
    items = []
    for link in site_chrome(request).header_links:
        is_current = request.path == link.url
        in_section = link.url != "/" and link.url.startswith("/") and request.path.startswith(link.url)
        items.append({"url": link.url, "label": link.label, "current": is_current, "active": in_section})
    return items


@register.simple_tag(takes_context=True, name="site_chrome")
def site_chrome_tag(context) -> Chrome:
    """The footer links and the alert: ``{% site_chrome as chrome %}``."""
    return site_chrome(context["request"])


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, trail=None):
    """Ancestors of ``page`` from the home page down; for a filtered view of an index
    page (a topic, a year, a month), ``page`` itself and then ``trail``, its (label, URL)
    pairs. The view being shown is never a crumb: ``{% breadcrumbs page trail %}``.
    """
    request = context.get("request")
    ancestors = page.get_ancestors(inclusive=trail is not None).filter(depth__gt=1)
    # The site root is "Home" in the trail, whatever its heading says.
    crumbs = [{"label": "Home" if p.depth == 2 else p.title, "url": p.get_url(request)} for p in ancestors]
    crumbs += [{"label": label, "url": url} for label, url in trail or ()]
    return {"crumbs": crumbs}


@register.simple_tag(takes_context=True)
def route_url(context, index, name: str, *args) -> str:
    """The address of one of ``index``'s routes: ``{% route_url page "topic" topic.slug %}``.

    A listing links to its index's routes dozens of times (each question's topics, the topic
    and month navigation), from a template included once a question: each address is worked
    out once per request, and the index's own address once.
    """
    request = context.get("request")
    memo = route_url_memo(context, request)
    key = (index.pk, name, args)
    url = memo.get(key)
    if url is None:
        base = memo.get(index.pk)
        if base is None:
            base = memo[index.pk] = index.get_url(request)
        url = memo[key] = base + index.reverse_subpage(name, args=args)
    return url


def route_url_memo(context, request) -> dict:
    if request is None:  # a template rendered outside a request: once per template
        return context.render_context.setdefault("route_urls", {})
    if not hasattr(request, "route_urls"):
        request.route_urls = {}
    return request.route_urls


@register.simple_tag(takes_context=True)
def url_for_page_number(context, number: int) -> str:
    """The current address with ``page`` set to ``number`` (dropped for page 1)."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    if number != 1:
        query["page"] = number
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else context["request"].path


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page_obj):
    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    return {
        "request": context["request"],
        "page_obj": page_obj,
        "numbers": list(numbers),
        "ellipsis": page_obj.paginator.ELLIPSIS,
    }


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This address without tracking or filter noise; page 2 onwards keeps its page number."""
    request = context["request"]
    url = request.build_absolute_uri(request.path)
    try:
        number = page_number(request)
    except BadPageNumber:
        return url  # a listing answers 404 to it, other pages ignore it: no page in the address
    if number > 1:
        url += f"?page={number}"
    return url


# Inside <script>, "</script>" or "<!--" in a title or an answer would end or confuse
# the element; escaped (as Django's json_script does) they stay plain JSON strings.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict | None) -> SafeString:
    """``data`` (schema.org structured data) as a <script type="application/ld+json">
    element that no string inside it can break out of; nothing for None."""
    if not data:
        return mark_safe("")  # noqa: S308  (a constant empty string)
    encoded = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(encoded.translate(_SCRIPT_ESCAPES)),  # noqa: S308  (escaped just above)
    )


@register.tag
def kept_fragment(parser, token):
    """``{% kept_fragment "name" part ... %}...{% endkept_fragment %}``: the HTML between,
    rendered once per content generation for each value of the parts (a preview renders its
    own). The parts must name everything the HTML depends on besides published content:
    the page, what the reader chose (a topic, a month), never the time of day."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("kept_fragment needs a name")
    nodelist = parser.parse(("endkept_fragment",))
    parser.delete_first_token()
    return KeptFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        parts = ":".join(str(part.resolve(context)) for part in self.parts)
        key = f"fragment:{hashlib.sha256(parts.encode()).hexdigest()}"
        return mark_safe(  # noqa: S308  (the template's own output, escaped as it was rendered)
            kept_for_generation(context.get("request"), key, lambda: str(self.nodelist.render(context)))
        )


@register.tag
def kept_page_part(parser, token):
    """``{% kept_page_part "name" %}...{% endkept_page_part %}``: the HTML between, made once per
    content generation for each address and day of a Wagtail page, and afresh for a preview or
    a form sent (``core/page_parts.py``). For what every reader of the address is shown alike."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("kept_page_part needs a name, and only that")
    nodelist = parser.parse(("endkept_page_part",))
    parser.delete_first_token()
    return KeptPagePartNode(nodelist, parser.compile_filter(bits[1]))


class KeptPagePartNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        request = context.get("request")
        key = page_part_key(request, context.get("page"), self.name.resolve(context))
        if key is None:
            return self.nodelist.render(context)
        return mark_safe(  # noqa: S308  (the template's own output, escaped as it was rendered)
            kept_for_generation(request, key, lambda: str(self.nodelist.render(context)))
        )
